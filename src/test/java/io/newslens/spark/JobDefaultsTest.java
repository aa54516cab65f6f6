package io.newslens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's Spark defaults apply only where the user set nothing; its local file system sets permissions. */
class JobDefaultsTest {

    @TempDir
    java.nio.file.Path tmp;

    @Test
    void defaultsFillOnlyWhatTheUserLeftOpen() {
        SparkConf conf = AnalyzeJob.defaults(new SparkConf(false).setMaster("local[2]"));

        assertEquals("newslens", conf.get("spark.app.name"));
        assertEquals("false", conf.get("spark.ui.enabled"));
        assertEquals("io.newslens.spark.LocalFiles", conf.get("spark.hadoop.fs.file.impl"));
        assertEquals("65536", conf.get("spark.sql.files.openCostInBytes"));
    }

    @Test
    void theUsersSettingsWin() {
        SparkConf conf = AnalyzeJob.defaults(new SparkConf(false).setMaster("local[2]")
                .set("spark.app.name", "archive").set("spark.ui.enabled", "true")
                .set("spark.hadoop.fs.file.impl", "org.apache.hadoop.fs.LocalFileSystem")
                .set("spark.sql.files.openCostInBytes", "4194304"));

        assertEquals("archive", conf.get("spark.app.name"));
        assertEquals("true", conf.get("spark.ui.enabled"));
        assertEquals("org.apache.hadoop.fs.LocalFileSystem", conf.get("spark.hadoop.fs.file.impl"));
        assertEquals("4194304", conf.get("spark.sql.files.openCostInBytes"));
    }

    @Test
    void aClusterKeepsItsUserInterface() {
        SparkConf conf = AnalyzeJob.defaults(new SparkConf(false).setMaster("yarn"));

        assertFalse(conf.contains("spark.ui.enabled"));
    }

    @Test
    void localFilesSetsTheRequestedPermissions() throws IOException {
        try (LocalFiles fs = new LocalFiles()) {
            fs.initialize(java.net.URI.create("file:///"), new Configuration(false));
            Path file = new Path(tmp.resolve("part.txt").toUri());
            fs.create(file).close();
            fs.setPermission(file, new FsPermission((short) 0640));
            Path dir = new Path(tmp.resolve("task").toUri());
            fs.mkdirs(dir, new FsPermission((short) 0751));

            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("part.txt"))));
            assertEquals("rwxr-x--x", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("task"))));
        }
    }
}

package io.newslens.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import io.newslens.load.ArticleFiles;

/**
 * What the driver learns from one listing of an input folder (names and sizes, no contents), so that the
 * executors read only the files worth reading and every file still gets its row.
 *
 * @param unread rows ({@link #FILES}) for article files Spark's scan would not give: empty ones, which
 *     its scans skip, with no bytes, and those over the size limit, never read, with null bytes
 * @param savedPages the pages inside a browser's {@code NAME_files/} folders, which are not articles
 * @param sidecars whether there is any {@code NAME.meta.json} to join
 * @param read the number of article files the executors will read
 * @param readBytes their bytes
 */
record Listing(List<Row> unread, List<String> savedPages, boolean sidecars, int read, long readBytes) {

    /** The columns of an article file: path, length, content. */
    static final StructType FILES = new StructType().add("path", DataTypes.StringType)
            .add("length", DataTypes.LongType).add("content", DataTypes.BinaryType);

    /** Lists {@code input}, skipping hidden names ({@code _x}, {@code .x}) as Spark's file scans do. */
    static Listing of(SparkSession spark, String input, long maxInputBytes) {
        List<Row> unread = new ArrayList<>();
        List<String> savedPages = new ArrayList<>();
        boolean sidecars = false;
        int read = 0;
        long readBytes = 0;
        Path root = new Path(input);
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            String rootName = fs.makeQualified(root).toString();
            for (FileStatus f : files(fs, root)) {
                String path = f.getPath().toString();
                if (hidden(path, rootName)) {
                    continue;
                }
                sidecars |= path.endsWith(".meta.json");
                if (!ArticleFiles.isArticle(path, p -> false)) {
                    continue;
                }
                if (!ArticleFiles.isArticle(path, p -> exists(fs, p))) {
                    savedPages.add(path);
                } else if (f.getLen() == 0 || f.getLen() > maxInputBytes) {
                    unread.add(RowFactory.create(path, f.getLen(), f.getLen() == 0 ? new byte[0] : null));
                } else {
                    read++;
                    readBytes += f.getLen();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
        return new Listing(unread, savedPages, sidecars, read, readBytes);
    }

    /**
     * The largest task, in bytes, for Spark's scan to pack: the files to read, each counted with Spark's
     * cost of opening a file, shared into two tasks per core, and never more than Spark's own limit.
     * Spark shares a folder by the bytes of all its files, so a few files over the size limit, which
     * are never read, took most of a share and left one task with nearly every article; two tasks per
     * core leave no core idle while the last task ends.
     */
    long splitBytes(SparkSession spark) {
        long openCost = bytes(spark, "spark.sql.files.openCostInBytes");
        long share = (readBytes + read * openCost) / (2L * spark.sparkContext().defaultParallelism());
        return Math.max(openCost, Math.min(bytes(spark, "spark.sql.files.maxPartitionBytes"), share));
    }

    private static long bytes(SparkSession spark, String key) {
        return JavaUtils.byteStringAsBytes(spark.conf().get(key));
    }

    /**
     * The files under {@code root}, or {@code root} itself when it is a file. Walked with
     * {@code listStatus} rather than {@code FileSystem.listFiles}: the latter asks every file's
     * permissions, which Hadoop's local file system learns by running {@code ls -ld} once per file
     * (without Hadoop's native library), a process per input that cost the job several CPU-seconds a
     * thousand files.
     */
    private static List<FileStatus> files(FileSystem fs, Path root) throws IOException {
        List<FileStatus> out = new ArrayList<>();
        Deque<Path> dirs = new ArrayDeque<>(List.of(root));
        while (!dirs.isEmpty()) {
            for (FileStatus f : fs.listStatus(dirs.pop())) {
                if (f.isDirectory()) {
                    dirs.push(f.getPath());
                } else {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static boolean hidden(String path, String root) {
        String below = path.startsWith(root + "/") ? path.substring(root.length() + 1) : "";
        for (String part : below.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean exists(FileSystem fs, String path) {
        try {
            return fs.exists(new Path(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for " + path, e);
        }
    }
}

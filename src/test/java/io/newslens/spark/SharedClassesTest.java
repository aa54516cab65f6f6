package io.newslens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedClassesTest {

    private static final String[] ARGS = {"--master", "local[2]", "--input", "in", "--output", "out"};

    @TempDir
    Path dir;

    private Path jar(long archiveAgeSeconds) throws IOException {
        Path jar = Files.writeString(dir.resolve("newslens-spark.jar"), "jar");
        Path archive = Files.writeString(dir.resolve("newslens-spark.jsa"), "archive");
        FileTime built = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(archive, FileTime.fromMillis(built.toMillis() - 1000 * archiveAgeSeconds));
        return jar;
    }

    @Test
    void startedFromTheJarWithItsArchiveTheJobRunsInAJvmMappingIt() throws IOException {
        Path jar = jar(-5);
        List<String> command = SharedClasses.command(jar, jar.toString(), List.of("-Xmx1g"), ARGS).orElseThrow();
        int options = command.indexOf("-Xmx1g");
        int jarFlag = command.indexOf("-jar");
        assertEquals(1, options, "this JVM's options come first");
        assertTrue(command.contains("-XX:SharedArchiveFile=" + dir.resolve("newslens-spark.jsa")));
        assertTrue(command.contains("-Dnewslens.cds=off"), "the second JVM must not start a third");
        assertEquals(jar.toString(), command.get(jarFlag + 1));
        assertEquals(List.of(ARGS), command.subList(jarFlag + 2, command.size()));
    }

    @Test
    void anArchiveOlderThanTheJarIsNotUsed() throws IOException {
        Path jar = jar(60);
        assertEquals(Optional.empty(), SharedClasses.command(jar, jar.toString(), List.of(), ARGS));
    }

    @Test
    void withoutAnArchiveTheJobRunsHere() throws IOException {
        Path jar = jar(-5);
        Files.delete(SharedClasses.archiveOf(jar));
        assertEquals(Optional.empty(), SharedClasses.command(jar, jar.toString(), List.of(), ARGS));
    }

    @Test
    void underSparkSubmitOrATestTheClassPathIsMoreThanTheJarAndTheJobRunsHere() throws IOException {
        Path jar = jar(-5);
        String classPath = jar + java.io.File.pathSeparator + dir.resolve("spark-core.jar");
        assertEquals(Optional.empty(), SharedClasses.command(jar, classPath, List.of(), ARGS));
        assertEquals(Optional.empty(), SharedClasses.command(jar, dir.resolve("other.jar").toString(), List.of(), ARGS));
    }

    @Test
    void aJvmThatAlreadyUsesOrWritesAnArchiveKeepsTheJob() throws IOException {
        Path jar = jar(-5);
        for (String option : List.of("-XX:SharedArchiveFile=x.jsa", "-XX:ArchiveClassesAtExit=x.jsa", "-Xshare:off")) {
            assertEquals(Optional.empty(), SharedClasses.command(jar, jar.toString(), List.of(option), ARGS), option);
        }
    }

    @Test
    void theArchiveSitsBesideTheJar() {
        assertEquals(Path.of("/opt/jobs/newslens-spark.jsa"),
                SharedClasses.archiveOf(Path.of("/opt/jobs/newslens-spark.jar")));
    }
}

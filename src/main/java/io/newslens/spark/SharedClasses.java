package io.newslens.spark;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the local job ({@code java -jar newslens-spark.jar ...}) in a JVM that maps the class-data archive
 * the build wrote beside the jar ({@code newslens-spark.jsa}, JDK application class-data sharing).
 *
 * <p>Why: started on one machine, the job spends most of its fixed cost loading, verifying and linking
 * the twenty thousand classes of Spark, Scala and Hadoop, several CPU-seconds before the first article;
 * mapping them from the archive removes about a third of that. A JVM can only be given an archive on its
 * command line, which {@code java -jar} leaves to the user, so the job starts a second JVM with it and
 * waits for it, with the same JVM options, arguments, standard streams and exit code.
 *
 * <p>It does nothing (and the job runs in this JVM) when the jar has no archive, when the archive is
 * older than the jar (a rebuilt jar: the JVM would refuse the archive anyway), when the class path is
 * more than the jar itself (under {@code spark-submit}, or a test), when the JVM already uses or writes
 * an archive, or with {@code -Dnewslens.cds=off}. If the JVM cannot use the archive after all (another
 * JDK, say), it runs without it, as this one would have.
 */
final class SharedClasses {

    /** {@code -Dnewslens.cds=off} turns the relaunch off; the second JVM gets it too. */
    static final String SWITCH = "newslens.cds";

    private SharedClasses() {
    }

    /**
     * Runs the job in a JVM with the archive, if this one should hand over, and returns that JVM's exit
     * code; empty when the job should run here.
     */
    static Optional<Integer> relaunch(String[] args) {
        if ("off".equals(System.getProperty(SWITCH))) {
            return Optional.empty();
        }
        Optional<Path> jar = ownJar();
        Optional<List<String>> command = jar.flatMap(j -> command(j, System.getProperty("java.class.path"),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(), args));
        if (command.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(run(command.get()));
        } catch (IOException e) {
            // No second JVM (no java binary to be found, say): the job runs here, only slower to start.
            return Optional.empty();
        }
    }

    /**
     * The command of the JVM that runs the job with the archive beside {@code jar}, or empty when this
     * one should run it.
     *
     * @param jar the job's jar, absolute
     * @param classPath this JVM's class path
     * @param jvmOptions this JVM's options, passed on
     * @param args the job's arguments
     */
    static Optional<List<String>> command(Path jar, String classPath, List<String> jvmOptions, String[] args) {
        Path archive = archiveOf(jar);
        if (!isOnlyEntry(jar, classPath) || !usable(jar, archive) || jvmOptions.stream().anyMatch(
                o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit")
                        || o.startsWith("-Xshare"))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.add("-XX:SharedArchiveFile=" + archive);
        command.add("-Xshare:auto");
        // An archive the JVM cannot map (another JDK) is not an error: it says so only in these logs.
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + SWITCH + "=off");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** {@code newslens-spark.jsa} for {@code newslens-spark.jar}. */
    static Path archiveOf(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    private static boolean isOnlyEntry(Path jar, String classPath) {
        return jar.getFileName().toString().endsWith(".jar") && classPath != null
                && !classPath.contains(File.pathSeparator)
                && Path.of(classPath).toAbsolutePath().normalize().equals(jar);
    }

    private static boolean usable(Path jar, Path archive) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> ownJar() {
        try {
            var source = SharedClasses.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static int run(List<String> command) throws IOException {
        Process job = new ProcessBuilder(command).inheritIO().start();
        // Ctrl-C or a kill of this JVM stops the job with it.
        Thread stop = new Thread(job::destroy, "newslens-stop-job");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return job.waitFor();
        } catch (InterruptedException e) {
            job.destroy();
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // Shutting down already: the hook stops the job.
            }
        }
    }
}

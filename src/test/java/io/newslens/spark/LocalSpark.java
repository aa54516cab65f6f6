package io.newslens.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;

import io.newslens.cli.Main;

/**
 * The one local Spark session of the test suite, started by the first Spark test and shared by all of
 * them (two cores, few shuffle partitions, no UI), and the command line's output to compare with.
 */
final class LocalSpark {

    private LocalSpark() {
    }

    private static final class Holder {
        static final SparkSession SESSION = SparkSession.builder().appName("newslens-tests").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.sql.adaptive.enabled", "false")
                .getOrCreate();
    }

    static SparkSession session() {
        return Holder.SESSION;
    }

    /** Runs the command line with these arguments and {@code --output}; returns its exit code and lines. */
    static CliRun cli(Path out, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--output");
        all.add(2, out.toString());
        PrintStream err = System.err;
        int code;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            code = Main.run(all.toArray(String[]::new));
        } finally {
            System.setErr(err);
        }
        return new CliRun(code, Files.readAllLines(out, StandardCharsets.UTF_8));
    }

    /** An exit code and the output lines. */
    record CliRun(int code, List<String> lines) {
        List<String> sorted() {
            return lines.stream().sorted().toList();
        }
    }

    /** The lines of a job's JSON Lines output folder, sorted. */
    static List<String> jobLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines.stream().sorted().toList();
    }
}

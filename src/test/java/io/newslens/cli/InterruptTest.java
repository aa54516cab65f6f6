package io.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping a run with --output (Ctrl-C, kill) leaves neither the output file nor its temporary part behind. */
class InterruptTest {

    @Test
    void anInterruptedRunLeavesNoOutputFile(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectory(dir.resolve("in"));
        Path seed = Path.of("testdata", "seeds", "000_322f0aae7f5fed0d.txt");
        for (int i = 0; i < 400; i++) {
            Files.copy(seed, inputs.resolve("a" + i + ".txt"));
        }
        Path out = dir.resolve("out.jsonl");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "analyze", "--threads", "1", "--output", out.toString(), inputs.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        // wait until the run has started writing its temporary file, then interrupt it as Ctrl-C does
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (partFiles(dir).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "the run was still going when interrupted");
        assertEquals(1, partFiles(dir).size(), "the run had begun writing its output");
        // SIGTERM runs the same shutdown hooks as Ctrl-C's SIGINT, which a shell's background jobs ignore
        // (and the JVM started from them inherits that): the test must not depend on how it was started.
        p.destroy();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the run ends on SIGTERM");

        assertTrue(Files.notExists(out), "no output file after an interrupted run");
        assertEquals(List.of(), partFiles(dir));
    }

    private static List<Path> partFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }
}

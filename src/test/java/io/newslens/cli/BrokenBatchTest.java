package io.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad input never stops the others: every input yields exactly one output line. */
class BrokenBatchTest {

    @Test
    void everyInputGetsOneLineAndBrokenOnesGetErrors(@TempDir Path dir) throws Exception {
        Path seed = Path.of("testdata", "seeds", "000_322f0aae7f5fed0d.txt");
        for (int i = 0; i < 12; i++) {
            Files.copy(seed, dir.resolve(String.format("good-%02d.txt", i)));
        }
        byte[] noise = new byte[3000];
        new Random(1).nextBytes(noise);
        Files.writeString(dir.resolve("broken-1.html"), "%PDF-1.4\n1 0 obj", StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("broken-2.txt"), noise);
        Files.write(dir.resolve("broken-3.txt"), new byte[0]);
        Files.writeString(dir.resolve("broken-4.txt"), "  \n\n\t ");
        Files.writeString(dir.resolve("broken-5.txt"), "x".repeat(2 * 1024 * 1024));
        Path out = dir.resolve("out.jsonl");

        PrintStream err = System.err;
        int code;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            code = Main.run("analyze", "--threads", "2", "--max-size", "1", "--output", out.toString(), dir.toString());
        } finally {
            System.setErr(err);
        }

        List<String> lines = Files.readAllLines(out);
        assertEquals(1, code);
        assertEquals(17, lines.size());
        assertEquals(12, lines.stream().filter(l -> l.contains("\"article\"")).count());
        List<String> errors = lines.stream().filter(l -> l.contains("\"error\"")).toList();
        assertEquals(5, errors.size());
        assertTrue(errors.get(0).contains("not a text or HTML article (PDF)"), errors.get(0));
        assertTrue(errors.get(1).contains("not a text or HTML article (binary data)"), errors.get(1));
        assertTrue(errors.get(2).contains("empty article") && errors.get(3).contains("empty article"));
        assertTrue(errors.get(4).contains("over the size limit of 1.0 MiB"), errors.get(4));
    }
}

package io.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class BatchTest {

    private static final Progress SILENT = new Progress(new PrintStream(PrintStream.nullOutputStream()), false);

    @Test
    void keepsInputOrderWhateverTheFinishingOrder() {
        StringWriter out = new StringWriter();
        try (Batch batch = new Batch(3, true, Duration.ofSeconds(30), out, SILENT)) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                batch.submit("in" + n, null, () -> {
                    Thread.sleep((20 - n) % 7 * 3L);
                    return new Batch.Line("{\"n\":" + n + "}", n % 5 == 0);
                });
            }
            batch.finish();
            assertEquals(20, batch.done());
            assertEquals(4, batch.failed());
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals(20, lines.size());
        for (int i = 0; i < 20; i++) {
            assertEquals("{\"n\":" + i + "}", lines.get(i));
        }
    }

    @Test
    void aJobOverTheTimeLimitGetsAnErrorLineAndTheOthersGoOn() {
        StringWriter out = new StringWriter();
        try (Batch batch = new Batch(1, true, Duration.ofSeconds(1), out, SILENT)) {
            batch.submit("slow.txt", null, () -> {
                // ignores interrupts, as a runaway regular expression would
                long end = System.nanoTime() + 3_000_000_000L;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
                return new Batch.Line("{\"late\":true}", false);
            });
            batch.submit("fast.txt", null, () -> new Batch.Line("{\"ok\":true}", false));
            batch.finish();
            assertEquals(1, batch.failed());
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"input\":\"slow.txt\""), lines.get(0));
        assertTrue(lines.get(0).contains("time limit of 1 s exceeded"), lines.get(0));
        assertEquals("{\"ok\":true}", lines.get(1));
    }
}

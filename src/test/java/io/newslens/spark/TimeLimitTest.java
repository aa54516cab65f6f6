package io.newslens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.newslens.json.JsonLines;

/** An input over the time limit gets the command line's error line, and the next input still runs. */
class TimeLimitTest {

    @Test
    void anAnalysisOverTheLimitGetsAnErrorLineAndTheNextOneRuns() {
        JsonLines.Line late = TimeLimit.run(1, "slow.txt", () -> {
            // ignores interrupts, as a runaway regular expression would
            long end = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return new JsonLines.Line(null, "{\"late\":true}", null, null);
        });
        JsonLines.Line next = TimeLimit.run(1, "fast.txt", () -> new JsonLines.Line(null, "{\"ok\":true}", null, null));

        assertEquals("{\"schema\":\"newslens/1\",\"error\":{\"input\":\"slow.txt\",\"reason\":\"time limit of 1 s exceeded\"}}",
                late.json());
        assertEquals("time limit of 1 s exceeded", late.error().reason());
        assertEquals("{\"ok\":true}", next.json());
    }
}

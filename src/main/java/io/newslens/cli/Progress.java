package io.newslens.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error (files done/total, articles per second, time left),
 * redrawn at most a few times a second. Silent when standard error is not a terminal.
 */
final class Progress {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private int total = -1;
    private long lastDraw;

    Progress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Whether standard error is a terminal (Linux: fd 2 is a tty device); false when unknown. */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    void total(int value) {
        this.total = value;
    }

    void update(int done, int failed) {
        long now = System.nanoTime();
        if (!enabled || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder("\r");
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.round(width * Math.min(1.0, (double) done / total));
            line.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
            line.append(done).append('/').append(total);
            double eta = rate > 0 ? (total - done) / rate : 0;
            line.append(String.format(Locale.ROOT, "  %.1f articles/s  ETA %s", rate, clock(eta)));
        } else {
            line.append(done).append(String.format(Locale.ROOT, " articles  %.1f articles/s", rate));
        }
        if (failed > 0) {
            line.append("  failed ").append(failed);
        }
        err.print(line);
        err.flush();
    }

    /** Clears the bar and prints the summary line (always, even when the bar is off). */
    void summary(int done, int failed) {
        double seconds = (System.nanoTime() - start) / 1e9;
        if (enabled) {
            err.print("\r\033[K");
        }
        err.printf(Locale.ROOT, "newslens: analysed %d, failed %d, in %.1f s%n", done - failed, failed, seconds);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}

package io.newslens.load;

import java.util.List;

/**
 * Finds the headline: the nearest headline-like line above the body (several words, no closing
 * full stop, not furniture), so that section names and the site's name above it are passed over.
 */
final class TitleFinder {

    private static final int MAX_DISTANCE = 25;
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 30;

    private TitleFinder() {
    }

    /** The headline line above line {@code bodyStart}, or {@code null}. */
    static PageLine find(List<PageLine> lines, int bodyStart) {
        int stop = Math.max(0, bodyStart - MAX_DISTANCE);
        for (int i = Math.min(bodyStart, lines.size()) - 1; i >= stop; i--) {
            if (isHeadline(lines.get(i))) {
                return lines.get(i);
            }
        }
        return null;
    }

    private static boolean isHeadline(PageLine line) {
        boolean fullStop = line.text().endsWith(".") && !line.text().endsWith("...");
        return line.kind() == LineKind.SHORT && !fullStop
                && line.words() >= MIN_WORDS && line.words() <= MAX_WORDS;
    }
}

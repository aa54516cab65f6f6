package io.newslens.load;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the headline: the nearest headline-like line above the body (several words, no closing
 * full stop, not furniture, no byline or stamp), so that section names and the site's name above
 * it are passed over.
 */
final class TitleFinder {

    private static final int MAX_DISTANCE = 25;
    private static final int MIN_WORDS = 3;
    private static final int GOOD_WORDS = 4;
    private static final int MAX_WORDS = 30;
    /** Lines that look like headlines by their length but are bylines, labels or share prompts. */
    private static final Pattern NOT_HEADLINE = Pattern.compile(
            "^(?:(?:written|posted|photos?|words|reporting|story)\\s+by\\b|by\\s|share\\b|print\\b|email\\b"
                    + "|sign\\b|subscribe\\b|follow\\b|why\\b.*\\btrust\\b)|\\d+\\s+min(?:ute)?s?\\s+read"
                    + "|\\b(?:ago|am|pm|a\\.m\\.|p\\.m\\.)$",
            Pattern.CASE_INSENSITIVE);

    private TitleFinder() {
    }

    /**
     * The headline line above line {@code bodyStart}, or {@code null}: the nearest candidate with
     * a few words, else the nearest shorter one.
     */
    static PageLine find(List<PageLine> lines, int bodyStart) {
        int stop = Math.max(0, bodyStart - MAX_DISTANCE);
        PageLine shortOne = null;
        for (int i = Math.min(bodyStart, lines.size()) - 1; i >= stop; i--) {
            PageLine line = lines.get(i);
            if (isHeadline(line)) {
                if (line.words() >= GOOD_WORDS) {
                    return line;
                }
                shortOne = shortOne == null ? line : shortOne;
            }
        }
        return shortOne;
    }

    private static boolean isHeadline(PageLine line) {
        String text = line.text();
        boolean fullStop = text.endsWith(".") && !text.endsWith("...");
        boolean shortKind = line.kind() == LineKind.SHORT || line.kind() == LineKind.REPEATED;
        return shortKind && !fullStop && !text.endsWith(":")
                && line.words() >= MIN_WORDS && line.words() <= MAX_WORDS
                && !NOT_HEADLINE.matcher(text).find() && Dates.first(text) == null;
    }
}

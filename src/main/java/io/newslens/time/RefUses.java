package io.newslens.time;

import java.util.regex.Pattern;

/**
 * Whether a word of the present, past or future ("now", "the future") is used as a time, the
 * TIMEX3 {@code PRESENT_REF} / {@code PAST_REF} / {@code FUTURE_REF}, or for something else.
 */
final class RefUses {

    private static final Pattern COMMA_AFTER = Pattern.compile("\\s*,.*", Pattern.DOTALL);

    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b.*", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private RefUses() {
    }

    /** Whether the match at {@code s} is a time. */
    static boolean isTime(Site s) {
        return !s.after(1).equals("-") // "now-defunct"
                && !openingConnective(s)
                && !prospectsOf(s);
    }

    /**
     * "the future of our peoples", "the cars that are the future of the industry": the future of
     * something is its prospects, a thing spoken of, not a time at which anything happens.
     */
    private static boolean prospectsOf(Site s) {
        return Values.words(s.m().group()).equals("the future") && s.after(4, OF_AFTER);
    }

    /**
     * "Now, he says, it looks like ...": "Now" opening a sentence and set off by a comma links the
     * sentence to what came before (a turn in the argument), as "So," would; TimeML tags none of them.
     * "For now," and "right now," keep their time.
     */
    private static boolean openingConnective(Site s) {
        int start = s.m().start();
        int lineStart = s.text().lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        return s.m().group().equals("Now") && s.after(3, COMMA_AFTER)
                && Titles.startsSentence(s.text(), start, lineStart);
    }
}

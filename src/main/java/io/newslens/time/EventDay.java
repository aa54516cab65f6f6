package io.newslens.time;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "the day after his death", "the day before the vote": a day counted from an event the sentence names
 * but does not date. News tells an event on the day its narrative is at (the last day the text named),
 * so the day meant is one after or one before that day. Set off by a comma after a date ("Oct. 12, the
 * day before the stock market plunge") the phrase only describes that date, so it is the date itself.
 */
final class EventDay {

    /** "before" or "after" and the start of a noun phrase: the event counted from. */
    private static final Pattern EVENT_AFTER = Pattern.compile(
            "(?is)\\s+(before|after)\\s+(?:the|his|her|its|their|a|an|this|that)\\s.*");

    /** A date or a day word just before, and the comma of an apposition. */
    private static final Pattern DATE_BEFORE = Pattern.compile(
            "(?is).*(?:\\d|\\b(?:" + Lexicon.WEEKDAY + "|today|yesterday|tomorrow))\\.?,\\s+");

    private EventDay() {
    }

    /** The days from the narrative's day to "the day" at {@code s}: -1, +1, or 0 when no event follows. */
    static int shift(Site s) {
        String after = s.after(24);
        if (!EVENT_AFTER.matcher(after).matches() || s.before(30, DATE_BEFORE)) {
            return 0;
        }
        return after.stripLeading().toLowerCase(Locale.ROOT).startsWith("before") ? -1 : 1;
    }
}

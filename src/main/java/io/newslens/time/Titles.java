package io.newslens.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time words written with a capital inside running prose belong to the name of a work or a show
 * (the film "High Noon", CBS's "60 Minutes", ABC's "This Week", the "Spring of Life" marches), which
 * TimeML does not mark as a TIMEX3. Names of days, months, holidays and time zones are capitalised
 * anyway and say nothing; nor does the capital of the word that starts a sentence; nor does a line
 * in title case (a headline), where every word has one.
 */
final class Titles {

    /** Time words English writes in lower case in prose. */
    private static final Set<String> LOWER_CASE_TIME_WORDS = Set.of("now", "today", "tonight", "yesterday",
            "tomorrow", "this", "last", "next", "past", "coming", "week", "weeks", "weekend", "month", "months",
            "years", "decade", "decades", "century", "minute", "minutes", "hour", "hours", "second", "seconds",
            "noon", "midnight", "morning", "afternoon", "evening", "night", "spring", "summer", "autumn", "fall",
            "winter", "quarter", "currently", "recently", "future", "early", "late");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Lower-case words of four letters or more: a line with a few of them is prose, not a headline. */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}{4,}");

    private static final int PROSE_WORDS = 3;

    /** What may stand between a sentence's end and its first word: space, quotes, brackets. */
    private static final Pattern SENTENCE_START_BEFORE = Pattern.compile(
            "(?s).*(?:[.!?:;]['\"’”)]*|^)[\\s\"'`“‘(]*");

    private Titles() {
    }

    /** Whether {@code text[start, end)}, an expression on the line {@code [lineStart, lineEnd)}, is part of a title. */
    static boolean inTitle(String text, int start, int end, int lineStart, int lineEnd) {
        Matcher w = WORD.matcher(text).region(start, end);
        boolean first = true;
        boolean capitalised = false;
        while (w.find()) {
            String word = w.group();
            if (Character.isUpperCase(word.charAt(0)) && LOWER_CASE_TIME_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    && (!first || !startsSentence(text, w.start(), lineStart))) {
                capitalised = true;
                break;
            }
            first = false;
        }
        return capitalised && isProse(text, lineStart, lineEnd);
    }

    /** Whether the word at {@code at} opens a sentence: only space, quotes or brackets after a sentence's end. */
    static boolean startsSentence(String text, int at, int lineStart) {
        return SENTENCE_START_BEFORE.matcher(text.substring(lineStart, at)).matches();
    }

    private static boolean isProse(String text, int lineStart, int lineEnd) {
        Matcher m = LOWER_CASE_WORD.matcher(text).region(lineStart, lineEnd);
        int n = 0;
        while (n < PROSE_WORDS && m.find()) {
            n++;
        }
        return n >= PROSE_WORDS;
    }
}

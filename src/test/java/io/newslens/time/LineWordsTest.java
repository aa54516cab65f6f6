package io.newslens.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import io.newslens.time.Grammar.Reach;
import io.newslens.time.Grammar.Rule;

class LineWordsTest {

    private static String[] stretches(String line, String trigger, Reach reach) {
        int[] w = LineWords.of(line, 0, line.length()).windows(ids(trigger), reach);
        String[] out = new String[w.length / 2];
        for (int i = 0; i < w.length; i += 2) {
            out[i / 2] = line.substring(w[i], w[i + 1]);
        }
        return out;
    }

    private static int[] ids(String trigger) {
        return new int[] {Grammar.TRIGGER_WORDS.indexOf(trigger)};
    }

    @Test
    void windowsTakeTheSeparatorsAroundTheirWords() {
        assertArrayEquals(new String[] {" the 1990's, "},
                stretches("They grew up in the 1990's, he said.", "#", new Reach(1, 1)));
        assertArrayEquals(new String[] {"Sept. 30."}, stretches("Sept. 30.", "sep", new Reach(0, 1)));
    }

    @Test
    void triggersAreFoundInAnyCaseAndAsPrefixes() {
        LineWords words = LineWords.of("SEPTEMBER rain, Straße ÉTÉ İstanbul", 0, 35);
        assertTrue(words.has(Grammar.TRIGGER_WORDS.indexOf("sep")));
        assertFalse(words.has(Grammar.TRIGGER_WORDS.indexOf("may")));
        assertArrayEquals(new String[] {"SEPTEMBER "}, stretches("SEPTEMBER rain", "sep", new Reach(0, 0)));
        assertArrayEquals(new String[] {" Monday"}, stretches("Über Monday", "mon", new Reach(0, 0)));
        assertArrayEquals(new String[] {" Mondé"}, stretches("Über Mondé", "mon", new Reach(0, 0)));
    }

    @Test
    void nearWindowsJoinAndFarOnesStayApart() {
        String line = "a mon b c mon d e f g h mon";
        assertArrayEquals(new String[] {"a mon b c mon d ", " h mon"},
                stretches(line, "mon", new Reach(1, 1)));
        assertArrayEquals(new String[] {"a mon b c mon d e ", " g h mon"},
                stretches(line, "mon", new Reach(2, 2)));
        assertArrayEquals(new String[] {line}, stretches(line, "mon", new Reach(3, 3)));
    }

    @Test
    void aDigitGluedToAWordAnchorsButDoesNotTrigger() {
        LineWords words = LineWords.of("Sales rose in FY2020.", 0, 21);
        assertFalse(words.has(Grammar.DIGIT));
        assertArrayEquals(new int[] {13, 21}, words.windows(ids("#"), new Reach(0, 0)));
        assertTrue(LineWords.of("Sales rose 5% in FY2020.", 0, 24).has(Grammar.DIGIT));
    }

    /** The longest forms of each rule, set among words that trigger rules too. */
    private static final List<String> LONGEST = List.of(
            "2020-07-15T10:30", "7/15/2020", "about Wed., Aug. 7th, 2020", "Friday, the 7th of August, 2020",
            "no more than end of August of nineteen eighty-five", "no more than end of this coming August",
            "no more than end of fiscal year 2020 or later", "the year nineteen hundred and ninety-five",
            "the year two thousand and twenty-one", "the mid-1990's", "the late '90s", "the 20th century",
            "the end of the twenty-first century", "no more than 10:30 a.m. EDT, Aug. 7", "about 22:15 GMT, Aug. 7",
            "1430 hours GMT, Aug. 7", "about noon, Aug. 7", "early this coming Monday mid-afternoon",
            "the end of yesterday mid-afternoon", "the end of mid-afternoon yesterday", "the end of the following morning",
            "the end of in the previous fiscal year", "the early summer of nineteen eighty-five",
            "this year's year-ago fiscal first fiscal quarter of fiscal 2020", "Q3 2020", "2020 Q3",
            "the comparable year-ago 2020 fiscal year a year ago", "the previous quarter", "the final week of Aug. 7, 2020",
            "the comparable year-ago first nine months", "no more than 2.5 1/2 or 3.5 1/2 more years or so from now",
            "the day before yesterday", "the week before,", "about each of the better part of the 2.5 1/2 or 3.5 1/2"
            + " consecutive years-long period or so", "the past years or decades to come", "every other 2.5 1/2 weeks",
            "semi-annually", "2.5 1/2 times a year", "Mondays mornings", "the foreseeable future",
            "last New Year's Day, 2020", "no more than this year's end", "the end of the quarter");

    private static final String FILLER = "the market, money and Monday's 5 sales fell; later the day's month";

    /**
     * What the windows promise: at every position of a line, a rule matches within the window holding
     * the position just as over the whole line, and outside every window it does not match at all.
     */
    @Test
    void everyMatchLiesInAWindow() {
        int matched = 0;
        for (String phrase : LONGEST) {
            for (String line : List.of(phrase, FILLER + " " + phrase + " " + FILLER, phrase + " " + FILLER,
                    FILLER + " " + phrase)) {
                matched += checkWindows(line);
            }
        }
        assertTrue(matched > 4 * LONGEST.size(), "matches: " + matched);
    }

    /** Checks every rule over {@code line}; returns the number of matches. */
    private static int checkWindows(String line) {
        LineWords words = LineWords.of(line, 0, line.length());
        int matched = 0;
        for (Rule rule : Grammar.RULES) {
            if (!rule.mayMatch(words)) {
                continue;
            }
            int[] windows = words.windows(rule.triggers(), rule.reach());
            Matcher m = rule.pattern().matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
            for (int i = 0; i < line.length(); i++) {
                String whole = matchAt(m, i, line.length());
                assertEquals(whole, matchAt(m, i, windowEnd(windows, i)), rule.name() + " at " + i + " in: " + line);
                matched += whole == null ? 0 : 1;
            }
        }
        return matched;
    }

    private static String matchAt(Matcher m, int start, int end) {
        if (end < 0) {
            return null;
        }
        m.region(start, end);
        return m.lookingAt() ? start + "-" + m.end() : null;
    }

    /** The end of the window holding {@code position}, or -1. */
    private static int windowEnd(int[] windows, int position) {
        for (int w = 0; w < windows.length; w += 2) {
            if (windows[w] <= position && position < windows[w + 1]) {
                return windows[w + 1];
            }
        }
        return -1;
    }
}

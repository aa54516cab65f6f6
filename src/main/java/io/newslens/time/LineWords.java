package io.newslens.time;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of a stretch of text (runs of letters and digits) and where they are: what
 * {@link Grammar.Rule#triggers} are looked up in. A word counts lower-cased and as its 3-letter prefix
 * ("sept." gives "sept" and "sep"); a word that starts with a digit counts only as {@code #}.
 *
 * <p>Besides whether a rule may match at all ({@link #has}), the words tell where: every match of a
 * rule holds a trigger word and reaches only a few words either side of it ({@link Grammar.Reach}),
 * so {@link #windows} gives the only stretches a rule's regex needs to search.
 */
final class LineWords {

    /** The key under which words holding a digit anywhere are placed, for {@link #windows}. */
    private static final String DIGIT = "#";

    private final int lineStart;
    private final int lineEnd;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;
    private boolean digitFirst;
    private final Map<String, BitSet> places = new HashMap<>();

    private LineWords(int lineStart, int lineEnd) {
        this.lineStart = lineStart;
        this.lineEnd = lineEnd;
    }

    static LineWords of(String text, int start, int end) {
        LineWords words = new LineWords(start, end);
        int i = start;
        while (i < end) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < end && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            words.add(text, i, j);
            i = j;
        }
        return words;
    }

    private void add(String text, int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        if (Character.isDigit(text.charAt(start))) {
            digitFirst = true;
            place(DIGIT);
        } else {
            String word = text.substring(start, end).toLowerCase(Locale.ROOT);
            place(word);
            if (word.length() > 3) {
                place(word.substring(0, 3));
            }
            if (holdsDigit(text, start, end)) {
                place(DIGIT);
            }
        }
        count++;
    }

    /** Only trigger words: the rest are never looked up. */
    private void place(String key) {
        if (Grammar.TRIGGER_WORDS.contains(key)) {
            places.computeIfAbsent(key, k -> new BitSet()).set(count);
        }
    }

    private static boolean holdsDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds {@code key}: {@code #} only for a word starting with a digit ("fy2020" is
     * no {@code #} here), which is what decides whether a rule runs on a line at all.
     */
    boolean has(String key) {
        return key.equals(DIGIT) ? digitFirst : places.containsKey(key);
    }

    /**
     * The stretches of the line, as {start, end, start, end, ...} in text order and disjoint, that
     * hold every word within {@code reach} of a word with one of {@code triggers}, with the
     * separators around them. For {@code #} the words holding a digit anywhere count ("FY2020" as
     * well as "2020"), since a match may glue a digit to a word.
     */
    int[] windows(Set<String> triggers, Grammar.Reach reach) {
        BitSet anchors = new BitSet();
        for (String t : triggers) {
            BitSet at = places.get(t);
            if (at != null) {
                anchors.or(at);
            }
        }
        int[] out = new int[2 * anchors.cardinality()];
        int n = 0;
        int last = -2; // the last word of the stretch being built
        for (int w = anchors.nextSetBit(0); w >= 0; w = anchors.nextSetBit(w + 1)) {
            int first = Math.max(0, w - reach.before());
            if (n == 0 || first > last + 1) {
                out[n++] = stretchStart(first);
                n++;
            } // else overlapping or adjacent: the same stretch, grown
            last = Math.max(last, Math.min(count - 1, w + reach.after()));
            out[n - 1] = stretchEnd(last);
        }
        return Arrays.copyOf(out, n);
    }

    /** From the end of the word before {@code first}: a match may start on a separator ("'90s"). */
    private int stretchStart(int first) {
        return first == 0 ? lineStart : ends[first - 1];
    }

    /** To the start of the word after {@code last}: a match may end on a separator ("Aug."). */
    private int stretchEnd(int last) {
        return last == count - 1 ? lineEnd : starts[last + 1];
    }
}

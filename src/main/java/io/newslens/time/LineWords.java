package io.newslens.time;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.List;

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

    private static final List<String> TRIGGERS = Grammar.TRIGGER_WORDS;

    /**
     * {@link #TRIGGERS} by hash, open addressing, each slot its trigger's number plus one: looking a
     * word up in it needs no lower-cased copy of the word.
     */
    private static final int[] SLOTS = slots();

    private final int lineStart;
    private final int lineEnd;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;
    private boolean digitFirst;
    /** By trigger number, the words that have it, or {@code null}. */
    private final BitSet[] places = new BitSet[TRIGGERS.size()];

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
            place(Grammar.DIGIT);
        } else {
            placeWord(text, start, end);
            if (holdsDigit(text, start, end)) {
                place(Grammar.DIGIT);
            }
        }
        count++;
    }

    /** The word and its 3-letter prefix, lower-cased. */
    private void placeWord(String text, int start, int end) {
        if (!ascii(text, start, end)) {
            // lower-casing may change the length ("İ"): do it as it is done for the whole word
            String word = text.substring(start, end).toLowerCase(Locale.ROOT);
            place(TRIGGERS.indexOf(word));
            if (word.length() > 3) {
                place(TRIGGERS.indexOf(word.substring(0, 3)));
            }
            return;
        }
        place(trigger(text, start, end));
        if (end - start > 3) {
            place(trigger(text, start, start + 3));
        }
    }

    /** Only trigger words: the rest are never looked up. */
    private void place(int trigger) {
        if (trigger >= 0) {
            if (places[trigger] == null) {
                places[trigger] = new BitSet();
            }
            places[trigger].set(count);
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

    private static boolean ascii(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The number of the trigger that ASCII {@code text[start, end)} is, ignoring case, or -1. */
    private static int trigger(String text, int start, int end) {
        int mask = SLOTS.length - 1;
        for (int i = hash(text, start, end) & mask; SLOTS[i] != 0; i = (i + 1) & mask) {
            String t = TRIGGERS.get(SLOTS[i] - 1);
            if (t.length() == end - start && text.regionMatches(true, start, t, 0, t.length())) {
                return SLOTS[i] - 1;
            }
        }
        return -1;
    }

    /** The hash of the lower-cased ASCII {@code text[start, end)}. */
    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return h ^ (h >>> 16);
    }

    private static int[] slots() {
        int[] slots = new int[Integer.highestOneBit(TRIGGERS.size() * 4)];
        for (int t = 0; t < TRIGGERS.size(); t++) {
            int i = hash(TRIGGERS.get(t), 0, TRIGGERS.get(t).length()) & (slots.length - 1);
            while (slots[i] != 0) {
                i = (i + 1) & (slots.length - 1);
            }
            slots[i] = t + 1;
        }
        return slots;
    }

    /**
     * Whether the text holds trigger {@code t}: {@code #} only for a word starting with a digit
     * ("fy2020" is no {@code #} here), which is what decides whether a rule runs on a line at all.
     */
    boolean has(int t) {
        return t == Grammar.DIGIT ? digitFirst : places[t] != null;
    }

    /**
     * The stretches of the line, as {start, end, start, end, ...} in text order and disjoint, that
     * hold every word within {@code reach} of a word with one of {@code triggers}, with the
     * separators around them. For {@code #} the words holding a digit anywhere count ("FY2020" as
     * well as "2020"), since a match may glue a digit to a word.
     */
    int[] windows(int[] triggers, Grammar.Reach reach) {
        BitSet anchors = new BitSet();
        for (int t : triggers) {
            if (places[t] != null) {
                anchors.or(places[t]);
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

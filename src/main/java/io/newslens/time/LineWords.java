package io.newslens.time;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a stretch of text, lower-cased, each also as its 3-letter prefix ("sept." gives
 * "sept" and "sep"), plus {@code #} when the text holds a digit: what {@link Grammar.Rule#triggers}
 * are looked up in.
 */
final class LineWords {

    private LineWords() {
    }

    static Set<String> of(String text, int start, int end) {
        Set<String> words = new HashSet<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < end && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            add(words, text.substring(i, j).toLowerCase(Locale.ROOT));
            i = j;
        }
        return words;
    }

    private static void add(Set<String> words, String word) {
        if (Character.isDigit(word.charAt(0))) {
            words.add("#");
            return;
        }
        words.add(word);
        if (word.length() > 3) {
            words.add(word.substring(0, 3));
        }
    }
}

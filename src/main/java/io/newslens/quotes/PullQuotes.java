package io.newslens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds pull quotes: a paragraph of one or more unquoted sentences followed by the name of who said
 * them ("We will rebuild the bridge. Jane Holt"), as news pages set a highlighted quote apart.
 */
final class PullQuotes {

    /** A pull quote: its words {@code [from, to)} and the name after them {@code [nameFrom, nameTo)}. */
    record Found(int from, int to, int nameFrom, int nameTo) {
    }

    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ")");
    private static final int MIN_WORDS = 4;
    private static final int MAX_NAME_WORDS = 4;

    private final Tokens t;

    PullQuotes(Tokens tokens) {
        this.t = tokens;
    }

    /** The pull quotes of the text, in text order. */
    List<Found> find() {
        List<Found> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= t.size(); i++) {
            if (i == t.size() || t.paragraph(i) != t.paragraph(start)) {
                Found f = inParagraph(start, i);
                if (f != null) {
                    out.add(f);
                }
                start = i;
            }
        }
        return out;
    }

    private Found inParagraph(int from, int to) {
        int name = to;
        while (name > from && to - name < MAX_NAME_WORDS && isNameWord(name - 1)) {
            name--;
        }
        if (to - name < 2 || name - from < MIN_WORDS || !SENTENCE_ENDS.contains(t.word(name - 1))) {
            return null;
        }
        for (int i = from; i < name; i++) {
            if (!t.outside(i) || t.isMark(i)) {
                return null;
            }
        }
        // A caption's photo credit names someone the article never mentions again.
        String surname = t.word(to - 1);
        String before = t.text.substring(0, t.get(from).start());
        String after = t.text.substring(t.get(to - 1).end());
        return before.contains(surname) || after.contains(surname) ? new Found(from, name, name, to) : null;
    }

    private boolean isNameWord(int i) {
        String w = t.word(i);
        return t.outside(i) && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && (t.pos(i).equals("PROPN") || t.pos(i).equals("NOUN"));
    }
}

package io.newslens.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.newslens.nlp.AnnotatedText;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;

/**
 * Token labels of one document while the rules work on it: each token is outside any name or inside a
 * name of one kind, and a flag marks the first token of each name. Not thread-safe: one per call.
 */
final class Labels {

    final AnnotatedText text;
    private final Kind[][] kinds;
    private final boolean[][] begins;
    private final boolean[][] sure;
    /** Tokens a rule found to name nobody in the article (a product, a credit): no later step tags them. */
    private final boolean[][] excluded;
    /** Names a rule found naming a product or a stock index ("Dreamliner", "Dow Jones") in this document. */
    final Set<String> notNames = new LinkedHashSet<>();

    Labels(AnnotatedText text) {
        this.text = text;
        int n = text.sentences().size();
        kinds = new Kind[n][];
        begins = new boolean[n][];
        sure = new boolean[n][];
        excluded = new boolean[n][];
        for (int s = 0; s < n; s++) {
            int len = text.sentences().get(s).tokens().size();
            kinds[s] = new Kind[len];
            begins[s] = new boolean[len];
            sure[s] = new boolean[len];
            excluded[s] = new boolean[len];
        }
    }

    int sentenceCount() {
        return kinds.length;
    }

    List<Token> tokens(int sentence) {
        return text.sentences().get(sentence).tokens();
    }

    Sentence sentence(int sentence) {
        return text.sentences().get(sentence);
    }

    Kind kind(int sentence, int token) {
        return kinds[sentence][token];
    }

    /** Whether a news rule is sure of the label of this token. */
    boolean isSure(int sentence, int token) {
        return sure[sentence][token];
    }

    /** Whether tokens {@code [first, end)} of a sentence are all outside names. */
    boolean isFree(int sentence, int first, int end) {
        for (int i = first; i < end; i++) {
            if (kinds[sentence][i] != null) {
                return false;
            }
        }
        return true;
    }

    /** Marks tokens {@code [first, end)} as one name of {@code kind}, replacing what was there. */
    void set(int sentence, int first, int end, Kind kind) {
        set(sentence, first, end, kind, false);
    }

    /**
     * Same as {@link #set(int, int, int, Kind)}; {@code certain} marks a label a news rule is sure of
     * (a title before a name, a dateline), which outweighs the model's guesses elsewhere in the document.
     */
    void set(int sentence, int first, int end, Kind kind, boolean certain) {
        // A name cut in two by this one keeps its remaining parts as names of their own.
        if (end < kinds[sentence].length && kinds[sentence][end] != null) {
            begins[sentence][end] = true;
        }
        for (int i = first; i < end; i++) {
            kinds[sentence][i] = kind;
            begins[sentence][i] = i == first;
            sure[sentence][i] = certain;
        }
    }

    /** Whether tokens {@code [first, end)} are outside names and none was excluded from them. */
    boolean isOpen(int sentence, int first, int end) {
        for (int i = first; i < end; i++) {
            if (excluded[sentence][i]) {
                return false;
            }
        }
        return isFree(sentence, first, end);
    }

    /**
     * Removes tokens {@code [first, end)} from names and keeps later steps (document-level propagation)
     * from tagging them again: "Boeing" of "the Boeing 787" names the aircraft, though "Boeing" elsewhere
     * in the article is the company.
     */
    void exclude(int sentence, int first, int end) {
        clear(sentence, first, end);
        for (int i = first; i < end; i++) {
            excluded[sentence][i] = true;
        }
    }

    /** Removes tokens {@code [first, end)} from whatever names they were in. */
    void clear(int sentence, int first, int end) {
        if (end < kinds[sentence].length && kinds[sentence][end] != null) {
            begins[sentence][end] = true;
        }
        for (int i = first; i < end; i++) {
            kinds[sentence][i] = null;
            begins[sentence][i] = false;
            sure[sentence][i] = false;
        }
    }

    /** The names, in text order. */
    List<Span> spans() {
        List<Span> out = new ArrayList<>();
        for (int s = 0; s < kinds.length; s++) {
            out.addAll(spans(s));
        }
        return out;
    }

    /** The names of one sentence, in text order. */
    List<Span> spans(int s) {
        List<Span> out = new ArrayList<>();
        {
            int i = 0;
            while (i < kinds[s].length) {
                if (kinds[s][i] == null) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < kinds[s].length && kinds[s][end] == kinds[s][i] && !begins[s][end]) {
                    end++;
                }
                out.add(new Span(s, i, end, kinds[s][i]));
                i = end;
            }
        }
        return out;
    }

    /**
     * A name as a token range of one sentence.
     *
     * @param sentence sentence index
     * @param first first token
     * @param end token after the last
     * @param kind what it names
     */
    record Span(int sentence, int first, int end, Kind kind) {
    }
}

package io.newslens.quotes;

import java.util.List;

import io.newslens.model.Quote;
import io.newslens.names.Entities;
import io.newslens.nlp.OpenNlpAnnotator;

/** The rule quote finder on newslens' English annotator, for the quote tests: the models load once. */
final class QuoteFixture {

    private static final OpenNlpAnnotator ANNOTATOR = OpenNlpAnnotator.english();
    private static final RuleQuoteFinder FINDER = new RuleQuoteFinder();

    private QuoteFixture() {
    }

    /** The quotes of {@code text}, with no entities known. */
    static List<Quote> find(String text) {
        return find(text, Entities.none());
    }

    /** The quotes of {@code text}, given its {@code entities}. */
    static List<Quote> find(String text, Entities entities) {
        return FINDER.find(ANNOTATOR.annotate(text), entities);
    }

    /** The tokens of {@code text} as the quote stage sees them, for the tests of one part of it. */
    static Tokens tokens(String text) {
        return new Tokens(ANNOTATOR.annotate(text), QuoteMarks.find(text));
    }

    /** The first token that is {@code word}. */
    static int index(Tokens t, String word) {
        return index(t, word, 0);
    }

    /** The first token from {@code from} on that is {@code word}. */
    static int index(Tokens t, String word, int from) {
        for (int i = from; i < t.size(); i++) {
            if (t.word(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " is no token of " + t.text);
    }

    /** The text tokens {@code [from, to)} cover. */
    static String words(Tokens t, int from, int to) {
        return t.text.substring(t.get(from).start(), t.get(to - 1).end());
    }
}

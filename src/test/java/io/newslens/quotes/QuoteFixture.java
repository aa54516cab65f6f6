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
}

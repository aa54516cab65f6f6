package io.newslens.quotes;

import java.util.List;

import io.newslens.model.Quote;
import io.newslens.names.Entities;
import io.newslens.nlp.AnnotatedText;

/**
 * Finds direct, partial and indirect quotes and attributes each to a speaker entity.
 * Implementations are thread-safe.
 */
public interface QuoteFinder {

    /** Finds the quotes of {@code text}, attributing them to {@code entities} where the text allows. */
    List<Quote> find(AnnotatedText text, Entities entities);
}

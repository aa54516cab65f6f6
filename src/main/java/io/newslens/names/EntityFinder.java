package io.newslens.names;

import io.newslens.nlp.AnnotatedText;

/**
 * Finds the people, places and organizations of an article and merges their mentions into entities.
 * Implementations are thread-safe.
 */
public interface EntityFinder {

    /** Finds the entities of {@code text}; mention offsets index {@code text.text()}. */
    Entities find(AnnotatedText text);
}

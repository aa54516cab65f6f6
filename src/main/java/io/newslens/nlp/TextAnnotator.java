package io.newslens.nlp;

/**
 * Splits a body text into sentences and tokens with part-of-speech tags. Implementations are
 * thread-safe.
 */
public interface TextAnnotator {

    /** Annotates {@code text}; offsets of the result index {@code text}. */
    AnnotatedText annotate(String text);
}

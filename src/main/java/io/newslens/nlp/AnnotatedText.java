package io.newslens.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A body text split into sentences and tokens: what every extraction stage works on.
 *
 * @param text the body text all offsets index
 * @param sentences the sentences, in order
 */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    /** Number of tokens over all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}

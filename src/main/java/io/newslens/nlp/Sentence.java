package io.newslens.nlp;

import java.util.List;

/**
 * A sentence of the body text with its tokens.
 *
 * @param start offset into the body text
 * @param end end offset (exclusive)
 * @param tokens the sentence's tokens, in order
 */
public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}

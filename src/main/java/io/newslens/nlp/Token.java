package io.newslens.nlp;

/**
 * A token of the body text.
 *
 * @param start offset into the body text
 * @param end end offset (exclusive)
 * @param text the token as written
 * @param pos its part-of-speech tag (Universal Dependencies tag set of Apache's English model)
 */
public record Token(int start, int end, String text, String pos) {
}

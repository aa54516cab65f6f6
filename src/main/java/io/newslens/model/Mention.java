package io.newslens.model;

/**
 * One place in the body text where an entity is named.
 *
 * @param start offset into {@link Article#text()}
 * @param end end offset (exclusive)
 * @param text the text between the offsets
 */
public record Mention(int start, int end, String text) {
}

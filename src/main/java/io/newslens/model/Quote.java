package io.newslens.model;

import java.util.Objects;

/**
 * Something a person or organization said, as the article reports it.
 *
 * @param start offset of the quoted words (without quotation marks) in {@link Article#text()}
 * @param end end offset (exclusive)
 * @param text the quoted words
 * @param kind direct, partial or indirect
 * @param cue the speech verb or phrase ("said", "according to"), or {@code null}
 * @param speaker who said it, or {@code null} when the text names nobody
 */
public record Quote(int start, int end, String text, QuoteKind kind, String cue, Speaker speaker) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** How the words are reported. */
    public enum QuoteKind { DIRECT, PARTIAL, INDIRECT }

    /**
     * The speaker of a quote.
     *
     * @param entity the id of the person or organization entity, or {@code null} if it is none
     * @param name the entity's canonical name (or the description used when there is no entity)
     * @param start offset of the mention that attributes the quote
     * @param end end offset (exclusive) of that mention
     */
    public record Speaker(String entity, String name, int start, int end) {
    }
}

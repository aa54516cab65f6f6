package io.newslens.model;

import java.util.Objects;

/**
 * The dateline that opens a wire story ("SEOUL –", "LONDON (Reuters) -"). It stays in the body text;
 * {@code start}/{@code end} locate it there.
 *
 * @param place the place as written, e.g. {@code "SEOUL"}
 * @param agency the news agency named in the dateline, or {@code null}
 * @param start offset of the dateline in the body text
 * @param end end offset (exclusive) of the dateline in the body text
 */
public record Dateline(String place, String agency, int start, int end) {
    public Dateline {
        Objects.requireNonNull(place, "place");
    }
}

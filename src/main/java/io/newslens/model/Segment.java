package io.newslens.model;

import java.util.Objects;

/**
 * A piece of the saved page that is not part of the article body, kept so nothing is silently lost.
 *
 * @param kind what the piece is
 * @param text the piece's text as it appeared on the page
 */
public record Segment(SegmentKind kind, String text) {
    public Segment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}

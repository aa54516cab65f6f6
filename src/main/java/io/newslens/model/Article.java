package io.newslens.model;

import java.util.List;
import java.util.Objects;

/**
 * A news article as the loader found it: its metadata, the clean body text and everything that was
 * removed from the page to get that body.
 *
 * <p>All character offsets elsewhere in newslens index {@link #text()}.
 *
 * @param title the headline, or {@code null} when the page gives none
 * @param authors the people (or agencies) in the byline, in order; empty when unknown
 * @param publisher the site or agency that published the article, or {@code null}
 * @param published the publication date and where it came from, or {@code null} when nothing supports one
 * @param dateline the dateline ("SEOUL –", "LONDON (Reuters) -"), or {@code null}
 * @param text the clean body text, paragraphs separated by a blank line
 * @param removed the page parts that are not the article body, in page order
 */
public record Article(String title, List<String> authors, String publisher, Published published,
                      Dateline dateline, String text, List<Segment> removed) {

    public Article {
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors);
        removed = List.copyOf(removed);
    }

    /** An article made of a body text alone, with no metadata and nothing removed. */
    public static Article ofText(String text) {
        return new Article(null, List.of(), null, null, null, text, List.of());
    }
}

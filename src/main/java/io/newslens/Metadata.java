package io.newslens;

import java.time.LocalDate;

import io.newslens.model.InputFormat;

/**
 * What the caller already knows about an article: it takes precedence over what the loader would
 * infer. Every field may be {@code null}.
 *
 * @param id an identifier echoed in the output ({@code "id"}), e.g. an input record's id
 * @param title the headline
 * @param published the publication date, the anchor for relative dates
 * @param url the page address
 * @param format how to read the text; {@code null} means {@link InputFormat#PLAIN} for strings
 */
public record Metadata(String id, String title, LocalDate published, String url, InputFormat format) {

    /** Nothing known. */
    public static Metadata none() {
        return new Metadata(null, null, null, null, null);
    }

    /** Only the publication date is known. */
    public static Metadata published(LocalDate date) {
        return new Metadata(null, null, date, null, null);
    }

    /** A copy with {@code format} set. */
    public Metadata withFormat(InputFormat newFormat) {
        return new Metadata(id, title, published, url, newFormat);
    }

    /** A copy with {@code published} set. */
    public Metadata withPublished(LocalDate date) {
        return new Metadata(id, title, date, url, format);
    }

    /** This metadata where a field is set, else {@code fallback}'s. */
    public Metadata orElse(Metadata fallback) {
        return new Metadata(id != null ? id : fallback.id, title != null ? title : fallback.title,
                published != null ? published : fallback.published, url != null ? url : fallback.url,
                format != null ? format : fallback.format);
    }
}

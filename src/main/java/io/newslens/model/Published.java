package io.newslens.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication date together with the evidence it rests on.
 *
 * @param value the calendar date
 * @param basis where the date came from, so users can decide how far to trust it: {@code "timestamp"}
 *     (a stamp line of the page), {@code "metadata"} (a sidecar file, the {@code --published} option or
 *     the caller), {@code "inferred-from-caption-date"}, {@code "inferred-from-text-date"}, or for HTML
 *     the page element it was read from ({@code "json-ld:datePublished"}, {@code "meta:article:published_time"}, ...)
 */
public record Published(LocalDate value, String basis) {
    public Published {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
    }
}

package io.newslens.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication date together with the evidence it rests on.
 *
 * @param value the calendar date
 * @param basis where the date came from, e.g. {@code "timestamp-line"}, {@code "sidecar"},
 *     {@code "option"}, {@code "caption-date"}; lets users decide how far to trust it
 */
public record Published(LocalDate value, String basis) {
    public Published {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
    }
}

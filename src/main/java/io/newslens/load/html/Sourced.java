package io.newslens.load.html;

import java.util.Objects;

/**
 * A metadata value and where on the page it was found.
 *
 * @param value the value
 * @param basis its source, e.g. {@code "json-ld:headline"}, {@code "meta:og:title"}, {@code "url-path"}
 * @param <T> the value's type
 */
public record Sourced<T>(T value, String basis) {
    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
    }
}

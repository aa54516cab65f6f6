package io.newslens.model;

import java.util.Objects;

/**
 * Where an analysed article came from.
 *
 * @param path the file path as given, or the record id / {@code "-"} for standard input
 * @param format the input's format
 */
public record Source(String path, InputFormat format) {
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }
}

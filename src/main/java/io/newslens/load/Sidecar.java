package io.newslens.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newslens.ArticleException;
import io.newslens.Metadata;

/**
 * Reads the optional sidecar {@code NAME.meta.json} beside a saved article:
 * {@code {"published": "2020-07-16", "url": "...", "title": "..."}}.
 */
public final class Sidecar {

    private Sidecar() {
    }

    /**
     * Built on the first sidecar read: most articles have none, and starting Jackson's object mapper
     * (some 450 classes) was an eighth of a one-article run from a cold JVM.
     */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    /** The sidecar's metadata, or {@link Metadata#none()} when there is no sidecar. */
    public static Metadata read(Path article) throws ArticleException {
        Path name = article.getFileName();
        if (name == null) {
            return Metadata.none();
        }
        Path sidecar = article.resolveSibling(nameOf(name.toString()));
        if (!Files.isRegularFile(sidecar)) {
            return Metadata.none();
        }
        try {
            return parse(sidecar.toString(), Files.readAllBytes(sidecar));
        } catch (IOException e) {
            throw new ArticleException(sidecar.toString(), "sidecar is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The name of an article's sidecar: {@code dir/NAME.meta.json} for {@code dir/NAME.txt}. Plain string
     * work, so that it serves paths of any file system ({@code hdfs://...}, {@code s3a://...}) alike.
     */
    public static String nameOf(String article) {
        int slash = article.lastIndexOf('/') + 1;
        int dot = article.lastIndexOf('.');
        return (dot > slash ? article.substring(0, dot) : article) + ".meta.json";
    }

    /**
     * The metadata in a sidecar's bytes.
     *
     * @param sidecar the sidecar's name, for errors
     * @throws ArticleException if it is not valid JSON or its date is not a date
     */
    public static Metadata parse(String sidecar, byte[] json) throws ArticleException {
        try {
            JsonNode node = Mapper.INSTANCE.readTree(json);
            return new Metadata(null, text(node, "title"), date(node, sidecar), text(node, "url"), null);
        } catch (IOException e) {
            throw new ArticleException(sidecar, "sidecar is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode node, String sidecar) throws ArticleException {
        String v = text(node, "published");
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw new ArticleException(sidecar, "\"published\" is not a date: " + v, e);
        }
    }
}

package io.newslens.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.model.InputFormat;

/**
 * One JSON input record ({@code {"id", "text"|"html", "published", "title", "url", "format"}}), as the
 * output contract defines it: read by {@code analyze --records} and by the HTTP service alike.
 *
 * <p>Parsing checks only that the record is a JSON object, so a record with an id can still be named in
 * its error; {@link #metadata()} and {@link #content(InputFormat)} check the fields.
 */
public final class InputRecord {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode node;
    private final String id;
    private final String name;

    private InputRecord(JsonNode node, String fallbackName) {
        this.node = node;
        this.id = node.hasNonNull("id") ? node.get("id").asText() : null;
        this.name = id != null ? id : fallbackName;
    }

    /**
     * Parses one record.
     *
     * @param json the record's JSON text
     * @param fallbackName how errors name a record without an id, e.g. {@code "record 3"}
     * @throws ArticleException if the text is not a JSON object
     */
    public static InputRecord parse(String json, String fallbackName) throws ArticleException {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new ArticleException(fallbackName, "record is not a JSON object");
            }
            return new InputRecord(node, fallbackName);
        } catch (JsonProcessingException e) {
            throw new ArticleException(fallbackName, "record is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A record already read as JSON (built from a table row, say).
     *
     * @param fallbackName how errors name a record without an id
     */
    public static InputRecord of(ObjectNode node, String fallbackName) {
        return new InputRecord(node, fallbackName);
    }

    /** The record's {@code "id"}, or {@code null}. */
    public String id() {
        return id;
    }

    /** The id, or the fallback name when the record has none. */
    public String name() {
        return name;
    }

    /**
     * What the record says of its article; its id is {@link #name()}.
     *
     * @throws ArticleException if a field has the wrong type or value
     */
    public Metadata metadata() throws ArticleException {
        InputFormat format = format();
        LocalDate published = null;
        String p = string("published");
        if (p != null) {
            try {
                published = LocalDate.parse(p.length() > 10 ? p.substring(0, 10) : p);
            } catch (DateTimeParseException e) {
                throw new ArticleException(name, "\"published\" is not a date: " + p, e);
            }
        }
        return new Metadata(name, string("title"), published, string("url"), format);
    }

    /**
     * The article: the {@code "html"} field for HTML, else {@code "text"}.
     *
     * @throws ArticleException if that field is missing or not a string
     */
    public String content(InputFormat format) throws ArticleException {
        String field = format == InputFormat.HTML ? "html" : "text";
        String content = string(field);
        if (content == null) {
            throw new ArticleException(name, "record has no \"" + field + "\" field");
        }
        return content;
    }

    private InputFormat format() throws ArticleException {
        String f = string("format");
        if (f == null) {
            return node.has("html") ? InputFormat.HTML : InputFormat.PLAIN;
        }
        return switch (f.toLowerCase(Locale.ROOT)) {
            case "plain" -> InputFormat.PLAIN;
            case "text" -> InputFormat.TEXT;
            case "html" -> InputFormat.HTML;
            default -> throw new ArticleException(name, "unknown \"format\": " + f
                    + " (expected plain, text or html)");
        };
    }

    private String string(String field) throws ArticleException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ArticleException(name, "\"" + field + "\" must be a string, not " + v.getNodeType()
                    .name().toLowerCase(Locale.ROOT));
        }
        return v.asText();
    }
}

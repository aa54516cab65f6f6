package io.newslens.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.model.InputFormat;

/**
 * Turns JSON Lines input records, one article per line, into one output line each: its analysis or
 * an error object naming the record and what was wrong.
 */
final class RecordReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final NewsLens lens;
    private final Metadata defaults;

    /** Reads records for {@code lens}; {@code defaults} fill what a record leaves out. */
    RecordReader(NewsLens lens, Metadata defaults) {
        this.lens = lens;
        this.defaults = defaults;
    }

    /** Analyses one input line (line number {@code lineNo}) into its output line. */
    Batch.Line analyze(String line, int lineNo) {
        String fallbackId = "record " + lineNo;
        JsonNode record;
        try {
            record = parse(line, fallbackId);
        } catch (ArticleException e) {
            return AnalyzeCommand.failure(null, e);
        }
        String id = record.hasNonNull("id") ? record.get("id").asText() : null;
        String name = id != null ? id : fallbackId;
        return AnalyzeCommand.analyze(name, id, () -> {
            Metadata fromRecord = metadata(record, name);
            return lens.analyze(content(record, fromRecord.format(), name), fromRecord.orElse(defaults));
        }, false);
    }

    private static JsonNode parse(String line, String name) throws ArticleException {
        try {
            JsonNode node = MAPPER.readTree(line);
            if (!node.isObject()) {
                throw new ArticleException(name, "record is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ArticleException(name, "record is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Metadata metadata(JsonNode r, String name) throws ArticleException {
        InputFormat format = format(r, name);
        LocalDate published = null;
        String p = string(r, "published", name);
        if (p != null) {
            try {
                published = LocalDate.parse(p.length() > 10 ? p.substring(0, 10) : p);
            } catch (DateTimeParseException e) {
                throw new ArticleException(name, "\"published\" is not a date: " + p, e);
            }
        }
        return new Metadata(name, string(r, "title", name), published, string(r, "url", name), format);
    }

    private static InputFormat format(JsonNode r, String name) throws ArticleException {
        String f = string(r, "format", name);
        if (f == null) {
            return r.has("html") ? InputFormat.HTML : InputFormat.PLAIN;
        }
        return switch (f.toLowerCase(Locale.ROOT)) {
            case "plain" -> InputFormat.PLAIN;
            case "text" -> InputFormat.TEXT;
            case "html" -> InputFormat.HTML;
            default -> throw new ArticleException(name, "unknown \"format\": " + f
                    + " (expected plain, text or html)");
        };
    }

    private static String content(JsonNode r, InputFormat format, String name) throws ArticleException {
        String field = format == InputFormat.HTML ? "html" : "text";
        String content = string(r, field, name);
        if (content == null) {
            throw new ArticleException(name, "record has no \"" + field + "\" field");
        }
        return content;
    }

    private static String string(JsonNode r, String field, String name) throws ArticleException {
        JsonNode v = r.get(field);
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

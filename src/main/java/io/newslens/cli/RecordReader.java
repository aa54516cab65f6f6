package io.newslens.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.json.AnalysisJson;
import io.newslens.model.InputFormat;

/**
 * Reads JSON Lines input records, one article per line, and writes one output line per record: its
 * analysis or an error object naming the record and what was wrong.
 */
final class RecordReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final NewsLens lens;

    RecordReader(NewsLens lens) {
        this.lens = lens;
    }

    /** Analyses every record of {@code in}; returns how many failed. */
    int analyzeAll(BufferedReader in, PrintWriter out) throws IOException {
        int failures = 0;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String fallbackId = "record " + lineNo;
            String id = null;
            try {
                JsonNode record = parse(line, fallbackId);
                id = record.hasNonNull("id") ? record.get("id").asText() : null;
                Metadata known = metadata(record, id != null ? id : fallbackId);
                String content = content(record, known.format(), id != null ? id : fallbackId);
                AnalysisJson.write(lens.analyze(content, known), out, false);
                out.println();
            } catch (ArticleException e) {
                failures++;
                System.err.println("newslens: " + e.getMessage());
                out.println(AnalysisJson.errorJson(id, e));
            }
        }
        return failures;
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

package io.newslens.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.model.Analysis;
import io.newslens.model.InputFormat;

/**
 * One input in, its one output line out: the analysis JSON, or the error JSON naming the input and
 * the reason. The command line and the Spark job both go through here, so that the same input gives
 * the same line, byte for byte, wherever it runs. Input records are JSON objects ({@code "id"},
 * {@code "text"} or {@code "html"}, {@code "format"}, {@code "published"}, {@code "title"},
 * {@code "url"}).
 */
public final class JsonLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {
    }

    /**
     * One output line.
     *
     * @param id the input record's id, or {@code null}
     * @param json the analysis or error JSON, without a line end
     * @param analysis the analysis, or {@code null} when the input failed
     * @param error why the input failed, or {@code null}
     */
    public record Line(String id, String json, Analysis analysis, ArticleException error) {

        /** Whether the input failed. */
        public boolean failed() {
            return error != null;
        }
    }

    /** An analysis that may fail for its input. */
    @FunctionalInterface
    public interface Analysing {
        /** Runs the analysis. */
        Analysis run() throws ArticleException;
    }

    /** Analyses an input record's content with the metadata the record gives. */
    @FunctionalInterface
    public interface RecordAnalysing {
        /** Runs the analysis. */
        Analysis run(String content, Metadata known) throws ArticleException;
    }

    /**
     * Runs one analysis and turns it, or its failure, into an output line.
     *
     * @param input the file or record analysed, named in an error that newslens did not foresee
     * @param id the record id echoed in an error line, or {@code null}
     */
    public static Line analyze(String input, String id, Analysing analysis, boolean indent) {
        try {
            Analysis a = analysis.run();
            return new Line(id, AnalysisJson.toJson(a, indent), a, null);
        } catch (ArticleException e) {
            return failure(id, e);
        } catch (RuntimeException | StackOverflowError e) {
            return failure(id, new ArticleException(input, "internal error: " + e, e));
        }
    }

    /** The error line for an input that could not be analysed. */
    public static Line failure(String id, ArticleException e) {
        return new Line(id, AnalysisJson.errorJson(id, e), null, e);
    }

    /**
     * Analyses one line of JSON Lines input.
     *
     * @param lineNo its line number, naming a record without an id ({@code "record 7"})
     * @param defaults what the record leaves out
     */
    public static Line record(String line, int lineNo, Metadata defaults, RecordAnalysing analysing) {
        String fallbackId = "record " + lineNo;
        JsonNode record;
        try {
            record = parse(line, fallbackId);
        } catch (ArticleException e) {
            return failure(null, e);
        }
        return record(record, fallbackId, defaults, analysing);
    }

    /**
     * Analyses one input record already parsed.
     *
     * @param fallbackId the name of a record without an id
     * @param defaults what the record leaves out
     */
    public static Line record(JsonNode record, String fallbackId, Metadata defaults, RecordAnalysing analysing) {
        String id = record.hasNonNull("id") ? record.get("id").asText() : null;
        String name = id != null ? id : fallbackId;
        return analyze(name, id, () -> {
            Metadata fromRecord = metadata(record, name);
            return analysing.run(content(record, fromRecord.format(), name), fromRecord.orElse(defaults));
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

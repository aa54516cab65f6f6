package io.newslens.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import io.newslens.ArticleException;
import io.newslens.model.Analysis;
import io.newslens.model.Article;
import io.newslens.model.Entity;
import io.newslens.model.Mention;
import io.newslens.model.Quote;
import io.newslens.model.Segment;
import io.newslens.model.TimeExpression;

/**
 * Writes analyses as JSON per the newslens output contract ({@code "schema": "newslens/1"}).
 * The domain records know nothing of JSON; the mapping lives here, written field by field with a
 * streaming generator so the field order is fixed and nothing is buffered beyond one analysis.
 */
public final class AnalysisJson {

    /** The schema identifier every output document carries. */
    public static final String SCHEMA = "newslens/1";

    private static final JsonFactory FACTORY = new JsonFactory();

    private AnalysisJson() {
    }

    /** The analysis as a JSON document, on one line unless {@code pretty}. */
    public static String toJson(Analysis analysis, boolean pretty) {
        StringWriter out = new StringWriter();
        write(analysis, out, pretty);
        return out.toString();
    }

    /** Writes the analysis as a JSON document to {@code out} (not closed, no line end added). */
    public static void write(Analysis analysis, Writer out, boolean pretty) {
        try (JsonGenerator g = generator(out, pretty)) {
            writeAnalysis(g, analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The error line for an input that could not be analysed. */
    public static String errorJson(String id, ArticleException error) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = generator(out, false)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            if (id != null) {
                g.writeStringField("id", id);
            }
            g.writeObjectFieldStart("error");
            g.writeStringField("input", error.input());
            g.writeStringField("reason", error.reason());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(
                    new DefaultIndenter("  ", "\n")));
        }
        return g;
    }

    private static void writeAnalysis(JsonGenerator g, Analysis a) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        if (a.id() != null) {
            g.writeStringField("id", a.id());
        }
        g.writeObjectFieldStart("source");
        g.writeStringField("path", a.source().path());
        g.writeStringField("format", lower(a.source().format()));
        g.writeEndObject();
        writeArticle(g, a.article());
        writeEntities(g, "people", a.people());
        writeEntities(g, "places", a.places());
        writeEntities(g, "organizations", a.organizations());
        writeDates(g, a.dates());
        writeQuotes(g, a.quotes());
        g.writeEndObject();
    }

    private static void writeArticle(JsonGenerator g, Article a) throws IOException {
        g.writeObjectFieldStart("article");
        g.writeStringField("title", a.title());
        g.writeArrayFieldStart("authors");
        for (String author : a.authors()) {
            g.writeString(author);
        }
        g.writeEndArray();
        g.writeStringField("publisher", a.publisher());
        if (a.published() == null) {
            g.writeNullField("published");
        } else {
            g.writeObjectFieldStart("published");
            g.writeStringField("value", a.published().value().toString());
            g.writeStringField("basis", a.published().basis());
            g.writeEndObject();
        }
        if (a.dateline() == null) {
            g.writeNullField("dateline");
        } else {
            g.writeObjectFieldStart("dateline");
            g.writeStringField("place", a.dateline().place());
            g.writeStringField("agency", a.dateline().agency());
            g.writeNumberField("start", a.dateline().start());
            g.writeNumberField("end", a.dateline().end());
            g.writeEndObject();
        }
        g.writeStringField("text", a.text());
        g.writeArrayFieldStart("removed");
        for (Segment s : a.removed()) {
            g.writeStartObject();
            g.writeStringField("kind", lower(s.kind()));
            g.writeStringField("text", s.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeEntities(JsonGenerator g, String field, List<Entity> entities) throws IOException {
        if (entities == null) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (Entity e : entities) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("name", e.name());
            g.writeArrayFieldStart("mentions");
            for (Mention m : e.mentions()) {
                g.writeStartObject();
                writeSpan(g, m.start(), m.end(), m.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("roles");
            for (String role : e.roles()) {
                g.writeString(role);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeDates(JsonGenerator g, List<TimeExpression> dates) throws IOException {
        if (dates == null) {
            return;
        }
        g.writeArrayFieldStart("dates");
        for (TimeExpression t : dates) {
            g.writeStartObject();
            writeSpan(g, t.start(), t.end(), t.text());
            g.writeStringField("type", t.type().name());
            g.writeStringField("value", t.value());
            if (t.mod() != null) {
                g.writeStringField("mod", t.mod());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeQuotes(JsonGenerator g, List<Quote> quotes) throws IOException {
        if (quotes == null) {
            return;
        }
        g.writeArrayFieldStart("quotes");
        for (Quote q : quotes) {
            g.writeStartObject();
            writeSpan(g, q.start(), q.end(), q.text());
            g.writeStringField("kind", lower(q.kind()));
            g.writeStringField("cue", q.cue());
            if (q.speaker() == null) {
                g.writeNullField("speaker");
            } else {
                g.writeObjectFieldStart("speaker");
                g.writeStringField("entity", q.speaker().entity());
                g.writeStringField("name", q.speaker().name());
                g.writeNumberField("start", q.speaker().start());
                g.writeNumberField("end", q.speaker().end());
                g.writeEndObject();
            }
            writeParts(g, q.parts());
            g.writeStringField("mode", lower(q.mode()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The quoted fragments of a partial quote; the field is left out when there are none. */
    private static void writeParts(JsonGenerator g, List<Quote.Part> parts) throws IOException {
        if (parts.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("parts");
        for (Quote.Part p : parts) {
            g.writeStartObject();
            writeSpan(g, p.start(), p.end(), p.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeSpan(JsonGenerator g, int start, int end, String text) throws IOException {
        g.writeNumberField("start", start);
        g.writeNumberField("end", end);
        g.writeStringField("text", text);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}

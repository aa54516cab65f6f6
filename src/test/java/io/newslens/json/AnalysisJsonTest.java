package io.newslens.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newslens.ArticleException;
import io.newslens.model.Analysis;
import io.newslens.model.Article;
import io.newslens.model.Dateline;
import io.newslens.model.Entity;
import io.newslens.model.InputFormat;
import io.newslens.model.Mention;
import io.newslens.model.Published;
import io.newslens.model.Quote;
import io.newslens.model.Segment;
import io.newslens.model.SegmentKind;
import io.newslens.model.Source;
import io.newslens.model.TimeExpression;

class AnalysisJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TEXT = "SEOUL – Pompeo said Thursday.";

    private static Article article() {
        return new Article("A title", List.of("Matthew Lee"), "AP", new Published(LocalDate.of(2020, 7, 16),
                "timestamp"), new Dateline("SEOUL", null, 0, 7), TEXT,
                List.of(new Segment(SegmentKind.CAPTION, "A caption")));
    }

    @Test
    void writesTheContractFieldsAndLeavesMissingLayersOut() throws Exception {
        Analysis a = new Analysis(null, new Source("x.txt", InputFormat.TEXT), article(),
                null, null, null, null, null);
        JsonNode json = MAPPER.readTree(AnalysisJson.toJson(a, false));

        assertEquals("newslens/1", json.get("schema").asText());
        assertEquals("x.txt", json.at("/source/path").asText());
        assertEquals("text", json.at("/source/format").asText());
        assertEquals("A title", json.at("/article/title").asText());
        assertEquals("Matthew Lee", json.at("/article/authors/0").asText());
        assertEquals("2020-07-16", json.at("/article/published/value").asText());
        assertEquals("timestamp", json.at("/article/published/basis").asText());
        assertEquals("SEOUL", json.at("/article/dateline/place").asText());
        assertTrue(json.at("/article/dateline/agency").isNull());
        assertEquals(TEXT, json.at("/article/text").asText());
        assertEquals("caption", json.at("/article/removed/0/kind").asText());
        for (String layer : List.of("id", "people", "places", "organizations", "dates", "quotes")) {
            assertFalse(json.has(layer), layer + " must be absent");
        }
    }

    @Test
    void writesEntitiesDatesAndQuotesWithOffsets() throws Exception {
        Entity pompeo = new Entity("p1", "Mike Pompeo", List.of(new Mention(8, 14, "Pompeo")),
                List.of("Secretary of State"));
        TimeExpression thursday = new TimeExpression(20, 28, "Thursday", TimeExpression.TimeType.DATE,
                "2020-07-16", null);
        Quote quote = new Quote(0, 5, "SEOUL", Quote.QuoteKind.INDIRECT, "said",
                new Quote.Speaker("p1", "Mike Pompeo", 8, 14));
        Analysis a = new Analysis("doc-1", new Source("doc-1", InputFormat.PLAIN), article(),
                List.of(pompeo), List.of(), List.of(), List.of(thursday), List.of(quote));
        JsonNode json = MAPPER.readTree(AnalysisJson.toJson(a, true));

        assertEquals("doc-1", json.get("id").asText());
        assertEquals("Mike Pompeo", json.at("/people/0/name").asText());
        assertEquals("Pompeo", json.at("/people/0/mentions/0/text").asText());
        assertEquals(8, json.at("/people/0/mentions/0/start").asInt());
        assertEquals("Secretary of State", json.at("/people/0/roles/0").asText());
        assertEquals(0, json.get("places").size());
        assertEquals("DATE", json.at("/dates/0/type").asText());
        assertEquals("2020-07-16", json.at("/dates/0/value").asText());
        assertFalse(json.at("/dates/0").has("mod"));
        assertEquals("indirect", json.at("/quotes/0/kind").asText());
        assertEquals("p1", json.at("/quotes/0/speaker/entity").asText());
        assertEquals(TEXT.substring(20, 28), json.at("/dates/0/text").asText());
    }

    @Test
    void quoteModeRoundTripsThroughJson() throws Exception {
        Quote belief = new Quote(0, 5, "SEOUL", Quote.QuoteKind.INDIRECT, "believes",
                new Quote.Speaker("p1", "Mike Pompeo", 8, 14), List.of(), Quote.Mode.BELIEF);
        Quote speech = new Quote(20, 28, "Thursday", Quote.QuoteKind.INDIRECT, null, null);
        Quote evidence = new Quote(0, 5, "SEOUL", Quote.QuoteKind.INDIRECT, "shows", null, List.of(),
                Quote.Mode.EVIDENCE);
        Analysis a = new Analysis("doc-1", new Source("doc-1", InputFormat.PLAIN), article(),
                List.of(), List.of(), List.of(), List.of(), List.of(belief, speech, evidence));
        JsonNode json = MAPPER.readTree(AnalysisJson.toJson(a, false));
        List<Quote.Mode> read = new ArrayList<>();
        json.get("quotes").forEach(q -> read.add(Quote.Mode.valueOf(q.get("mode").asText().toUpperCase(Locale.ROOT))));
        assertEquals(List.of(Quote.Mode.BELIEF, Quote.Mode.SPEECH, Quote.Mode.EVIDENCE), read);
        assertEquals("belief", json.at("/quotes/0/mode").asText());
        assertEquals("speech", json.at("/quotes/1/mode").asText());
        assertEquals("evidence", json.at("/quotes/2/mode").asText());
    }

    @Test
    void errorLinesNameTheInputAndTheReason() throws Exception {
        JsonNode json = MAPPER.readTree(AnalysisJson.errorJson("doc-9", new ArticleException("doc-9", "empty article")));
        assertEquals("doc-9", json.get("id").asText());
        assertEquals("doc-9", json.at("/error/input").asText());
        assertEquals("empty article", json.at("/error/reason").asText());
    }
}

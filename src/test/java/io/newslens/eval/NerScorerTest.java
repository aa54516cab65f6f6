package io.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newslens.model.Analysis;
import io.newslens.model.Article;
import io.newslens.model.Entity;
import io.newslens.model.InputFormat;
import io.newslens.model.Mention;
import io.newslens.model.Source;

class NerScorerTest {

    private static final String TEXT = "Spokeswoman Sandy Angers said the United States and Apple agreed. Later text.";

    private static JsonNode gold() throws Exception {
        return new ObjectMapper().readTree("""
                {"text": "x", "layers": ["people", "places", "organizations"], "annotatedUpTo": 66,
                 "people": [{"start": 0, "end": 24, "text": "Spokeswoman Sandy Angers"},
                            {"start": 12, "end": 24, "text": "Sandy Angers"}],
                 "places": [{"start": 30, "end": 47, "text": "the United States",
                             "head": {"start": 34, "end": 47, "text": "United States"}}],
                 "organizations": [{"start": 52, "end": 57, "text": "Apple"}]}
                """);
    }

    private static Entity entity(String id, Mention... mentions) {
        return new Entity(id, mentions[0].text(), List.of(mentions), List.of());
    }

    private static Analysis predicted() {
        return new Analysis(null, new Source("-", InputFormat.TEXT), Article.ofText(TEXT),
                List.of(entity("p1", new Mention(12, 24, "Sandy Angers"))),
                List.of(entity("l1", new Mention(34, 47, "United States"))),
                // "Apple" is right; "Later" (a wrong guess) lies after annotatedUpTo and is ignored.
                List.of(entity("o1", new Mention(52, 57, "Apple")), entity("o2", new Mention(67, 72, "Later"))),
                null, null);
    }

    @Test
    void overlapAndExactScoresPerLayer() throws Exception {
        NerScorer scorer = new NerScorer();
        JsonNode gold = gold();
        assertTrue(scorer.appliesTo(gold));
        scorer.add(gold, predicted());
        Map<String, Double> m = scorer.metrics();
        assertEquals(2.0, m.get("people.gold"));
        assertEquals(1.0, m.get("people.overlap.precision"));
        assertEquals(1.0, m.get("people.overlap.recall"));
        assertEquals(1.0, m.get("people.exact.precision"));
        assertEquals(0.5, m.get("people.exact.recall"));
        assertEquals(2 * 0.5 / 1.5, m.get("people.exact.f1"), 1e-9);
        assertEquals(1.0, m.get("places.exact.f1"), "the head counts as an exact match");
        assertEquals(1.0, m.get("organizations.overlap.precision"));
        assertEquals(1.0, m.get("organizations.predicted"));
    }

    @Test
    void missingAnalysisCountsAsNothingFound() throws Exception {
        NerScorer scorer = new NerScorer();
        scorer.add(gold(), null);
        Map<String, Double> m = scorer.metrics();
        assertEquals(0.0, m.get("places.overlap.recall"));
        assertEquals(0.0, m.get("places.overlap.f1"));
    }

    @Test
    void appliesOnlyToDocumentsWithNameLayers() throws Exception {
        JsonNode dates = new ObjectMapper().readTree("{\"text\": \"x\", \"layers\": [\"dates\"]}");
        assertFalse(new NerScorer().appliesTo(dates));
    }
}

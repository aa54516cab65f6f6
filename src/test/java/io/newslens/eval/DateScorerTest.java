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
import io.newslens.model.InputFormat;
import io.newslens.model.Source;
import io.newslens.model.TimeExpression;
import io.newslens.model.TimeExpression.TimeType;

class DateScorerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode gold(String json) throws Exception {
        return MAPPER.readTree(json.replace('\'', '"'));
    }

    private static Analysis predicted(String text, TimeExpression... dates) {
        Article article = Article.ofText(text);
        return new Analysis("x", new Source("x", InputFormat.TEXT), article, null, null, null, List.of(dates), null);
    }

    @Test
    void scoresSpansThenTypesAndValuesLikeTempEval3() throws Exception {
        String text = "On Friday, the third quarter ended two years ago.";
        JsonNode gold = gold("{'text':'', 'layers':['dates'], 'dates':["
                + "{'start':3,'end':9,'type':'DATE','value':'2020-07-10'},"
                + "{'start':11,'end':28,'type':'DATE','value':'2020-Q3'},"
                + "{'start':35,'end':48,'type':'DATE','value':'2018'}]}");
        DateScorer scorer = new DateScorer();
        assertTrue(scorer.appliesTo(gold));
        scorer.add(gold, predicted(text,
                new TimeExpression(3, 9, "Friday", TimeType.DATE, "2020-07-10", null),
                new TimeExpression(15, 28, "third quarter", TimeType.DATE, "2020-Q2", null),
                new TimeExpression(35, 44, "two years", TimeType.DURATION, "P2Y", null),
                new TimeExpression(0, 2, "On", TimeType.DATE, "PRESENT_REF", null)));
        Map<String, Double> m = scorer.metrics();
        assertEquals(0.25, m.get("dates.strict.precision"), 1e-9);
        assertEquals(1.0 / 3, m.get("dates.strict.recall"), 1e-9);
        assertEquals(0.75, m.get("dates.relaxed.precision"), 1e-9);
        assertEquals(1.0, m.get("dates.relaxed.recall"), 1e-9);
        assertEquals(2.0 / 3, m.get("dates.type.accuracy"), 1e-9);
        assertEquals(1.0 / 3, m.get("dates.value.accuracy"), 1e-9);
        assertEquals(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), m.get("dates.value.f1"), 1e-9);
    }

    /** The whole set and its held-out part count a document matched once as each would alone. */
    @Test
    void oneMatchCountsForTheSetAndItsPart() throws Exception {
        String text = "Talks resumed on Monday and end next week.";
        JsonNode gold = gold("{'text':'', 'layers':['dates'], 'dates':["
                + "{'start':17,'end':23,'type':'DATE','value':'2021-03-01'},"
                + "{'start':32,'end':41,'type':'DATE','value':'2021-W10'}]}");
        Analysis analysis = predicted(text,
                new TimeExpression(17, 23, "Monday", TimeType.DATE, "2021-03-01", null),
                new TimeExpression(32, 41, "next week", TimeType.DATE, "2021-W11", null));
        DateScorer alone = new DateScorer();
        alone.add(gold, analysis);
        DateScorer all = new DateScorer();
        DateScorer part = new DateScorer();
        all.add(gold, analysis, part);
        assertEquals(alone.metrics(), all.metrics());
        assertEquals(alone.metrics(), part.metrics());
        assertEquals(0.5, part.metrics().get("dates.value.f1"), 1e-9);
        assertEquals(1.0, part.metrics().get("dates.strict.f1"), 1e-9);
    }

    @Test
    void honoursMeantimeAnnotatedRangeAndDateLine() throws Exception {
        JsonNode gold = gold("{'text':'', 'layers':['people','dates'], 'annotatedUpTo':40,"
                + "'dctSpan':{'start':10,'end':24}, 'dates':[{'start':30,'end':35,'type':'DATE','value':'2008'}]}");
        DateScorer scorer = new DateScorer();
        scorer.add(gold, predicted("x".repeat(60),
                new TimeExpression(30, 35, "x", TimeType.DATE, "2008", null),
                new TimeExpression(12, 20, "x", TimeType.DATE, "2008-03-27", null),
                new TimeExpression(45, 50, "x", TimeType.DATE, "2009", null)));
        Map<String, Double> m = scorer.metrics();
        assertEquals(1.0, m.get("dates.strict.f1"), 1e-9);
        assertEquals(1.0, m.get("dates.value.f1"), 1e-9);
    }

    @Test
    void scoresOnlyDocumentsWithTheDatesLayer() throws Exception {
        assertFalse(new DateScorer().appliesTo(gold("{'text':'', 'layers':['people']}")));
        assertTrue(new DateScorer().metrics().isEmpty());
    }
}

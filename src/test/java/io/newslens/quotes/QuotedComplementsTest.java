package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.model.Quote;

/** A quoted fragment after its cue is reported with the statement that holds it. */
class QuotedComplementsTest {

    private static Quote only(String text) {
        List<Quote> quotes = QuoteFixture.find(text);
        assertEquals(1, quotes.size(), () -> "quotes: " + quotes);
        return quotes.get(0);
    }

    @Test
    void fragmentInsideTheCuesClauseIsReportedWithTheClause() {
        Quote q = only("Senator Alma Reyes warned of a “brutal” fight over the budget this spring.");
        assertEquals("a “brutal” fight over the budget this spring", q.text());
        assertEquals(Quote.QuoteKind.PARTIAL, q.kind());
        assertEquals(List.of("brutal"), q.parts().stream().map(Quote.Part::text).toList());
    }

    @Test
    void infinitiveAfterTheCueStartsTheStatement() {
        Quote q = only("Mayor Tom Lindqvist vowed to “fix every pothole” in the city by the summer.");
        assertEquals("to “fix every pothole” in the city by the summer", q.text());
    }

    @Test
    void dashAfterTheFragmentEndsTheStatement() {
        Quote q = only("Mayor Tom Lindqvist vowed to “fix every pothole” by May — a pledge made twice before.");
        assertEquals("to “fix every pothole” by May", q.text());
    }

    @Test
    void fragmentEndingItsSentenceEndsTheStatement() {
        Quote q = only("Governor Lena Park described the plan as “a good start.”");
        assertEquals("the plan as “a good start.”", q.text());
    }
}

package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.model.Quote;
import io.newslens.model.Quote.QuoteKind;

/**
 * Reported speech whose source or cue stands where the first rules did not look (issue #15): long
 * subjects, subjects that count people, cues after another verb. Each text is made up for the test.
 */
class SpeechFormsTest {

    /** The one indirect quote of {@code text}. */
    private static Quote indirect(String text) {
        List<Quote> of = QuoteFixture.find(text).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
        assertEquals(1, of.size(), "one indirect quote in " + of);
        return of.get(0);
    }

    private static void assertQuote(Quote q, String text, String cue, String speaker) {
        assertEquals(text, q.text());
        assertEquals(cue, q.cue());
        assertEquals(speaker, q.speaker().name());
    }

    @Test
    void glossedNameBeforeAnApposition() {
        assertQuote(indirect("Senator Dana Whitcomb (D-Ore.), the senior member of the budget panel, said she would oppose the cuts."),
                "she would oppose the cuts", "said", "Dana Whitcomb");
    }
}

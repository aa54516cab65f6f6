package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Statements a name or a source labels with a colon, as headlines write them. */
class HeadlinesTest {

    /** "speaker: statement" of the one-sentence {@code text}, or null. */
    private static String statement(String text) {
        Tokens t = QuoteFixture.tokens(text);
        Phrases phrases = new Phrases(t);
        Cues cues = new Cues(t, phrases);
        Attributions attributions = new Attributions(t, phrases, cues, new CueSpeakers(t, phrases, cues),
                new boolean[t.quotes.size()]);
        Report r = new Headlines(t, phrases, attributions).of(0, t.size());
        return r == null ? null : r.speaker().name() + ": " + QuoteFixture.words(t, r.from(), r.to());
    }

    @Test
    void nameBeforeAColonLabelsTheStatement() {
        assertEquals("Marco Rubio: Clinton needs to change course on trade.",
                statement("Marco Rubio: Clinton needs to change course on trade."));
    }

    @Test
    void findingSourceBeforeAColonLabelsTheFinding() {
        assertEquals("Poll: Clinton and Trump in dead heat", statement("Poll: Clinton and Trump in dead heat"));
    }

    @Test
    void capitalLabelOrShortRestIsNoStatement() {
        assertNull(statement("WATCH: Clinton and Trump in dead heat"));
        assertNull(statement("Marco Rubio: Never."));
        assertNull(statement("The plan has three parts: taxes, schools and roads."));
    }
}

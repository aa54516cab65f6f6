package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cue and speaker each quoted stretch is given, by where the attribution stands. */
class AttributionsTest {

    private record Run(Tokens t, Attributions attributions) {
        /** "cue / speaker" of the quote {@code q}, or null. */
        String of(int q) {
            int first = t.firstToken(q);
            Attributions.Found f = attributions.of(q, t.sentenceStart(first), t.sentenceEnd(first));
            return f == null ? null : f.cue() + " / " + f.speaker().name();
        }
    }

    /** The attributions of {@code text}, each quote direct or not as {@code QuoteKinds} says. */
    private static Run run(String text) {
        Tokens t = QuoteFixture.tokens(text);
        Phrases phrases = new Phrases(t);
        Cues cues = new Cues(t, phrases);
        boolean[] direct = new boolean[t.quotes.size()];
        QuoteKinds kinds = new QuoteKinds(t, cues);
        for (int q = 0; q < direct.length; q++) {
            direct[q] = kinds.isDirect(q, t.sentenceStart(t.firstToken(q)));
        }
        return new Run(t, new Attributions(t, phrases, cues, new CueSpeakers(t, phrases, cues), direct));
    }

    @Test
    void cueAfterTheClosingMarkIsTakenAndConsumed() {
        Run r = run("“We tried,” Pompeo said.");
        assertEquals("said / Pompeo", r.of(0));
        assertTrue(r.attributions().consumed(QuoteFixture.index(r.t(), "said")));
    }

    @Test
    void cueOrNameLabelBeforeTheOpeningMark() {
        assertEquals("said / Pompeo", run("Pompeo said: “We tried.”").of(0));
        assertEquals(": / Marco Rubio", run("Marco Rubio: “You don’t win by waiting.”").of(0));
    }

    @Test
    void nameAfterADashSignsTheQuote() {
        assertEquals("― / Sonya Herridge", run("“Be kind to each other.” ― Sonya Herridge").of(0));
    }

    @Test
    void cueElsewhereInTheSentenceIsLeftToItsReport() {
        Run r = run("Ward said the plan was “a costly mistake” and should end.");
        assertEquals("said / Ward", r.of(0));
        assertFalse(r.attributions().consumed(QuoteFixture.index(r.t(), "said")));
    }

    @Test
    void quoteOverParagraphsTakesTheCueOfItsLastPart() {
        assertEquals("said / Ward", run("“The first part is done.\n\n“The second part starts in May,” Ward said.").of(0));
    }

    @Test
    void scareQuotesHaveNoAttribution() {
        assertNull(run("The so-called “peace dividend” never came to the region.").of(0));
    }
}

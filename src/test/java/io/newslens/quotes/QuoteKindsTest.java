package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Direct quotes told from fragments in the writer's sentence, and titles from speech. */
class QuoteKindsTest {

    /** Whether the first quote of the one-sentence {@code text} is direct. */
    private static boolean direct(String text) {
        Tokens t = QuoteFixture.tokens(text);
        return new QuoteKinds(t, new Cues(t, new Phrases(t))).isDirect(0, 0);
    }

    private static boolean title(String text) {
        Tokens t = QuoteFixture.tokens(text);
        return new QuoteKinds(t, new Cues(t, new Phrases(t))).looksLikeTitle(0);
    }

    @Test
    void quoteOpeningItsSentenceIsDirect() {
        assertTrue(direct("“We agreed on nothing,” she said."));
    }

    @Test
    void quoteAfterACueAndCommaOrAColonIsDirect() {
        assertTrue(direct("He said, “We start tomorrow.”"));
        assertTrue(direct("Ward told reporters in Halifax on Monday: “I am ready.”"));
    }

    @Test
    void quoteAfterTheCuesAddresseeIsDirect() {
        assertTrue(direct("Paul Ward quipped to Holt, “You should be too.”"));
    }

    @Test
    void wordsInTheWritersSentenceAreNoDirectQuote() {
        assertFalse(direct("He called it “a rookie mistake” on Monday."));
        assertFalse(direct("The so-called “peace dividend” never came to the region."));
        // A capital after a comma with no cue before it: a name quoted in a list, not speech.
        assertFalse(direct("They sang old songs, “Blue Moon” among them."));
    }

    @Test
    void fewWordsWithNoClosingPunctuationAreATitle() {
        assertTrue(title("“No magic pill” – the police chief reviews the year."));
        assertFalse(title("“We will start in May.”"));
        assertFalse(title("“We will start in May and finish in June when the money comes in” was all he said."));
    }
}

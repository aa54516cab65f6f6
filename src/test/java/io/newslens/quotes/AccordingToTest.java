package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The clauses "according to X" attributes to X. */
class AccordingToTest {

    /** "source: clause" the "according to" of the one-sentence {@code text} attributes, or null. */
    private static String attributed(String text) {
        Tokens t = QuoteFixture.tokens(text);
        Phrases phrases = new Phrases(t);
        Clauses clauses = new Clauses(t, phrases, new Cues(t, phrases), new boolean[t.quotes.size()]);
        int k = text.startsWith("According") ? QuoteFixture.index(t, "According") : QuoteFixture.index(t, "according");
        Report r = new AccordingTo(t, phrases, clauses).of(k, 0, t.size());
        return r == null ? null : r.speaker().name() + ": " + QuoteFixture.words(t, r.from(), r.to());
    }

    @Test
    void leadingAccordingToAttributesTheClauseAfterItsComma() {
        assertEquals("Statistics Canada: the jobless rate fell to 5.6 per cent.",
                attributed("According to Statistics Canada, the jobless rate fell to 5.6 per cent."));
    }

    @Test
    void trailingAccordingToAttributesTheClauseBeforeIt() {
        assertEquals("Statistics Canada: The jobless rate fell to 5.6 per cent",
                attributed("The jobless rate fell to 5.6 per cent, according to Statistics Canada."));
        assertEquals("a count by the agency: Clinton leads Sanders by 271 pledged delegates",
                attributed("Clinton leads Sanders by 271 pledged delegates according to a count by the agency."));
    }

    @Test
    void reportOfALaterCueIsLeftToThatCue() {
        assertNull(attributed("According to the poll, Smith said the race was close."));
    }

    @Test
    void accordingToInsideTheSentenceAttributesBothSides() {
        assertEquals("a police timeline: Shortly after 9 p.m., according to a police timeline, the guards left the depot.",
                attributed("Shortly after 9 p.m., according to a police timeline, the guards left the depot."));
        assertEquals("court papers: Mr. Okafor signed the deal, according to court papers, becoming the sole owner of the mill.",
                attributed("Mr. Okafor signed the deal, according to court papers, becoming the sole owner of the mill."));
    }

    @Test
    void glossOfTheSourceAfterItsCommaIsNoPartOfTheReport() {
        assertEquals("Ann Lee: Rents will rise for most tenants",
                attributed("Rents will rise for most tenants, according to an analysis by Ann Lee, a former adviser to the mayor."));
    }

    @Test
    void sourceWithItsOwnModifierInsideTheSentenceLetsItGoOnAfterAVerb() {
        assertEquals("a former envoy: At the heart of the trouble, according to a former envoy who worked there, was a decision to wait.",
                attributed("At the heart of the trouble, according to a former envoy who worked there, was a decision to wait."));
    }
}

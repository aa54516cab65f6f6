package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Positions and findings stance verbs attribute, and who holds them. */
class StanceReportsTest {

    /** "holder: content" of the first {@code verb} of the one-sentence {@code text}, or null. */
    private static String stance(String text, String verb) {
        Tokens t = QuoteFixture.tokens(text);
        StanceReports reports = new StanceReports(Grammar.of(t, new boolean[t.quotes.size()]), new Stances(t));
        Report r = reports.of(QuoteFixture.index(t, verb), 0, t.size());
        return r == null ? null : r.speaker().name() + ": " + QuoteFixture.words(t, r.from(), r.to());
    }

    @Test
    void subjectHoldsThePositionItsVerbTakes() {
        assertEquals("Trump: an inquiry into the deal.", stance("Trump called for an inquiry into the deal.", "called"));
    }

    @Test
    void sourceOfAFindingHoldsWhatItShows() {
        assertEquals("A new poll: Clinton leads Trump by six points in Ohio.",
                stance("A new poll shows Clinton leads Trump by six points in Ohio.", "shows"));
    }

    @Test
    void relativeClauseEndsAtItsComma() {
        assertEquals("Moon: another meeting",
                stance("Moon, who has called for another meeting, acknowledged the risk.", "called"));
    }

    @Test
    void passiveOrNoSourceHoldsNoStance() {
        assertNull(stance("The mayor was criticized for the plan.", "criticized"));
        assertNull(stance("The team shows great promise this year.", "shows"));
    }
}

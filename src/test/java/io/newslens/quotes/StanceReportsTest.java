package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.model.Quote;

/** Positions and findings stance verbs attribute, and who holds them. */
class StanceReportsTest {

    /** "holder: content" of the first {@code verb} of the one-sentence {@code text}, or null. */
    private static String stance(String text, String verb) {
        Tokens t = QuoteFixture.tokens(text);
        Grammar g = Grammar.of(t, new boolean[t.quotes.size()]);
        Stances stances = new Stances(t);
        StanceReports reports = new StanceReports(g, stances, new Findings(g, stances));
        Report r = reports.of(QuoteFixture.index(t, verb), 0, t.size());
        return r == null ? null : r.speaker().name() + ": " + QuoteFixture.words(t, r.from(), r.to());
    }

    @Test
    void positionAnObjectStatesIsABeliefAFindingIsEvidence() {
        List<Quote> position = QuoteFixture.find("Christie endorsed Trump in February.");
        assertEquals(1, position.size());
        assertEquals("Trump in February", position.get(0).text());
        assertEquals(Quote.Mode.BELIEF, position.get(0).mode());
        List<Quote> finding = QuoteFixture.find("A new poll shows Clinton leads Trump by six points in Ohio.");
        assertEquals(Quote.Mode.EVIDENCE, finding.get(0).mode());
        List<Quote> clause = QuoteFixture.find("Senator Ana Ruiz criticized that the plan had no budget.");
        assertEquals("that the plan had no budget", clause.get(0).text());
        assertEquals(Quote.Mode.SPEECH, clause.get(0).mode());
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

    @Test
    void sourceOfAFindingModifiedByAPhraseOrParticiple() {
        assertEquals("A recent survey: that most renters preferred short leases.",
                stance("A recent survey by the housing council found that most renters preferred short leases.", "found"));
        assertEquals("The study: Ms. Reyes leading Mr. Tan among older voters.",
                stance("The study, released on Friday by the institute, showed Ms. Reyes leading Mr. Tan among older voters.", "showed"));
    }

    @Test
    void findingAsAQuestionOrAQuantifiedObject() {
        assertEquals("a new poll: how close the race for mayor has become.",
                stance("But a new poll shows how close the race for mayor has become.", "shows"));
        assertEquals("A poll: most voters want a new bridge.", stance("A poll shows most voters want a new bridge.", "shows"));
    }

    @Test
    void findingVerbAsAnInfinitiveReportsNothing() {
        assertNull(stance("The vets had evidence to suggest the dogs were sick.", "suggest"));
    }

    @Test
    void sourceOfAFindingAfterAnOpeningPhraseOrWithAMonth() {
        assertEquals("poll: Trump receiving 20 percent support from Latino voters.",
                stance("In Florida, a June poll found Trump receiving 20 percent support from Latino voters.", "found"));
        assertEquals("survey: Clinton leading Sanders by seven points.",
                stance("The April survey found Clinton leading Sanders by seven points.", "found"));
    }

    @Test
    void sourceOfAFindingBeforeAPhraseSetOffByCommas() {
        assertEquals("A survey: that most delegates back the senator.",
                stance("A survey of delegates, who pick the nominee, found that most delegates back the senator.", "found"));
    }

    @Test
    void recordsFiledOrSentShowFindings() {
        assertEquals("emails: that the staff had favored the senator.",
                stance("Leaked emails showed that the staff had favored the senator.", "showed"));
        assertEquals("Filings: the group raised $2 million in March.",
                stance("Filings released Friday show the group raised $2 million in March.", "show"));
    }
}

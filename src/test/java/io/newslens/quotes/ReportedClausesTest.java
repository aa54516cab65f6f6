package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The clauses a speech verb reports, by where the verb stands. */
class ReportedClausesTest {

    /** "speaker: clause" of each report of the first {@code cue} of the one-sentence {@code text}. */
    private static List<String> reports(String text, String cue) {
        Tokens t = QuoteFixture.tokens(text);
        Phrases phrases = new Phrases(t);
        Cues cues = new Cues(t, phrases);
        Clauses clauses = new Clauses(t, phrases, cues, new boolean[t.quotes.size()]);
        ReportedClauses reported = new ReportedClauses(t, phrases, cues, clauses, new CueSpeakers(t, phrases, cues));
        return reported.of(QuoteFixture.index(t, cue), 0, t.size()).stream()
                .map(r -> r.speaker().name() + ": " + QuoteFixture.words(t, r.from(), r.to())).toList();
    }

    @Test
    void clauseAfterTheCue() {
        assertEquals(List.of("John Tory: the city would open two shelters."),
                reports("John Tory, the mayor of Toronto, said on Friday that the city would open two shelters.", "said"));
    }

    @Test
    void clauseBeforeTheSpeakerAndCue() {
        assertEquals(List.of("the agency: The storm will reach the coast by Sunday"),
                reports("The storm will reach the coast by Sunday, the agency said.", "said"));
    }

    @Test
    void cueInsideTheClauseReportsBothHalves() {
        assertEquals(List.of("Sinclair: Police, Sinclair says, have no policies on the matter."),
                reports("Police, Sinclair says, have no policies on the matter.", "says"));
    }

    @Test
    void secondThatClauseOfTheSameCue() {
        assertEquals(List.of("Ward: it was late", "Ward: the hall was closed."),
                reports("Ward said it was late and that the hall was closed.", "said"));
    }

    @Test
    void verbOfThoughtReportsNothing() {
        assertEquals(List.of(), reports("Ward believes the plan will fail.", "believes"));
    }

    @Test
    void cueWithAddresseeInterruptsTheClause() {
        assertEquals(List.of("Ward: The fix, Ward told them, was simple."),
                reports("The fix, Ward told them, was simple.", "told"));
    }

    @Test
    void interruptedReportAfterAnOpeningAdverbHasOneHalf() {
        assertEquals(List.of("Ward: the hall will stay open."),
                reports("And yet, Ward says, the hall will stay open.", "says"));
    }

    @Test
    void commaConjunctionAndNewSubjectEndTheReport() {
        assertEquals(List.of("Rubio: the real extremist on abortion is Hillary Clinton"),
                reports("Rubio said the real extremist on abortion is Hillary Clinton, and he railed against the"
                        + " debate moderators.", "said"));
        assertEquals(List.of("groups: the restrictions are less for safety than to minimize their visibility"),
                reports("Protest groups say the restrictions are less for safety than to minimize their visibility,"
                        + " and the American Civil Liberties Union has already sued the city.", "say"));
    }
}

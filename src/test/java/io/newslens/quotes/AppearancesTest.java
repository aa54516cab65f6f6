package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.model.Quote;

/** Views that verbs of appearance state for nobody named: "X seems to …", "it appears that …". */
class AppearancesTest {

    /** The quotes of {@code text} as "speaker | cue | text | mode" (speaker "-" when null). */
    private static List<String> quotes(String text) {
        return QuoteFixture.find(text).stream().map(AppearancesTest::show).toList();
    }

    private static String show(Quote q) {
        String speaker = q.speaker() == null ? "-" : q.speaker().name();
        return speaker + " | " + q.cue() + " | " + q.text() + " | " + q.mode();
    }

    @Test
    void raisedSubjectBelongsToTheView() {
        assertEquals(List.of("- | seemed | the politician with the big personality seemed to be shrinking in stature | BELIEF"),
                quotes("In the past few days, the politician with the big personality seemed to be shrinking in stature."));
        assertEquals(List.of("- | appeared | Mr. Rubio had appeared to be on the upswing after a strong showing | BELIEF"),
                quotes("Mr. Rubio had appeared to be on the upswing after a strong showing."));
    }

    @Test
    void viewEndsBeforeTheWritersAddedEvidence() {
        assertEquals(List.of("- | appeared | Ms. Lane and Mr. Ruiz appeared to be locked in a close race | BELIEF"),
                quotes("Ms. Lane and Mr. Ruiz appeared to be locked in a close race, with a new survey giving each 40 percent."));
    }

    @Test
    void emptySubjectLeavesTheClause() {
        assertEquals(List.of("- | seems | that the council will approve the plan next week | BELIEF"),
                quotes("It seems that the council will approve the plan next week."));
    }

    @Test
    void relativeClausePhysicalAppearanceAndCoordinatedVerbStateNoView() {
        assertTrue(quotes("The issue that seemed to have baffled the judge was simple.").isEmpty());
        assertTrue(quotes("Mr. Obama appeared before reporters in the briefing room.").isEmpty());
        assertTrue(quotes("The mayor visited the plant and seemed to enjoy the tour.").isEmpty());
    }

    @Test
    void speechVerbAfterTheInfinitiveIsLeftToItsOwnRules() {
        assertTrue(quotes("Ms. Lane seemed to suggest that the vote would be delayed.").stream()
                .noneMatch(q -> q.startsWith("- | seemed")));
    }
}

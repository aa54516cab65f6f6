package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The phrase that speaks through a cue, in the cue's positions. */
class CueSpeakersTest {

    /** The name of who speaks through the first {@code cue} of the one-sentence {@code text}, or null. */
    private static String speaker(String text, String cue) {
        Tokens t = QuoteFixture.tokens(text);
        Phrases phrases = new Phrases(t);
        SpeakerMention m = new CueSpeakers(t, phrases, new Cues(t, phrases))
                .speakerOf(QuoteFixture.index(t, cue), 0, t.size());
        return m == null ? null : m.name();
    }

    @Test
    void subjectBeforeTheCueSpeaks() {
        assertEquals("Pompeo", speaker("Pompeo said the talks had failed.", "said"));
    }

    @Test
    void subjectAfterTheCueSpeaksWhenTheCueFollowsTheQuote() {
        assertEquals("Palvetzian", speaker("“We tried,” said Palvetzian.", "said"));
    }

    @Test
    void invertedSubjectIsNoPlainSubject() {
        Tokens t = QuoteFixture.tokens("“We tried,” said Palvetzian.");
        Phrases phrases = new Phrases(t);
        assertNull(new CueSpeakers(t, phrases, new Cues(t, phrases)).subject(QuoteFixture.index(t, "said"), 0, false));
    }

    @Test
    void coordinatedCueSharesTheFirstSubject() {
        assertEquals("Nora Quill", speaker("Nora Quill has praised the bill but has said she will vote against it.", "said"));
    }

    @Test
    void participleSpeaksForTheSentencesSubject() {
        assertEquals("Ward", speaker("Ward left the room, saying the talks had failed.", "saying"));
        assertEquals("Holt", speaker("Holt said she was tired, adding the talks had failed.", "adding"));
    }

    @Test
    void prepositionalPhraseBeforeTheCueIsNoSubject() {
        assertEquals("Local officials", speaker("Local officials have in the past said the mill would stay.", "said"));
        assertEquals("The engineers", speaker("The engineers have for years been saying the bridge is unsafe.", "saying"));
    }

    @Test
    void participleSpeaksForTheNearestMainClause() {
        // A second clause joined by "and" has its own subject.
        assertEquals("Marsh", speaker("Prosecutors charged the clerk and Marsh fired his deputy, admitting that trust was lost.",
                "admitting"));
        // An aside between dashes is passed over.
        assertEquals("Vance", speaker(
                "Ms. Vance -- whose brother signed the law -- has publicly derided the plan, saying it will fail.", "saying"));
    }

    @Test
    void participlePassesOverClausesInsideTheMainOne() {
        // A complement, a relative and a subordinate clause are not the clause the participle hangs on.
        assertEquals("Lund", speaker("Lund rejected the idea that the tax would pass, saying the votes were not there.",
                "saying"));
        assertEquals("Jill Okafor", speaker("Jill Okafor attacked Pell, with whom he clashed last week, calling him weak.",
                "calling"));
        // So is a cue whose subject is a relative pronoun.
        assertEquals("Jill Okafor", speaker("Jill Okafor attacked Pell, who said the plan was weak, calling him a coward.",
                "calling"));
        assertEquals("Ibsen", speaker("Ibsen apologized for the posts after they came out, saying they were old.", "saying"));
        // Two subjects of one verb are no second clause.
        assertEquals("Rhee", speaker("Rhee was sure that she and the board would win, telling staff they had the votes.",
                "telling"));
    }

    @Test
    void openingAdverbialIsNoSubjectBeforeAnApposition() {
        assertEquals("Sam Ortega", speaker("In his reply, Sam Ortega, the dean of the school, said the report was wrong.", "said"));
        assertEquals("Ann Bell", speaker("At Lake Grove, Ann Bell, the club's president, said dues would rise.", "said"));
        // A name opening the sentence stays the subject.
        assertEquals("Maria Lopez", speaker("Maria Lopez, the sister of the mayor, said the talks were over.", "said"));
    }

    @Test
    void coordinatedVerbSharesTheNearestClausesSubject() {
        assertEquals("Marco Rubio", speaker(
                "The crowd booed, and when Marco Rubio thanked them and said it was good to be home, they cheered.", "said"));
        assertEquals("he", speaker("The vote came late; he laughed and said the count was fine.", "said"));
        // A complement's subject and a relative clause's verb are passed over.
        assertEquals("Tom Reyes", speaker("Tom Reyes said the party was calm and urged members to vote.", "urged"));
        assertEquals("The campaign", speaker("The campaign thanked mothers who have lost children and said they would speak.",
                "said"));
    }

    @Test
    void relativeClauseOrParticiplePhraseOnTheSubjectIsPassedOver() {
        assertEquals("Aides", speaker("Aides who spoke with The Daily Ledger said the plan was dead.", "said"));
        assertEquals("A senior source", speaker("A senior source speaking to Channel Four said the talks had stalled.", "said"));
        assertEquals("A memo", speaker("A memo obtained by The Daily Ledger warns that funds will run out.", "warns"));
        // A subject pronoun is the clause's own subject.
        assertEquals("she", speaker("Ray Dunn, who hired Lee when she claimed the job was easy, left.", "claimed"));
    }

    @Test
    void timePhraseBetweenSubjectAndVerbIsSkipped() {
        assertEquals("Priebus", speaker("Priebus later Thursday told reporters the men would meet.", "told"));
        assertEquals("Clinton", speaker("Clinton Tuesday said the plan would work.", "said"));
    }
}

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
}

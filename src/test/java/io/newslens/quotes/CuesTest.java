package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.nlp.OpenNlpAnnotator;

/** Speech cues and tensed verbs found by position and tags. */
class CuesTest {

    private static OpenNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = OpenNlpAnnotator.english();
    }

    private static Tokens tokens(String text) {
        return new Tokens(annotator.annotate(text), QuoteMarks.find(text));
    }

    private static Cues cues(Tokens t) {
        return new Cues(t, new Phrases(t));
    }

    private static int index(Tokens t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (t.word(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " is no token");
    }

    @Test
    void speechVerbAfterItsSubjectIsACue() {
        Tokens t = tokens("The mayor said the shelters would open on Friday.");
        Cues c = cues(t);
        assertTrue(c.isCue(index(t, "said")));
        assertTrue(c.isSpeechCue(index(t, "said")));
        assertFalse(c.isCue(index(t, "shelters")));
    }

    @Test
    void participleCueNeedsAComma() {
        Tokens t = tokens("He left the room, saying the talks had failed.");
        Cues c = cues(t);
        assertTrue(c.isParticipleCue(index(t, "saying")));
        Tokens plain = tokens("Saying nothing helps nobody.");
        assertFalse(cues(plain).isCue(0));
    }

    @Test
    void accordingToAndTensedVerbs() {
        Tokens t = tokens("According to the police, the driver was drunk.");
        Cues c = cues(t);
        assertTrue(c.isAccordingTo(0));
        assertTrue(c.isFinite(index(t, "was")));
        assertEquals(false, c.isFinite(index(t, "police")));
    }

    @Test
    void presentVerbTaggedAsNounIsTensedBeforeItsObject() {
        // The tagger reads "yields" as a plural noun; after the subject's head and before an article it is the verb.
        Tokens t = tokens("The coach said a week of rest yields a faster runner.");
        Cues c = cues(t);
        assertEquals("NOUN", t.pos(index(t, "yields")));
        assertTrue(c.isFinite(index(t, "yields")));
        Tokens cuts = tokens("The council approved the city budget cuts that the mayor proposed.");
        assertFalse(cues(cuts).isFinite(index(cuts, "cuts")));
    }
}

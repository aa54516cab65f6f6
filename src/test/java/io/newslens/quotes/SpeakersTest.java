package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.model.Quote;
import io.newslens.names.Entities;
import io.newslens.nlp.OpenNlpAnnotator;

/** Pronouns, descriptions and names turned into speakers. */
class SpeakersTest {

    private static OpenNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = OpenNlpAnnotator.english();
    }

    /** The speaker of the subject of the {@code n}-th "said" of {@code text}, each earlier one said first. */
    private static Quote.Speaker speakerOfSaid(String text, int n) {
        Tokens t = new Tokens(annotator.annotate(text), QuoteMarks.find(text));
        Phrases phrases = new Phrases(t);
        Speakers speakers = new Speakers(t, new People(t, phrases, Entities.none()), new EntityLinker(Entities.none()));
        Quote.Speaker last = null;
        int seen = 0;
        for (int s = 0; s < t.sentenceCount() && seen <= n; s++) {
            int[] range = t.sentenceRange(s);
            for (int i = range[0]; i < range[1] && seen <= n; i++) {
                if (t.word(i).equals("said")) {
                    SpeakerMention m = phrases.subjectBefore(i, range[0]);
                    last = m == null ? null : speakers.resolve(m);
                    speakers.said(last, t.paragraph(i));
                    seen++;
                }
            }
        }
        return last;
    }

    @Test
    void nameWithNoEntityIsKeptAsWritten() {
        String text = "Mary Ruiz said the city was broke. Ruiz said the plan was dead.";
        Quote.Speaker s = speakerOfSaid(text, 1);
        assertEquals("Ruiz", s.name());
        assertNull(s.entity());
        assertEquals(text.lastIndexOf("Ruiz"), s.start());
    }

    @Test
    void pronounGoesToTheNearestPersonOfItsGender() {
        String text = "Jane Ruiz met Tom Hale on Monday. She said the plan was dead.";
        Quote.Speaker s = speakerOfSaid(text, 0);
        assertEquals("Jane Ruiz", s.name());
        // The mention is the pronoun itself, so a reader can find it in the text.
        assertEquals(text.indexOf("She"), s.start());
    }

    @Test
    void itWithNoGroupQuotedStaysThePronounWithNoEntity() {
        Quote.Speaker s = speakerOfSaid("It said the plan was dead.", 0);
        assertEquals("It", s.name());
        assertNull(s.entity());
        assertEquals(0, s.start());
    }

    @Test
    void pronounGoesToASubjectPastAnAdverb() {
        // "Sam Ortiz also cheered": the adverb does not hide the subject, nearer than Kerry Moss.
        String text = "Kerry Moss said a vote was needed.\n\nDown the road, Sam Ortiz also cheered. He said the vote was a win.";
        assertEquals("Sam Ortiz", speakerOfSaid(text, 1).name());
    }
}

package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.nlp.OpenNlpAnnotator;

/** Where a reported clause starts and ends. */
class ClausesTest {

    private static OpenNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = OpenNlpAnnotator.english();
    }

    /** The words of the clause the first {@code verb} of {@code text} reports, or null. */
    private static String reported(String text, String verb) {
        Tokens t = new Tokens(annotator.annotate(text), QuoteMarks.find(text));
        Phrases phrases = new Phrases(t);
        Clauses clauses = new Clauses(t, phrases, new Cues(t, phrases), new boolean[t.quotes.size()]);
        for (int k = 0; k < t.size(); k++) {
            if (t.word(k).equals(verb)) {
                int start = clauses.complementStart(k, t.size());
                if (start < 0) {
                    return null;
                }
                int end = clauses.clauseEnd(start, t.size());
                return text.substring(t.get(start).start(), t.get(end - 1).end());
            }
        }
        throw new AssertionError(verb + " is no token");
    }

    @Test
    void clauseAfterThatRunsToTheSentenceEnd() {
        assertEquals("the city would open two shelters.",
                reported("The mayor said on Friday that the city would open two shelters.", "said"));
    }

    @Test
    void objectOfToldIsNoPartOfTheClause() {
        assertEquals("the talks had failed.", reported("Smith told reporters the talks had failed.", "told"));
    }

    @Test
    void secondSpeechActEndsTheClause() {
        // The comma, a conjunction and a new subject with its verb end the clause before the comma.
        assertEquals("the talks had failed",
                reported("Smith said the talks had failed, and he added that he would resign.", "said"));
    }

    @Test
    void questionIsNoReport() {
        assertEquals(null, reported("Smith asked how long the talks would last.", "asked"));
    }

    @Test
    void sentenceRelativeAfterTheClauseIsTheWritersComment() {
        assertEquals("the ferry would stop running in May",
                reported("Ortiz said the ferry would stop running in May, which was a blow to the islanders.", "said"));
    }

    @Test
    void relativeInsideTheSubjectStaysInTheClause() {
        assertEquals("the levy, which passed in March, is too high.",
                reported("Ortiz said the levy, which passed in March, is too high.", "said"));
    }

    @Test
    void concessionWithANewSubjectIsTheWritersComment() {
        assertEquals("the bridge was safe",
                reported("Ortiz said the bridge was safe, although few drivers believed him.", "said"));
    }

    @Test
    void timePhraseBeforeThatIsNoPartOfTheClause() {
        assertEquals("the city would open two shelters.",
                reported("The mayor said this week that the city would open two shelters.", "said"));
    }
}

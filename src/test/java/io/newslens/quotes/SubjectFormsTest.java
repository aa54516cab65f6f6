package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.model.Quote;
import io.newslens.model.Quote.QuoteKind;

/**
 * Subjects of reported speech and belief that the noun phrase rules alone miss: a place or time
 * adverb between the subject and its verb, a bare or partitive quantifier, a mis-tagged head. Each text
 * is made up for the test.
 */
class SubjectFormsTest {

    /** The one indirect quote of {@code text}. */
    private static Quote indirect(String text) {
        List<Quote> of = QuoteFixture.find(text).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
        assertEquals(1, of.size(), "one indirect quote in " + of);
        return of.get(0);
    }

    private static void assertQuote(Quote q, String text, String speaker, Quote.Mode mode) {
        assertEquals(text, q.text());
        assertEquals(speaker, q.speaker().name());
        assertEquals(mode, q.mode());
    }

    @Test
    void placeAdverbAfterTheSubject() {
        assertQuote(indirect("The workers here said they have been working the state since the spring."),
                "they have been working the state since the spring", "The workers", Quote.Mode.SPEECH);
    }

    @Test
    void timeNounAfterTheSubject() {
        assertQuote(indirect("The mill owners today argue that the tariff will close the plant."),
                "that the tariff will close the plant", "The mill owners", Quote.Mode.SPEECH);
    }

    @Test
    void bareQuantifierSaysOrBelieves() {
        assertQuote(indirect("Others say he has never been healthier."), "he has never been healthier", "Others",
                Quote.Mode.SPEECH);
        assertQuote(indirect("Others argue that their public valuations should be far higher."),
                "that their public valuations should be far higher", "Others", Quote.Mode.SPEECH);
        assertQuote(indirect("But few believe their relationship can ever be more than transactional."),
                "their relationship can ever be more than transactional", "few", Quote.Mode.BELIEF);
    }

    @Test
    void bareQuantifierSpeaksOnlyThroughAPlainVerbOfSaying() {
        assertEquals(List.of(), QuoteFixture.find("Many now recommended the city instead reduce its deficit."));
    }

    @Test
    void partitiveQuantifierSpeaks() {
        assertQuote(indirect("Most of them said they had loved working for Carrier."),
                "they had loved working for Carrier", "Most of them", Quote.Mode.SPEECH);
        assertQuote(indirect("Yet several of those told reporters the plant would stay open."),
                "the plant would stay open", "several of those", Quote.Mode.SPEECH);
    }

    @Test
    void quantifierReadAsAnAdverbIsNoSubject() {
        assertEquals(List.of(), QuoteFixture.find("However, most state parties release those delegates early."));
    }

    @Test
    void verbAfterANameInsideADeterminedPhrase() {
        // "thinks/NOUN": the tagger reads the verb as a noun after "The Sanders campaign".
        Quote q = indirect("The Sanders campaign thinks he has progressively sliced into her numbers.");
        assertEquals("he has progressively sliced into her numbers", q.text());
        assertEquals("thinks", q.cue());
        assertEquals(Quote.Mode.BELIEF, q.mode());
    }

    @Test
    void headTheTaggerReadAsAVerbBeforeTheCue() {
        // "magnate/VERB says": the head of the subject, after its modifiers.
        assertQuote(indirect("The billionaire real estate magnate says a violent hit now draws a penalty."),
                "a violent hit now draws a penalty", "The billionaire real estate magnate", Quote.Mode.SPEECH);
    }

    @Test
    void asideBetweenDashesAfterTheSubject() {
        assertQuote(indirect("Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision."),
                "he made a last-minute decision", "Jason Sims", Quote.Mode.SPEECH);
        assertQuote(indirect("Even so, insiders in the next two states — Nevada and Ohio — said the gap is closing."),
                "the gap is closing", "insiders", Quote.Mode.SPEECH);
    }

    @Test
    void asideBetweenDashesAfterADeterminedPhraseIsLeftAlone() {
        // An organization's act ("the Liberal Party — … — announced a policy"), not a person's speech.
        assertEquals(List.of(), QuoteFixture.find(
                "The Liberal Party — in third place in most polls — announced a policy that diverged sharply."));
    }

    @Test
    void barePluralTheTaggerReadAsAVerbOpensTheClause() {
        // "aides/VERB say" after a comma.
        assertQuote(indirect("In addition to paid leave, aides say Ivanka Trump also advises her father on equal pay."),
                "Ivanka Trump also advises her father on equal pay", "aides", Quote.Mode.SPEECH);
    }
}

package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.model.Quote;

/** Positions verbs of position taking attribute to their subject, and where those positions end. */
class PositionsTest {

    /** "holder: content" of the first {@code verb} of the one-sentence {@code text}, or null. */
    private static String position(String text, String verb) {
        Tokens t = QuoteFixture.tokens(text);
        Positions positions = new Positions(Grammar.of(t, new boolean[t.quotes.size()]));
        Report r = positions.of(QuoteFixture.index(t, verb), 0, t.size());
        return r == null ? null : r.speaker().name() + ": " + QuoteFixture.words(t, r.from(), r.to());
    }

    @Test
    void objectIsThePositionUpToATimePhrase() {
        assertEquals("Christie: Trump", position("Christie endorsed Trump last week and appeared at his side.", "endorsed"));
        assertEquals("A spokesman: the new route", position("A spokesman defended the new route on Friday.", "defended"));
    }

    @Test
    void linkingWordCarriesThePositionOn() {
        assertEquals("Sanders: Clinton of being too reliant on Wall Street.",
                position("Sanders accused Clinton of being too reliant on Wall Street.", "accused"));
        assertEquals("Pence: the media for making an issue out of the claim",
                position("Pence blamed the media for making an issue out of the claim, saying they were wrong.", "blamed"));
        assertEquals("backers: him not to back down.", position("Some backers urged him not to back down.", "urged"));
    }

    @Test
    void commonNounTakesItsModifiers() {
        assertEquals("Putin: the tumble in oil prices.", position("Mr. Putin blamed the tumble in oil prices.", "blamed"));
        assertEquals("Levin: concerns that he is bucking the will of his state.",
                position("Levin dismissed concerns that he is bucking the will of his state.", "dismissed"));
    }

    @Test
    void commonNounRunsOnThroughAListToATimePhraseOrClause() {
        assertEquals("Rendell: low growth, high unemployment and budget cuts",
                position("Rendell blamed low growth, high unemployment and budget cuts, saying the city tried.", "blamed"));
        assertEquals("The senator: the bill to expand background checks",
                position("The senator supported the bill to expand background checks on Tuesday.", "supported"));
    }

    @Test
    void modifierPassiveOrBareFormStatesNoPosition() {
        assertNull(position("Trump's proposed ban drew criticism.", "proposed"));
        assertNull(position("The Koch-backed group ran an ad.", "backed"));
        assertNull(position("Trump was backed by the union.", "backed"));
        assertNull(position("He will support the nominee.", "support"));
    }

    @Test
    void positionIsABeliefOfItsHolder() {
        List<Quote> quotes = QuoteFixture.find("Senator Bernie Sanders supported Hillary Clinton on Tuesday.");
        assertEquals(1, quotes.size());
        assertEquals("Hillary Clinton", quotes.get(0).text());
        assertEquals(Quote.Mode.BELIEF, quotes.get(0).mode());
        assertEquals("Bernie Sanders", quotes.get(0).speaker().name());
    }

    @Test
    void communicationVerbsObjectIsATopicOfItsSpeaker() {
        List<Quote> quotes = QuoteFixture.find("Senator Rupert Murdoch announced his engagement on Monday.");
        assertEquals(1, quotes.size());
        assertEquals("his engagement", quotes.get(0).text());
        assertEquals(Quote.Mode.TOPIC, quotes.get(0).mode());
        assertEquals("Rupert Murdoch", quotes.get(0).speaker().name());
        assertEquals(Quote.Mode.TOPIC, QuoteFixture.find("Ms. Clinton explained her reasoning on Friday.")
                .get(0).mode());
    }

    @Test
    void topicVerbsClauseIsSpeechAndItsLinkCarriesOn() {
        List<Quote> quotes = QuoteFixture.find("Officials announced that the bridge will close.");
        assertEquals(1, quotes.size());
        assertEquals("that the bridge will close", quotes.get(0).text());
        assertEquals(Quote.Mode.SPEECH, quotes.get(0).mode());
        assertEquals("Clinton: the plan as a gift to Wall Street.",
                position("Clinton described the plan as a gift to Wall Street.", "described"));
        assertNull(position("He will announce his decision.", "announce"));
    }

    @Test
    void verbOfTalkingTakesItsTopicAfterItsPreposition() {
        assertEquals("Sanders: the economy", position("Sanders talked about the economy on Monday.", "talked"));
        assertEquals("Clinton: the debate.", position("Clinton commented on the debate.", "commented"));
        assertNull(position("He spoke to reporters.", "spoke"));
    }

    @Test
    void speechVerbsObjectIsItsTopicButNotItsAddresseeOrAPronoun() {
        assertEquals("Trump: a warning to Clinton.", position("Trump tweeted a warning to Clinton.", "tweeted"));
        assertNull(position("Sanders told reporters the plan.", "told"));
        assertNull(position("Sanders believed Putin on Friday.", "believed"));
        assertNull(position("Sanders stressed it on Friday.", "stressed"));
    }

    @Test
    void possessiveNameInOneTokenOpensTheObject() {
        assertEquals("Ana Ruiz: Mr. Trump's more pungent vow",
                position("Ana Ruiz defended Mr. Trump's more pungent vow last week.", "defended"));
    }

    @Test
    void verbAfterAConjunctionEndsTheObjectsModifiers() {
        assertEquals("A spokesman: the business mogul",
                position("A spokesman defended the business mogul but not naming him.", "defended"));
    }

    @Test
    void timeWordAfterTheVerbIsNoObject() {
        assertNull(position("Senator Ruth Alvarez defended Friday at a rally in Reno.", "defended"));
        assertEquals("Sanders: Monday's debate.", position("Sanders defended Monday's debate.", "defended"));
    }
}

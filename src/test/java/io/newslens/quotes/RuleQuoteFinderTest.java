package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.model.Quote;
import io.newslens.model.Quote.QuoteKind;
import io.newslens.names.Entities;
import io.newslens.nlp.OpenNlpAnnotator;

/** Quote patterns and attribution on small made-up texts. */
class RuleQuoteFinderTest {

    private static OpenNlpAnnotator annotator;
    private final RuleQuoteFinder finder = new RuleQuoteFinder();

    @BeforeAll
    static void load() {
        annotator = OpenNlpAnnotator.english();
    }

    private List<Quote> find(String text) {
        return finder.find(annotator.annotate(text), Entities.none());
    }

    private static Quote only(List<Quote> quotes, QuoteKind kind) {
        List<Quote> of = quotes.stream().filter(q -> q.kind() == kind).toList();
        assertEquals(1, of.size(), "one " + kind + " quote in " + quotes);
        return of.get(0);
    }

    @Test
    void reportedClauseAfterSaidThat() {
        Quote q = only(find("John Tory, the mayor of Toronto, said on Friday that the city would open two shelters."),
                QuoteKind.INDIRECT);
        assertEquals("the city would open two shelters", q.text());
        assertEquals("said", q.cue());
        assertEquals("John Tory", q.speaker().name());
    }

    @Test
    void clauseBeforeSpeakerAndVerb() {
        Quote q = only(find("The storm will reach the coast by Sunday, the agency said."), QuoteKind.INDIRECT);
        assertEquals("The storm will reach the coast by Sunday", q.text());
        assertEquals("the agency", q.speaker().name());
    }

    @Test
    void accordingTo() {
        Quote q = only(find("According to Statistics Canada, the jobless rate fell to 5.6 per cent."),
                QuoteKind.INDIRECT);
        assertEquals("the jobless rate fell to 5.6 per cent", q.text());
        assertEquals("according to", q.cue());
        assertEquals("Statistics Canada", q.speaker().name());
    }

    @Test
    void pronounGoesToPersonOfItsGender() {
        List<Quote> quotes = find("Ms. Jane Holt met Mr. Paul Ward in Ottawa. “We agreed on nothing,” she said.");
        Quote q = only(quotes, QuoteKind.DIRECT);
        assertEquals("We agreed on nothing,", q.text());
        assertEquals("Jane Holt", q.speaker().name());
        assertNull(q.speaker().entity());
    }

    @Test
    void continuationParagraphKeepsTheSpeaker() {
        List<Quote> quotes = find("“The plan is sound,” Ward said.\n\n“We will start in May.”");
        assertEquals(2, quotes.size());
        assertEquals("We will start in May.", quotes.get(1).text());
        assertNull(quotes.get(1).cue());
        assertEquals("Ward", quotes.get(1).speaker().name());
    }

    @Test
    void scareQuotesWithoutCueAreLeftOut() {
        assertTrue(find("The so-called “peace dividend” never came to the region.").isEmpty());
    }

    @Test
    void organizationsSpeak() {
        Quote q = only(find("The State Department said the talks would resume in July."), QuoteKind.INDIRECT);
        assertEquals("State Department", q.speaker().name());
        assertEquals("the talks would resume in July", q.text());
    }
}

package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.model.Quote;

/** Paragraphs that link to another story. */
class PromotionsTest {

    private static final String TEXT = "READ MORE: Trudeau says the deal is done\n\n"
            + "The mayor said the city was broke.\n\nWATCH ON CBC NEWS: Ward says the bridge will open";

    @Test
    void paragraphOpeningWithALinkLabelPromotes() {
        Tokens t = QuoteFixture.tokens(TEXT);
        Promotions p = new Promotions(t);
        assertTrue(p.promotes(QuoteFixture.index(t, "says")));
        assertFalse(p.promotes(QuoteFixture.index(t, "mayor")));
        assertTrue(p.promotes(QuoteFixture.index(t, "bridge")));
    }

    @Test
    void labelInsideASentenceDoesNotPromote() {
        Tokens t = QuoteFixture.tokens("The mayor said WATCH: the bridge will open.");
        assertFalse(new Promotions(t).promotes(QuoteFixture.index(t, "bridge")));
    }

    @Test
    void onlyTheArticlesOwnReportIsAQuote() {
        List<Quote> quotes = QuoteFixture.find(TEXT);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("the city was broke", quotes.get(0).text());
    }
}

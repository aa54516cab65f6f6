package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The unquoted names naming verbs give, and who gives them. */
class NamingComplementsTest {

    /** "speaker: name" the first {@code verb} of the one-sentence {@code text} gives, or null. */
    private static String named(String text, String verb) {
        Tokens t = QuoteFixture.tokens(text);
        NamingComplements naming = new NamingComplements(Grammar.of(t, new boolean[t.quotes.size()]));
        Report r = naming.of(QuoteFixture.index(t, verb), 0, t.size());
        return r == null ? null : r.speaker().name() + ": " + QuoteFixture.words(t, r.from(), r.to());
    }

    @Test
    void nameAfterTheObjectOfCall() {
        assertEquals("Ann Ruiz: it a costly rookie mistake.", named("Mayor Ann Ruiz now calls it a costly rookie mistake.", "calls"));
        assertEquals("Ward: climate change a hoax.", named("Ward called climate change a hoax.", "called"));
    }

    @Test
    void nameAfterTheAsOfDescribe() {
        assertEquals("Police: a quiet man who lived alone.",
                named("Police described the suspect as a quiet man who lived alone.", "described"));
    }

    @Test
    void objectBeforeTheSubjectInWhatHeCalls() {
        assertEquals("he: the end of free speech.", named("Ward denounced what he calls the end of free speech.", "calls"));
    }

    @Test
    void passiveOrObjectWithNoNameGivesNone() {
        assertNull(named("The plan was described as a bold new start for the port.", "described"));
        assertNull(named("Ward called the meeting on Monday.", "called"));
    }
}

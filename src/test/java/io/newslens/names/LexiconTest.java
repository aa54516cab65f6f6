package io.newslens.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void keyIgnoresCaseHyphensPeriodsPossessivesAndTheArticle() {
        assertEquals("kim jong un", Lexicon.key("Kim Jong-un"));
        assertEquals("kim jong un", Lexicon.key("Kim Jong Un"));
        assertEquals("us", Lexicon.key("U.S."));
        assertEquals("pompeo", Lexicon.key("Pompeo’s"));
        assertEquals("united states", Lexicon.key("the United States"));
    }

    @Test
    void possessiveLength() {
        assertEquals(2, Lexicon.possessiveLength("Britain's"));
        assertEquals(2, Lexicon.possessiveLength("Pompeo’s"));
        assertEquals(1, Lexicon.possessiveLength("Jones'"));
        assertEquals(0, Lexicon.possessiveLength("Jones"));
        assertEquals(0, Lexicon.possessiveLength("'s"));
        assertEquals(0, Lexicon.possessiveLength("'"));
        assertEquals(1, Lexicon.possessiveLength("Jones\u02BC"));
        assertEquals(2, Lexicon.possessiveLength("BRITAIN'S"));
        assertEquals(0, Lexicon.possessiveLength("Mrs"));
    }
}

package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Passive verbs told from active ones. */
class VoiceTest {

    private static boolean passive(String text, String verb) {
        Tokens t = QuoteFixture.tokens(text);
        return new Voice(t).passive(QuoteFixture.index(t, verb), 0);
    }

    @Test
    void formOfBeOrGetBeforeTheVerbMakesItPassive() {
        assertTrue(passive("The plan was described as bold.", "described"));
        assertTrue(passive("The mayor was quickly criticized for the plan.", "criticized"));
        assertTrue(passive("The mayor got criticized for the plan.", "criticized"));
    }

    @Test
    void verbAfterItsSubjectIsActive() {
        assertFalse(passive("Police described the suspect as a quiet man.", "described"));
        assertFalse(passive("Ward has criticized the plan.", "criticized"));
    }
}

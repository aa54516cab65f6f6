package io.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.StringUtil;

class WordFeaturesTest {

    @Test
    void lowerCaseIsOpenNlps() {
        for (String w : new String[] {"Pompeo", "U.S.", "already", "ÉLODIE", "İSTANBUL", "ΣΟΦΙΑΣ", "AT&T", ""}) {
            assertEquals(StringUtil.toLowerCase(w), WordFeatures.toLowerCase(w), w);
        }
    }
}

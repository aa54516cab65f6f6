package io.newslens.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.newslens.model.Dateline;

class DatelineFinderTest {

    @Test
    void placeAndDash() {
        assertEquals(new Dateline("SEOUL", null, 0, 7), DatelineFinder.find("SEOUL – U.S. Secretary of State"));
    }

    @Test
    void placeAndAgency() {
        assertEquals(new Dateline("LONDON", "Reuters", 0, 18), DatelineFinder.find("LONDON (Reuters) - A bakery"));
    }

    @Test
    void placeWithState() {
        assertEquals(new Dateline("ST. JOSEPH, Mich.", "AP", 0, 24),
                DatelineFinder.find("ST. JOSEPH, Mich. (AP) — Michigan health authorities"));
    }

    @Test
    void colonDateline() {
        assertEquals(new Dateline("NEW DELHI", null, 0, 10), DatelineFinder.find("NEW DELHI: Their dream"));
    }

    @Test
    void ordinarySentence() {
        assertNull(DatelineFinder.find("On July 10, U.S. Secretary of State Mike Pompeo said"));
        assertNull(DatelineFinder.find("A - B testing is common."));
        assertNull(DatelineFinder.find("BREAKING: Senate adjourns after two deaths"));
    }
}

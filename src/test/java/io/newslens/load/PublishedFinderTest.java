package io.newslens.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.model.Published;

class PublishedFinderTest {

    private final LineClassifier classifier = new LineClassifier();

    @Test
    void datesInTheirUsualForms() {
        LocalDate july16 = LocalDate.of(2020, 7, 16);
        assertEquals(july16, Dates.first("Published 4:52 PM EDT, July 16, 2020 / Updated 6:10 PM EDT"));
        assertEquals(july16, Dates.first("Thu 16 Jul 2020"));
        assertEquals(july16, Dates.first("2020-07-16 08:00"));
        assertEquals(LocalDate.of(2019, 11, 20), Dates.first("Nov. 20, 2019 5:52 AM EST"));
        assertNull(Dates.first("February 30, 2020"));
        assertNull(Dates.first("On July 10, the minister said"));
        assertEquals(july16, Dates.stamped("Updated July 17, 2020 / Published July 16, 2020"));
    }

    @Test
    void nearestStampAboveTheBody() {
        List<PageLine> lines = List.of(
                classifier.classify(0, "Posted March 2, 2021"),
                classifier.classify(1, "Updated 9:15 AM, March 3, 2021"),
                classifier.classify(2, "The body starts here and it runs on for a while, as bodies do."));
        assertEquals(new Published(LocalDate.of(2021, 3, 3), "timestamp"), PublishedFinder.fromTimestamp(lines, 2, 2));
    }

    @Test
    void weekdayAfterTheCaptionDate() {
        Published p = PublishedFinder.infer(List.of("The minister speaks in Washington, Wednesday, July 15, 2020."),
                "The president said Thursday that talks would go on. The minister spoke on Wednesday.");
        assertEquals(new Published(LocalDate.of(2020, 7, 16), "inferred-from-caption-date"), p);
    }

    @Test
    void weekdayAfterATextDate() {
        Published p = PublishedFinder.infer(List.of(),
                "The council met on March 1, 2021 and voted again on Friday.");
        assertEquals(new Published(LocalDate.of(2021, 3, 5), "inferred-from-text-date"), p);
    }

    @Test
    void nothingToGoOn() {
        assertNull(PublishedFinder.infer(List.of(), "On July 10, the minister said Thursday that talks go on."));
        assertNull(PublishedFinder.infer(List.of("Photo taken July 15, 2020."), "No weekday here."));
    }
}

package io.newslens.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.model.Article;
import io.newslens.model.Published;
import io.newslens.model.Segment;
import io.newslens.model.SegmentKind;

class SeedTest {

    @Test
    void seed000() {
        Article a = Fixtures.seed("000_");
        assertEquals("Pompeo downplays possibility of summit with North Korea", a.title());
        assertTrue(a.text().startsWith("SEOUL – U.S. Secretary of State Mike Pompeo downplayed"), a.text());
        assertTrue(a.text().endsWith("surrender of his nuclear program."), a.text());
        for (String clutter : List.of("Skip to main content", "Cloudy icon", "79º", "1 / 2",
                "Copyright 2020 The Associated Press", "Recommended Videos", "Loading...")) {
            assertFalse(a.text().contains(clutter), clutter);
        }
        assertEquals(new Published(LocalDate.of(2020, 7, 16), "inferred-from-caption-date"), a.published());
        assertEquals("SEOUL", a.dateline().place());
        assertNull(a.dateline().agency());
        assertEquals("SEOUL –", a.text().substring(a.dateline().start(), a.dateline().end()));
        List<Segment> captions = a.removed().stream().filter(s -> s.kind() == SegmentKind.CAPTION).toList();
        assertEquals(1, captions.size());
        assertTrue(captions.get(0).text().endsWith("(AP Photo/Andrew Harnik, Pool)"));
    }

    @Test
    void seed000ParagraphsAreSeparatedByABlankLine() {
        Article a = Fixtures.seed("000_");
        assertEquals(15, a.text().split("\n\n").length);
        assertFalse(a.text().contains("\n\n\n"));
    }

    @Test
    void seed002() {
        Article a = Fixtures.seed("002_");
        assertEquals("U.S., N. Korea Remain Apart over another Summit", a.title());
        assertTrue(a.text().startsWith("On July 10, U.S. Secretary of State"), a.text());
        assertTrue(a.text().endsWith("will actually take place."), a.text());
        for (String clutter : List.of("Korean Peninsula A to Z", "Korea, Today and Tomorrow", "Latest News")) {
            assertFalse(a.text().contains(clutter), clutter);
        }
        assertNull(a.published());
        assertNull(a.dateline());
        assertTrue(a.text().contains("\n\nThis is one of the conditions for negotiations North Korea demands.\n\n"),
                "a one-line paragraph between two others stays in the body");
    }
}

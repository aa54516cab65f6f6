package io.newslens.load;

import static io.newslens.model.SegmentKind.BYLINE;
import static io.newslens.model.SegmentKind.CAPTION;
import static io.newslens.model.SegmentKind.CREDIT;
import static io.newslens.model.SegmentKind.NAVIGATION;
import static io.newslens.model.SegmentKind.OTHER;
import static io.newslens.model.SegmentKind.PROMO;
import static io.newslens.model.SegmentKind.TIMESTAMP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.Metadata;
import io.newslens.model.Article;
import io.newslens.model.Dateline;
import io.newslens.model.Published;
import io.newslens.model.SegmentKind;

/** Each saved-text fixture: its headline, byline, date, dateline, body bounds and removed kinds. */
class SavedTextFixtureTest {

    @Test
    void wireByline() {
        Article a = Fixtures.fixture("01_wire_byline.txt");
        assertEquals("Allies pledge new talks on fishing rights in the Yellow Sea", a.title());
        assertEquals(List.of("Matthew Lee", "Kim Tong-hyung"), a.authors());
        assertEquals("Associated Press", a.publisher());
        assertEquals(new Published(LocalDate.of(2020, 7, 16), "timestamp"), a.published());
        assertEquals(new Dateline("SEOUL, South Korea", "AP", 0, 25), a.dateline());
        assertBody(a, "SEOUL, South Korea (AP) — Diplomats from three countries agreed Thursday",
                "months without a catch.");
        assertEquals(List.of(NAVIGATION, OTHER, OTHER, BYLINE, TIMESTAMP, CREDIT, PROMO, OTHER), Fixtures.kinds(a));
    }

    @Test
    void reutersDateline() {
        Article a = Fixtures.fixture("02_reuters_dateline.txt");
        assertEquals("Bakery chain to close forty stores as flour costs climb", a.title());
        assertEquals(List.of("Jane Doe"), a.authors());
        assertEquals("Reuters", a.publisher());
        assertNull(a.published());
        assertEquals(new Dateline("LONDON", "Reuters", 0, 18), a.dateline());
        assertEquals("LONDON (Reuters) -", a.text().substring(0, 18));
        assertBody(a, "LONDON (Reuters) - A British bakery chain said on Tuesday",
                "closures of their own in the coming months.");
        assertEquals(List.of(OTHER, OTHER, OTHER, BYLINE, NAVIGATION, OTHER), Fixtures.kinds(a));
    }

    @Test
    void publishedAndUpdatedStamp() {
        Article a = Fixtures.fixture("03_published_updated.txt");
        assertEquals("City council approves plan to plant ten thousand trees", a.title());
        assertEquals(List.of("Ana Rivera"), a.authors());
        assertNull(a.publisher());
        assertEquals(new Published(LocalDate.of(2020, 7, 16), "timestamp"), a.published());
        assertNull(a.dateline());
        assertBody(a, "The city council on Thursday approved a plan", "once the hottest weeks of the year are over.");
        assertTrue(a.text().contains("\n\nWhat the plan includes\n\n"), "a subheading between paragraphs stays");
        assertEquals(List.of(OTHER, OTHER, TIMESTAMP, BYLINE, PROMO, OTHER, NAVIGATION), Fixtures.kinds(a));
        assertEquals("Published 4:52 PM EDT, July 16, 2020 / Updated 6:10 PM EDT, July 16, 2020",
                a.removed().get(2).text());
    }

    @Test
    void cookieBannerAndShareBars() {
        Article a = Fixtures.fixture("04_cookie_banner.txt");
        assertEquals("Volunteers count record number of butterflies in mountain meadows", a.title());
        assertEquals(List.of(), a.authors());
        assertNull(a.published());
        assertNull(a.dateline());
        assertBody(a, "Volunteers who spent the weekend counting butterflies",
                "changes in weather and in how the meadows are grazed.");
        // the newsletter prompt is told by its words, not by the phrase list, and named a promo
        assertEquals(List.of(NAVIGATION, OTHER, OTHER, NAVIGATION, NAVIGATION, PROMO), Fixtures.kinds(a));
        assertTrue(a.removed().get(0).text().startsWith("We use cookies"));
    }

    @Test
    void captionsAndCredits() {
        Article a = Fixtures.fixture("05_captions_credits.txt");
        assertEquals("Old harbor market reopens after two years of repairs", a.title());
        assertNull(a.published());
        assertBody(a, "Traders returned to the old harbor market on Saturday",
                "to celebrate the reopening.");
        assertEquals(List.of(OTHER, OTHER, CAPTION, CREDIT, CAPTION, CREDIT, PROMO, OTHER), Fixtures.kinds(a));
        assertEquals("Credit...\nTom Becker/Getty Images", a.removed().get(5).text());
        assertEquals("A trader arranges oysters on ice at her stall inside the market.", a.removed().get(4).text());
    }

    @Test
    void windows1252WithCurlyQuotes() {
        Article a = Fixtures.fixture("06_windows1252.txt");
        assertEquals("Why the library still matters", a.title());
        assertBody(a, "“A library is a place where nobody asks why you came,” a reader told me",
                "not even a cup of coffee.");
        assertTrue(a.text().contains("It’s also the only warm room"));
        assertEquals(List.of(NAVIGATION, OTHER, OTHER, NAVIGATION), Fixtures.kinds(a));
    }

    @Test
    void crlfLineEnds() {
        Article a = Fixtures.fixture("07_crlf.txt");
        assertEquals("River ferry returns to service after winter repairs", a.title());
        assertBody(a, "The river ferry that links", "during the morning and evening rush hours.");
        assertTrue(!a.text().contains("\r"));
        assertEquals(3, a.text().split("\n\n").length);
        assertEquals(List.of(NAVIGATION, OTHER, NAVIGATION), Fixtures.kinds(a));
    }

    @Test
    void utf16WithBom() {
        Article a = Fixtures.fixture("08_utf16_bom.txt");
        assertEquals("Town council tests solar panels on school roofs", a.title());
        assertBody(a, "The town council has fitted solar panels", "asking how the panels work.");
        assertEquals(List.of(NAVIGATION, OTHER, OTHER, NAVIGATION), Fixtures.kinds(a));
    }

    @Test
    void sidecarMetadataWins() {
        Article a = Fixtures.fixture("10_sidecar.txt");
        assertEquals("Council approves tree plan", a.title());
        assertEquals(new Published(LocalDate.of(2020, 7, 17), "metadata"), a.published());
        assertEquals(List.of("Ana Rivera"), a.authors());
        assertBody(a, "The city council on Thursday approved a plan", "once the hottest weeks of the year are over.");
        List<SegmentKind> kinds = Fixtures.kinds(a);
        assertEquals(List.of(OTHER, OTHER, BYLINE, PROMO, OTHER, NAVIGATION), kinds);
    }

    @Test
    void textGivenAsAStringIsNormalizedToo() {
        String crlf = Fixtures.text(Fixtures.FIXTURES.resolve("03_published_updated.txt"))
                .replace("\n", "\r\n").replace(" ", "\u00A0");
        Article a = new SavedTextLoader().load(crlf, Metadata.none());
        assertEquals("City council approves plan to plant ten thousand trees", a.title());
        assertBody(a, "The city council on Thursday approved a plan", "once the hottest weeks of the year are over.");
    }

    private static void assertBody(Article a, String start, String end) {
        assertTrue(a.text().startsWith(start), a.text());
        assertTrue(a.text().endsWith(end), a.text());
    }
}

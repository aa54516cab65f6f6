package io.newslens.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.Metadata;
import io.newslens.model.Article;
import io.newslens.model.Published;
import io.newslens.model.Segment;
import io.newslens.model.SegmentKind;

class HtmlLoaderTest {

    private static final Path FIXTURES = Path.of("testdata/fixtures/html");
    private final HtmlLoader loader = new HtmlLoader();

    private Article load(String name) throws IOException {
        return loader.load(HtmlDecoder.decode(Files.readAllBytes(FIXTURES.resolve(name))), Metadata.none());
    }

    @Test
    void jsonLdGraphGivesMetadataAndTheBodyWithoutCaptions() throws IOException {
        Article a = load("jsonld-graph.html");
        assertEquals("Harbour bridge reopens after two years of repairs", a.title());
        assertEquals(List.of("Ana Whitfield", "Tom Reyes"), a.authors());
        assertEquals("Coastal Times", a.publisher());
        assertEquals(new Published(LocalDate.of(2022, 6, 14), "json-ld:datePublished"), a.published());
        assertTrue(a.text().startsWith("The harbour bridge reopened to traffic on Tuesday morning,"));
        assertTrue(a.text().endsWith("would stop at the end of the month."));
        assertTrue(a.text().contains("\n\nLonger than planned\n\n"), "headings inside the article stay");
        assertTrue(a.text().contains("\n\nLorries must wait until the load test ends in July.\n\n"), "lists stay");
        assertFalse(a.text().contains("Share on"));
        assertFalse(a.text().contains("Copyright"));
        assertTrue(a.removed().contains(new Segment(SegmentKind.CAPTION, "The first cars cross the bridge on Tuesday.")));
        assertTrue(a.removed().contains(new Segment(SegmentKind.CREDIT, "Photo: Lee Park")));
        assertFalse(a.text().contains("Lee Park"));
    }

    @Test
    void jsonLdMetadataKeepsEveryFieldsSource() throws IOException {
        PageMetadata m = loader.metadata(Files.readString(FIXTURES.resolve("jsonld-graph.html")), Metadata.none());
        assertEquals("json-ld:headline", m.title().basis());
        assertEquals("json-ld:author", m.authors().basis());
        assertEquals(new Sourced<>("Coastal Times", "json-ld:publisher"), m.publisher());
        assertEquals(new Sourced<>(LocalDate.of(2022, 6, 15), "json-ld:dateModified"), m.modified());
        assertEquals(new Sourced<>("en-GB", "html:lang"), m.language());
        assertEquals(new Sourced<>("https://coastal.example/news/bridge", "json-ld:url"), m.canonicalUrl());
    }

    @Test
    void openGraphOnlyPageLosesTheSiteSuffixAndTheJobTitle() throws IOException {
        Article a = load("opengraph.html");
        assertEquals("Council votes to expand bike lanes", a.title());
        assertEquals(List.of("Maria Lopez"), a.authors());
        assertEquals("Riverside Herald", a.publisher());
        assertEquals(new Published(LocalDate.of(2021, 3, 4), "meta:article:published_time"), a.published());
        assertTrue(a.text().startsWith("The city council voted six to three on Thursday night"));
        assertTrue(a.text().endsWith("are expected to open next spring, officials said."));
        assertEquals(3, a.text().split("\n\n").length);
    }

    @Test
    void pageWithoutMetadataUsesTheBylineAndItsDate() throws IOException {
        Article a = load("no-metadata.html");
        assertNull(a.title());
        assertEquals(List.of("John Carter"), a.authors());
        assertEquals(new Published(LocalDate.of(2020, 3, 5), "byline-date"), a.published());
        assertTrue(a.text().startsWith("The old mill on Water Street will become a library,"));
        assertTrue(a.text().endsWith("four to one in favour of the library."));
        assertFalse(a.text().contains("Front page"));
        assertFalse(a.text().contains("Powered by"));
        assertTrue(a.removed().contains(new Segment(SegmentKind.BYLINE, "By John Carter | Email the author")));
    }

    @Test
    void commentsRelatedLinksAndPromptsAreLeftOut() throws IOException {
        Article a = load("comments-related.html");
        assertEquals("Storm closes schools across the valley", a.title());
        assertEquals(List.of("Priya Natarajan"), a.authors());
        assertEquals(new Published(LocalDate.of(2019, 11, 19), "meta:date"), a.published());
        assertTrue(a.text().startsWith("Schools across the valley closed on Tuesday"));
        assertTrue(a.text().endsWith("below freezing for the rest of the week."));
        assertEquals(3, a.text().split("\n\n").length);
        for (String clutter : List.of("snow day", "road crews", "cookies", "ADVERTISEMENT", "newsletter",
                "Related stories", "pipes from freezing", "Most read")) {
            assertFalse(a.text().contains(clutter), clutter);
        }
        assertTrue(a.removed().contains(new Segment(SegmentKind.PROMO, "ADVERTISEMENT")));
    }

    @Test
    void mhtmlArchiveIsDecodedFromQuotedPrintable() throws IOException {
        Article a = load("library.mhtml");
        assertEquals("Library extends opening hours", a.title());
        assertEquals("Town Gazette", a.publisher());
        assertEquals(new Published(LocalDate.of(2023, 2, 10), "meta:article:published_time"), a.published());
        assertTrue(a.text().startsWith("The town library will stay open until nine o\u2019clock on weekdays"));
        assertTrue(a.text().endsWith("the head librarian said."));
        PageMetadata m = loader.metadata(Files.readString(FIXTURES.resolve("library.mhtml")), Metadata.none());
        assertEquals(new Sourced<>("https://gazette.example/2023/02/10/library-hours", "given"), m.canonicalUrl());
    }

    @Test
    void dateAfterTheSaveDayIsRejected() {
        String page = "<html><head><meta property=\"article:published_time\" content=\"2023-03-01\"></head>"
                + "<body><p>" + "A paragraph of article text that is long enough to count. ".repeat(3) + "</p></body></html>";
        String archive = "From: <Saved by Blink>\nSnapshot-Content-Location: https://a.example/2023/02/01/story\n"
                + "Date: Fri, 10 Feb 2023 12:00:00 GMT\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/related; type=\"text/html\"; boundary=\"XX\"\n\n--XX\n"
                + "Content-Type: text/html\nContent-Transfer-Encoding: 8bit\n\n" + page + "\n--XX--\n";
        Article a = loader.load(archive, Metadata.none());
        assertEquals(new Published(LocalDate.of(2023, 2, 1), "url-path"), a.published());
    }

    @Test
    void knownMetadataWins() throws IOException {
        String html = Files.readString(FIXTURES.resolve("opengraph.html"));
        Article a = loader.load(html, new Metadata("r1", "Given title", LocalDate.of(2021, 3, 5), null, null));
        assertEquals("Given title", a.title());
        assertEquals(new Published(LocalDate.of(2021, 3, 5), "metadata"), a.published());
    }

    @Test
    void declaredCharsetIsRespected() {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>caf\u00e9 \u2019</p></body></html>";
        assertEquals(page, HtmlDecoder.decode(page.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void bylinesBecomeNames() {
        assertEquals(List.of("Jane Doe", "Sam Lee"), Names.clean(List.of("By Jane Doe and Sam Lee, Staff Writers")));
        assertEquals(List.of(), Names.clean(List.of("Staff", "Email the author", "November 19, 2019")));
        assertEquals(List.of("Ana de la Cruz"), Names.clean(List.of("Written by Ana de la Cruz | Updated 2 hours ago")));
        assertEquals(List.of("Tom Davies"), Names.clean(List.of("Tom Davies Associated Press")));
        assertEquals(List.of("Maria Lopez"), Names.clean(List.of("BY Maria Lopez Senior Staff Writer")));
        assertEquals(List.of("Glen Owen"), Names.clean(List.of("Glen Owen for The Mail on Sunday")));
        assertEquals(List.of(), Names.clean(List.of("The Russian and Syrian defense ministries")));
    }

    @Test
    void siteSuffixIsStripped() {
        assertEquals("Trump signs the bill", Titles.stripSite("Trump signs the bill - CNN", null, null));
        assertEquals("Budget passes", Titles.stripSite("Budget passes | Politics | The Daily Star", "The Daily Star", null));
        assertEquals("Republicans are following the leader", Titles.stripSite(
                "Opinion | Republicans are following the leader", null, null));
        assertEquals("Q&A: what the new rules mean for renters",
                Titles.stripSite("Q&A: what the new rules mean for renters", null, null));
    }

    @Test
    void utcTimestampGivesWayToTheSameInstantsLocalDay() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"datePublished\": \"2023-11-09T03:28:35Z\"}</script></head><body><p>"
                + "Text of the story, long enough to be a paragraph of the article body. ".repeat(3)
                + "</p><time datetime=\"2023-11-08T22:28:35-05:00\">Nov. 8</time></body></html>";
        Article a = loader.load(page, Metadata.none());
        assertEquals(new Published(LocalDate.of(2023, 11, 8), "json-ld:datePublished (local day)"), a.published());
    }

    /** A UTC timestamp read in the one zone the page's configuration names (issue #18). */
    @Test
    void utcTimestampIsReadInTheZoneThePageNames() {
        Article a = loader.load(stationPage(""), Metadata.none());
        assertEquals(new Published(LocalDate.of(2020, 5, 1),
                "meta:article:published_time (local day in America/New_York)"), a.published());
    }

    /** What readers see decides: a shown date of the UTC day keeps the UTC day. */
    @Test
    void shownDateOfTheUtcDayKeepsIt() {
        Article a = loader.load(stationPage("<div>Saturday, May 2, 2020 2:54AM</div>"), Metadata.none());
        assertEquals(new Published(LocalDate.of(2020, 5, 2), "meta:article:published_time"), a.published());
    }

    private static String stationPage(String shown) {
        return "<html><head><meta property=\"article:published_time\" content=\"2020-05-02T02:54:29Z\">"
                + "<script>var site = {\"timezone\": {\"short\": \"ET\", \"long\": \"America/New_York\"}};</script>"
                + "</head><body>" + shown + "<p>"
                + "Text of the story, long enough to be a paragraph of the article body. ".repeat(3)
                + "</p></body></html>";
    }

    @Test
    void datesAreReadAsWritten() {
        assertEquals(LocalDate.of(2019, 11, 19), Dates.parse("2019-11-19T23:30:00-05:00"));
        assertEquals(LocalDate.of(2019, 11, 19), Dates.parseText("Updated Nov. 19, 2019 at 5:00 pm"));
        assertEquals(LocalDate.of(2019, 1, 23), Dates.parseText("23.01.2019"));
        assertEquals(LocalDate.of(2020, 1, 13), Dates.fromUrl("https://a.example/world/story-20200113"));
        assertEquals(LocalDate.of(2019, 11, 8), Dates.fromUrl("https://a.example/2019/11/08/news/story/"));
        assertNull(Dates.fromUrl("https://a.example/news/2019/story"));
    }

    @Test
    void declaredArticleBodyDecidesBetweenTwoBlocksOfProse() {
        String a1 = "The mayor opened the new ferry terminal on Monday after three years of building work.";
        String a2 = "Ferries to the islands will leave every half hour from the terminal during the summer.";
        String b = "Readers wrote in again about parking, noise and litter near the old harbour wall. ";
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"articleBody\": \"" + (a1 + " " + a2 + " ").repeat(3) + "\"}</script></head><body>"
                + "<div><p>" + a1 + "</p><p>" + a2 + "</p><p>" + a1 + " " + a2 + "</p></div>"
                + "<div><p>" + b + b + "</p><p>" + b + b + "</p><p>" + b + b + "</p></div></body></html>";
        Article a = loader.load(page, Metadata.none());
        assertTrue(a.text().startsWith(a1), a.text());
        assertFalse(a.text().contains("parking"), a.text());
    }

    /** Evidence order: JSON-LD over the URL path, with the losing claim in the basis (issue #18). */
    @Test
    void publishedBasisNamesTheOverruledClaim() {
        String html = "<html><head><link rel=\"canonical\" href=\"https://news.example/2021/03/01/story\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"A story\","
                + "\"datePublished\":\"2021-03-04\",\"dateModified\":\"2021-03-09\"}</script></head>"
                + "<body><p>Text.</p></body></html>";
        PageMetadata m = loader.metadata(html, Metadata.none());
        assertEquals(new Sourced<>(LocalDate.of(2021, 3, 4), "json-ld:datePublished; not url-path 2021-03-01"),
                m.published());
    }

    /** A modification date says when the page changed, not when it was published. */
    @Test
    void aModificationDateIsNoPublicationDate() {
        String html = "<html><head><meta property=\"article:modified_time\" content=\"2021-03-09T10:00:00+01:00\">"
                + "</head><body><p>Text without any date.</p></body></html>";
        PageMetadata m = loader.metadata(html, Metadata.none());
        assertEquals(new Sourced<>(LocalDate.of(2021, 3, 9), "meta:article:modified_time"), m.modified());
        assertNull(m.published());
    }
}

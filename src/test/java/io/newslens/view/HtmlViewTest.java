package io.newslens.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.model.Analysis;
import io.newslens.model.Article;
import io.newslens.model.Entity;
import io.newslens.model.InputFormat;
import io.newslens.model.Mention;
import io.newslens.model.Quote;
import io.newslens.model.Source;

class HtmlViewTest {

    private static NewsLens lens;

    @BeforeAll
    static void build() {
        lens = NewsLens.builder().build();
    }

    @Test
    void everyMentionDateAndQuoteOfTheSeedIsMarkedAndEveryQuoteLinksItsSpeaker() throws Exception {
        Analysis a = lens.analyze(Path.of("testdata/seeds/000_322f0aae7f5fed0d.txt"));
        Document page = Jsoup.parse(HtmlView.render(a));

        assertEquals("Pompeo downplays possibility of summit with North Korea", page.selectFirst("h1").text());
        assertEquals(a.article().text(), bodyText(page));
        for (List<Entity> kind : List.of(a.people(), a.places(), a.organizations())) {
            for (Entity e : kind) {
                assertNotNull(page.getElementById("ent-" + e.id()), e.name());
                for (Mention m : e.mentions()) {
                    Element mark = page.selectFirst("#body mark.m[data-entity=" + e.id() + "][data-start=" + m.start()
                            + "][data-end=" + m.end() + "]");
                    assertNotNull(mark, e.name() + " at " + m.start());
                    assertTrue(mark.attr("title").contains(e.name()));
                }
            }
        }
        assertEquals(a.dates().size(), page.select("#body mark.d[id]").size());
        assertEquals("Date: 2020-07-16", page.selectFirst("#body mark.d:contains(Thursday)").attr("title"));
        assertFalse(a.quotes().isEmpty());
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            Element quote = page.getElementById("q-" + i);
            assertEquals(String.valueOf(q.start()), quote.attr("data-start"));
            assertEquals(q.mode().name().toLowerCase(java.util.Locale.ROOT), quote.attr("data-mode"));
            if (q.speaker() != null && q.speaker().entity() != null) {
                Element link = page.selectFirst("[data-start=" + q.start() + "][data-end=" + q.end()
                        + "] > a.who[href=#ent-" + q.speaker().entity() + "]");
                assertNotNull(link, q.text());
                assertEquals(q.speaker().name(), link.text());
            }
        }
        // "referring to the first Trump-Kim summit" is what Pompeo spoke about, labelled so in the list and the mark.
        Element topic = page.selectFirst("#body span.q[data-mode=topic]");
        assertNotNull(topic);
        assertTrue(topic.attr("title").contains(", topic: "), topic.attr("title"));
        assertTrue(page.select("ul.quotes span.count").eachText().contains("indirect, topic"));
        Element pompeoQuotes = page.selectFirst("ul.quotes > li:has(> a.name[href=#ent-p1])");
        assertEquals("Mike Pompeo", pompeoQuotes.selectFirst("a.name").text());
        assertFalse(page.selectFirst("details.removed").hasAttr("open"), "clutter starts collapsed");
    }

    /** The body's text without the speaker labels the view adds after quotes. */
    private static String bodyText(Document page) {
        Element body = page.getElementById("body").clone();
        body.select(".who").remove();
        return body.wholeText();
    }

    @Test
    void hostileArticleTextIsShownAsTextAndNeverBecomesMarkup() throws Exception {
        String text = "<script>document.title='PWNED'</script> Mike Pompeo said \"<img src=x onerror=alert(1)>\" "
                + "in Seoul on Thursday. <a href=\"javascript:alert(2)\">click</a> javascript:alert(3) ' \" &amp;";
        Analysis a = lens.analyze(text, Metadata.none().withFormat(InputFormat.PLAIN));
        String html = HtmlView.render(a);
        Document page = Jsoup.parse(html);

        assertEquals(text, bodyText(page));
        assertEquals(1, page.select("script").size(), "only the page's own script");
        assertFalse(page.select("script").first().data().contains("PWNED"));
        assertTrue(page.select("img, [onerror], iframe, object").isEmpty());
        assertTrue(page.select("a[href^=javascript], a[href*=alert]").isEmpty());
        for (Element link : page.select("a[href]")) {
            assertTrue(link.attr("href").startsWith("#"), link.attr("href"));
        }
        assertFalse(html.contains("<script>document"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                .startsWith("default-src 'none'"));
    }

    @Test
    void crossingSpansStayWellFormedAndEachIsDrawnWhole() {
        // A quote that ends inside a name: the name is cut into two pieces, both carrying its offsets.
        String text = "He said it was Mike Pompeo indeed.";
        Entity person = new Entity("p1", "Mike Pompeo", List.of(new Mention(15, 26, "Mike Pompeo")), List.of());
        Quote quote = new Quote(8, 19, "it was Mike", Quote.QuoteKind.DIRECT, "said",
                new Quote.Speaker("p1", "Mike Pompeo", 15, 26));
        Article article = new Article("T", List.of(), null, null, null, text, List.of());
        Analysis a = new Analysis(null, new Source("-", InputFormat.TEXT), article, List.of(person), List.of(),
                List.of(), List.of(), List.of(quote));
        Document page = Jsoup.parse(HtmlView.render(a));

        Element body = page.getElementById("body");
        assertEquals(text, bodyText(page));
        List<Element> pieces = body.select("mark[data-start=15][data-end=26]");
        assertEquals(2, pieces.size());
        assertEquals("Mike", pieces.get(0).text());
        assertEquals(" Pompeo", pieces.get(1).wholeText());
        assertEquals("m-p1-0", pieces.get(0).id());
        assertEquals("q-0", pieces.get(0).parent().id());
        assertNotNull(body.selectFirst("#q-0 > a.who[href=#ent-p1]"));
    }
}

package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.NewsLens;
import io.newslens.model.Analysis;
import io.newslens.model.Entity;
import io.newslens.model.Mention;
import io.newslens.model.Quote;
import io.newslens.model.Quote.QuoteKind;
import io.newslens.names.Entities;
import io.newslens.nlp.OpenNlpAnnotator;

/** The seed articles' quotes, through the whole pipeline. */
class RuleQuoteFinderSeedTest {

    private static NewsLens lens;
    private static Analysis seed0;
    private static Analysis seed2;

    @BeforeAll
    static void analyze() throws Exception {
        lens = NewsLens.builder().build();
        seed0 = lens.analyze(Path.of("testdata/seeds/000_322f0aae7f5fed0d.txt"));
        seed2 = lens.analyze(Path.of("testdata/seeds/002_d10553fbf6ab2ee2.txt"));
    }

    private static Quote find(Analysis a, QuoteKind kind, String start) {
        for (Quote q : a.quotes()) {
            if (q.kind() == kind && q.text().startsWith(start)) {
                return q;
            }
        }
        throw new AssertionError("no " + kind + " quote starting \"" + start + "\" in " + a.quotes());
    }

    private static void assertSpeaker(String name, Quote q) {
        assertTrue(q.speaker() != null, "speaker of " + q);
        assertEquals(name, q.speaker().name());
        assertNull(q.speaker().entity());
    }

    @Test
    void seed0DirectQuotesArePompeos() {
        Quote first = find(seed0, QuoteKind.DIRECT, "The North Koreans have given mixed signals, but");
        assertTrue(first.text().endsWith("the outcomes that were set forth in Singapore,"));
        assertEquals("said", first.cue());
        assertSpeaker("Pompeo", first);
        assertEquals("Pompeo", seed0.article().text().substring(first.speaker().start(), first.speaker().end()));

        Quote second = find(seed0, QuoteKind.DIRECT, "You need to have a willing partner,");
        assertTrue(second.text().endsWith("We hope they’ll change their mind."));
        assertNull(second.cue());
        assertSpeaker("Pompeo", second);
    }

    @Test
    void seed0PartialQuotes() {
        Quote ice = find(seed0, QuoteKind.PARTIAL, "walking on ice");
        assertEquals("walking on ice", ice.text());
        assertEquals("acknowledged", ice.cue());
        assertSpeaker("Moon Jae-in", ice);

        Quote unpractical = find(seed0, QuoteKind.PARTIAL, "unpractical");
        assertEquals("unpractical", unpractical.text());
        assertSpeaker("Kim Yo Jong", unpractical);

        Quote know = find(seed0, QuoteKind.PARTIAL, "you never know");
        assertEquals("you never know,", know.text());
        assertEquals("said", know.cue());
        assertSpeaker("Kim Yo Jong", know);
        assertEquals("she", seed0.article().text().substring(know.speaker().start(), know.speaker().end()));
    }

    @Test
    void seed0IndirectQuoteAfterSaying() {
        Quote q = find(seed0, QuoteKind.INDIRECT, "Trump would only want to engage");
        assertEquals("Trump would only want to engage if there were real prospects of progress", q.text());
        assertEquals("saying", q.cue());
        assertSpeaker("Mike Pompeo", q);
    }

    @Test
    void quoteSpansIndexTheBodyWithoutMarks() {
        String text = seed0.article().text();
        for (Quote q : seed0.quotes()) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
            assertTrue(!q.text().startsWith("“") && !q.text().endsWith("”"), q.text());
        }
    }

    @Test
    void seed2QuotesOfKimAndPompeo() {
        Quote trash = find(seed2, QuoteKind.PARTIAL, "trash");
        assertEquals("trash", trash.text());
        assertSpeaker("Kim", trash);
        assertEquals("she", seed2.article().text().substring(trash.speaker().start(), trash.speaker().end()));

        Quote opinion = find(seed2, QuoteKind.PARTIAL, "my personal opinion.");
        assertSpeaker("Kim", opinion);

        Quote summit = find(seed2, QuoteKind.INDIRECT, "the possibility of another summit");
        assertEquals("the possibility of another summit between the U.S. and North Korea is still open", summit.text());
        assertEquals("said", summit.cue());
        assertSpeaker("Mike Pompeo", summit);
    }

    @Test
    void seed2ScareQuotesAreNoQuotes() {
        for (Quote q : seed2.quotes()) {
            assertTrue(!q.text().equals("October surprise"), "scare quotes taken for a quote: " + q);
        }
    }

    @Test
    void speakersLinkToGivenEntities() {
        String text = seed0.article().text();
        List<Mention> mentions = new ArrayList<>();
        for (String name : List.of("Mike Pompeo", "Pompeo")) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                boolean insideFull = name.equals("Pompeo") && i >= 5 && text.startsWith("Mike ", i - 5);
                if (!insideFull) {
                    mentions.add(new Mention(i, i + name.length(), name));
                }
            }
        }
        mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
        Entity pompeo = new Entity("p1", "Mike Pompeo", mentions, List.of("Secretary of State"));
        Entities entities = new Entities(List.of(pompeo), List.of(), List.of());

        List<Quote> quotes = new RuleQuoteFinder().find(OpenNlpAnnotator.english().annotate(text), entities);

        Quote first = quotes.stream().filter(q -> q.text().startsWith("The North Koreans have given")).findFirst()
                .orElseThrow();
        assertEquals("p1", first.speaker().entity());
        assertEquals("Mike Pompeo", first.speaker().name());
        assertEquals("Pompeo", text.substring(first.speaker().start(), first.speaker().end()));
        Quote saying = quotes.stream().filter(q -> q.text().startsWith("Trump would only want")).findFirst()
                .orElseThrow();
        assertEquals("p1", saying.speaker().entity());
        assertEquals("Mike Pompeo", saying.speaker().name());
    }
}

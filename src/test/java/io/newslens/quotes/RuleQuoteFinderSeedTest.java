package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/**
 * The seed articles' quotes: through the whole pipeline (speakers linked to the people of the names
 * stage) and through the quote stage alone with no entities (speakers named as the text writes them).
 */
class RuleQuoteFinderSeedTest {

    private static Analysis seed0;
    private static Analysis seed2;
    private static List<Quote> seed0Alone;
    private static List<Quote> seed2Alone;

    @BeforeAll
    static void analyze() throws Exception {
        NewsLens lens = NewsLens.builder().build();
        seed0 = lens.analyze(Path.of("testdata/seeds/000_322f0aae7f5fed0d.txt"));
        seed2 = lens.analyze(Path.of("testdata/seeds/002_d10553fbf6ab2ee2.txt"));
        OpenNlpAnnotator annotator = OpenNlpAnnotator.english();
        RuleQuoteFinder finder = new RuleQuoteFinder();
        seed0Alone = finder.find(annotator.annotate(seed0.article().text()), Entities.none());
        seed2Alone = finder.find(annotator.annotate(seed2.article().text()), Entities.none());
    }

    private static Quote find(List<Quote> quotes, QuoteKind kind, String start) {
        for (Quote q : quotes) {
            boolean part = q.parts().stream().anyMatch(f -> f.text().startsWith(start));
            if (q.kind() == kind && (q.text().startsWith(start) || part)) {
                return q;
            }
        }
        throw new AssertionError("no " + kind + " quote starting \"" + start + "\" in " + quotes);
    }

    /** A speaker linked to an entity of the people layer, with its canonical name. */
    private static void assertPerson(String name, Quote q) {
        assertNotNull(q.speaker(), "speaker of " + q);
        assertEquals(name, q.speaker().name());
        assertNotNull(q.speaker().entity(), "entity of " + q);
    }

    /** A speaker with no entity: the name as the text writes it. */
    private static void assertWritten(String name, Quote q) {
        assertNotNull(q.speaker(), "speaker of " + q);
        assertEquals(name, q.speaker().name());
        assertNull(q.speaker().entity());
    }

    @Test
    void seed0DirectQuotesArePompeos() {
        Quote first = find(seed0.quotes(), QuoteKind.DIRECT, "The North Koreans have given mixed signals, but");
        assertTrue(first.text().endsWith("the outcomes that were set forth in Singapore,"));
        assertEquals("said", first.cue());
        assertPerson("Mike Pompeo", first);
        assertEquals("Pompeo", seed0.article().text().substring(first.speaker().start(), first.speaker().end()));

        Quote second = find(seed0.quotes(), QuoteKind.DIRECT, "You need to have a willing partner,");
        assertTrue(second.text().endsWith("We hope they’ll change their mind."));
        assertNull(second.cue());
        assertPerson("Mike Pompeo", second);
        assertEquals(first.speaker().entity(), second.speaker().entity());
    }

    @Test
    void seed0PartialQuotes() {
        // One statement, one quote: the reported clause holds the quoted words as its part.
        Quote ice = find(seed0.quotes(), QuoteKind.PARTIAL, "walking on ice");
        assertTrue(ice.text().startsWith("that U.S. and South Korean relations with North Korea were still like"), ice.text());
        assertEquals("walking on ice", ice.parts().get(0).text());
        assertEquals("acknowledged", ice.cue());
        assertPerson("Moon Jae-in", ice);

        // "summit/VERB" heads the topic phrase whatever the tagger made of it.
        Quote summit = find(seed0.quotes(), QuoteKind.INDIRECT, "the first Trump-Kim");
        assertEquals("the first Trump-Kim summit", summit.text());
        assertEquals(Quote.Mode.TOPIC, summit.mode());
        assertPerson("Mike Pompeo", summit);

        Quote unpractical = find(seed0.quotes(), QuoteKind.PARTIAL, "unpractical");
        assertEquals("that such a meeting would be “unpractical” for the North", unpractical.text());
        assertEquals(List.of(new Quote.Part(3396, 3407, "unpractical")), unpractical.parts());
        assertPerson("Kim Yo Jong", unpractical);

        Quote know = find(seed0.quotes(), QuoteKind.PARTIAL, "you never know");
        assertEquals("you never know,", know.text());
        assertEquals("said", know.cue());
        assertPerson("Kim Yo Jong", know);
        assertEquals("she", seed0.article().text().substring(know.speaker().start(), know.speaker().end()));
    }

    @Test
    void seed0IndirectQuoteAfterSaying() {
        Quote q = find(seed0.quotes(), QuoteKind.INDIRECT, "Trump would only want to engage");
        assertEquals("Trump would only want to engage if there were real prospects of progress", q.text());
        assertEquals("saying", q.cue());
        assertPerson("Mike Pompeo", q);
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
        Quote trash = find(seed2.quotes(), QuoteKind.PARTIAL, "trash");
        assertEquals("there was absolutely no need for the summit because “trash” like Bolton had predicted it",
                trash.text());
        assertEquals("trash", trash.parts().get(0).text());
        assertPerson("Kim Yo-jong", trash);
        assertEquals("she", seed2.article().text().substring(trash.speaker().start(), trash.speaker().end()));

        Quote opinion = find(seed2.quotes(), QuoteKind.PARTIAL, "my personal opinion.");
        assertPerson("Kim Yo-jong", opinion);

        Quote summit = find(seed2.quotes(), QuoteKind.INDIRECT, "that the possibility of another summit");
        assertEquals("that the possibility of another summit between the U.S. and North Korea is still open", summit.text());
        assertEquals("said", summit.cue());
        assertPerson("Mike Pompeo", summit);

        // "A series of polls in the U.S. has shown that …": the polls hold the finding, not the place.
        Quote polls = find(seed2.quotes(), QuoteKind.INDIRECT, "that Joe Biden is leading Trump");
        assertEquals(Quote.Mode.EVIDENCE, polls.mode());
        assertWritten("polls", polls);
    }

    @Test
    void seed2ScareQuotesAreNoQuotes() {
        for (Quote q : seed2.quotes()) {
            assertTrue(!q.text().equals("October surprise"), "scare quotes taken for a quote: " + q);
        }
    }

    @Test
    void withoutEntitiesSpeakersAreNamedAsWritten() {
        assertWritten("Pompeo", find(seed0Alone, QuoteKind.DIRECT, "The North Koreans have given mixed signals"));
        assertWritten("Pompeo", find(seed0Alone, QuoteKind.DIRECT, "You need to have a willing partner,"));
        assertWritten("Moon Jae-in", find(seed0Alone, QuoteKind.PARTIAL, "walking on ice"));
        assertWritten("Kim Yo Jong", find(seed0Alone, QuoteKind.PARTIAL, "unpractical"));
        assertWritten("Kim Yo Jong", find(seed0Alone, QuoteKind.PARTIAL, "you never know"));
        assertWritten("Mike Pompeo", find(seed0Alone, QuoteKind.INDIRECT, "Trump would only want to engage"));
        assertWritten("Kim", find(seed2Alone, QuoteKind.PARTIAL, "trash"));
        assertWritten("Kim", find(seed2Alone, QuoteKind.PARTIAL, "my personal opinion."));
        assertWritten("Mike Pompeo", find(seed2Alone, QuoteKind.INDIRECT, "that the possibility of another summit"));
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

        Quote first = find(quotes, QuoteKind.DIRECT, "The North Koreans have given");
        assertEquals("p1", first.speaker().entity());
        assertEquals("Mike Pompeo", first.speaker().name());
        assertEquals("Pompeo", text.substring(first.speaker().start(), first.speaker().end()));
        Quote saying = find(quotes, QuoteKind.INDIRECT, "Trump would only want");
        assertEquals("p1", saying.speaker().entity());
        assertEquals("Mike Pompeo", saying.speaker().name());
    }
}

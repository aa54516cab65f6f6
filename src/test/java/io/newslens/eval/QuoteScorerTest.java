package io.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newslens.model.Analysis;
import io.newslens.model.Article;
import io.newslens.model.InputFormat;
import io.newslens.model.Quote;
import io.newslens.model.Quote.QuoteKind;
import io.newslens.model.Source;

/** Matching by word overlap, recall per kind and speaker accuracy. */
class QuoteScorerTest {

    private static final String TEXT = "Smith said the plan is dead. “We tried,” he said. The “deal” was off.";

    private static JsonNode gold() throws Exception {
        return new ObjectMapper().readTree("""
                {"text": "x", "layers": ["quotes", "peopleNames"], "quotes": [
                  {"text": "the plan is dead", "kind": "indirect", "speaker": "Smith", "speakerReference": "John Smith"},
                  {"text": "“We tried,”", "kind": "direct", "speaker": "he", "speakerReference": "John Smith"},
                  {"text": "an unfound quote of many words here", "kind": "direct", "speaker": null, "speakerReference": null}
                ]}""");
    }

    private static Quote quote(String text, QuoteKind kind, String speaker) {
        int start = TEXT.indexOf(text);
        return new Quote(start, start + text.length(), text, kind, "said",
                speaker == null ? null : new Quote.Speaker(null, speaker, 0, 5));
    }

    private static Analysis analysis(List<Quote> quotes) {
        Article article = new Article(null, List.of(), null, null, null, TEXT, List.of());
        return new Analysis("x", new Source("x", InputFormat.TEXT), article, null, null, null, null, quotes);
    }

    @Test
    void scoresMatchesKindsAndSpeakers() throws Exception {
        QuoteScorer scorer = new QuoteScorer();
        JsonNode gold = gold();
        assertEquals(true, scorer.appliesTo(gold));
        scorer.add(gold, analysis(List.of(
                quote("the plan is dead", QuoteKind.INDIRECT, "Smith"),
                quote("plan", QuoteKind.PARTIAL, "Smith"),
                quote("We tried,", QuoteKind.DIRECT, "Jones"),
                quote("deal", QuoteKind.PARTIAL, null))));
        Map<String, Double> m = scorer.metrics();
        // "plan" lies inside the indirect quote: part of it, not a prediction of its own.
        assertEquals(3.0, m.get("quotes.predicted"));
        assertEquals(2.0 / 3, m.get("quotes.precision"), 1e-9);
        assertEquals(2.0 / 3, m.get("quotes.recall"), 1e-9);
        assertEquals(0.5, m.get("quotes.recall.direct"), 1e-9);
        assertEquals(1.0, m.get("quotes.recall.indirect"), 1e-9);
        assertEquals(0.5, m.get("quotes.speaker.accuracy"), 1e-9);
    }

    @Test
    void beliefsAreLeftOutOnlyWhereTheGoldAnnotatesSpeechOnly() throws Exception {
        assertLeftOutOnlyWhereSpeechOnly(Quote.Mode.BELIEF, "believes");
    }

    @Test
    void findingsAreLeftOutOnlyWhereTheGoldAnnotatesSpeechOnly() throws Exception {
        assertLeftOutOnlyWhereSpeechOnly(Quote.Mode.EVIDENCE, "shows");
    }

    /** A quote of {@code mode} counts for PolNeAR and is left out for GGT, which annotates speech only. */
    private static void assertLeftOutOnlyWhereSpeechOnly(Quote.Mode mode, String cue) throws Exception {
        String goldJson = """
                {"dataset": "%s", "text": "x", "layers": ["quotes"], "quotes": [
                  {"text": "the plan is dead", "kind": "indirect", "speaker": "Smith", "speakerReference": "John Smith"}
                ]}""";
        Quote quote = new Quote(TEXT.indexOf("the plan"), TEXT.indexOf(" dead") + 5, "the plan is dead", QuoteKind.INDIRECT,
                cue, new Quote.Speaker(null, "Smith", 0, 5), List.of(), mode);
        ObjectMapper mapper = new ObjectMapper();
        QuoteScorer ggt = new QuoteScorer();
        ggt.add(mapper.readTree(goldJson.formatted("SFU Gender Gap Tracker (human-annotated quotes)")), analysis(List.of(quote)));
        assertEquals(0.0, ggt.metrics().get("quotes.predicted"));
        assertEquals(0.0, ggt.metrics().get("quotes.recall"), 1e-9);
        QuoteScorer polnear = new QuoteScorer();
        polnear.add(mapper.readTree(goldJson.formatted("PolNeAR (Political News Attribution Relations) dev")), analysis(List.of(quote)));
        assertEquals(1.0, polnear.metrics().get("quotes.predicted"));
        assertEquals(1.0, polnear.metrics().get("quotes.recall"), 1e-9);
    }

    @Test
    void unresolvedGoldSourceIsRightWhenTheMentionOverlapsIt() throws Exception {
        // PolNeAR gives the source span and no resolved reference: "he" pointing at that "he" is right.
        JsonNode gold = new ObjectMapper().readTree("""
                {"text": "x", "layers": ["quotes"], "quotes": [
                  {"text": "We tried,", "kind": "direct", "speaker": "he", "speakerStart": 41, "speakerEnd": 43},
                  {"text": "the plan is dead", "kind": "indirect", "speaker": "Smith", "speakerStart": 0, "speakerEnd": 5}
                ]}""");
        int we = TEXT.indexOf("We tried,");
        int plan = TEXT.indexOf("the plan is dead");
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(gold, analysis(List.of(
                new Quote(we, we + 9, "We tried,", QuoteKind.DIRECT, "said", new Quote.Speaker(null, "Jane Doe", 41, 43)),
                new Quote(plan, plan + 16, "the plan is dead", QuoteKind.INDIRECT, "said",
                        new Quote.Speaker(null, "Jane Doe", 12, 20)))));
        // The first points at the gold "he"; the second neither names Smith nor points at him.
        assertEquals(0.5, scorer.metrics().get("quotes.speaker.accuracy"), 1e-9);
    }

    @Test
    void splitQuoteMatchesOneGoldQuoteOrTheHalvesTheGoldAnnotates() throws Exception {
        String text = "“We tried,” he said. “It failed badly in the end.”";
        Quote split = new Quote(1, 48, text.substring(1, 48), QuoteKind.DIRECT, "said",
                new Quote.Speaker(null, "John Smith", 12, 14),
                List.of(new Quote.Part(1, 10, "We tried,"), new Quote.Part(22, 48, "It failed badly in the end.")));
        Article article = new Article(null, List.of(), null, null, null, text, List.of());
        Analysis analysis = new Analysis("x", new Source("x", InputFormat.TEXT), article, null, null, null, null,
                List.of(split));
        JsonNode halves = new ObjectMapper().readTree("""
                {"text": "x", "layers": ["quotes"], "quotes": [
                  {"text": "We tried,", "kind": "direct", "speaker": "he", "speakerReference": "John Smith"},
                  {"text": "It failed badly in the end.", "kind": "direct", "speaker": "he", "speakerReference": "John Smith"}
                ]}""");
        QuoteScorer byHalves = new QuoteScorer();
        byHalves.add(halves, analysis);
        assertEquals(1.0, byHalves.metrics().get("quotes.recall"), 1e-9);
        assertEquals(1.0, byHalves.metrics().get("quotes.precision"), 1e-9);
        assertEquals(2.0, byHalves.metrics().get("quotes.predicted"));

        JsonNode whole = new ObjectMapper().readTree("""
                {"text": "x", "layers": ["quotes"], "quotes": [
                  {"text": "“We tried,” he said. “It failed badly in the end.”", "kind": "direct", "speaker": "he",
                   "speakerStart": 12, "speakerEnd": 14}
                ]}""");
        QuoteScorer byWhole = new QuoteScorer();
        byWhole.add(whole, analysis);
        assertEquals(1.0, byWhole.metrics().get("quotes.f1"), 1e-9);
        assertEquals(1.0, byWhole.metrics().get("quotes.speaker.accuracy"), 1e-9);
    }
}

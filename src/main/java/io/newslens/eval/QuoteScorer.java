package io.newslens.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.newslens.model.Analysis;
import io.newslens.model.Quote;

/**
 * Scores quotes: a predicted quote matches a gold one when their word sets overlap by Jaccard at least
 * 0.5 (one-to-one, best overlaps first). Reports precision, recall and F1 over all quotes, recall of
 * gold direct, indirect and mixed quotes, and speaker accuracy over matched quotes: the predicted
 * speaker's name, or its surname, matches the gold speaker reference or the gold speaker string.
 *
 * <p>A split quote (a direct quote whose parts are the halves around its attribution) matches the gold's
 * one quote over both halves, or, where the gold annotates each half as a quote of its own (GGT), those
 * quotes by its parts: the output holds both readings. It then counts as one prediction per gold quote
 * it covers, each found.
 *
 * <p>A predicted quote lying inside another predicted quote (a partial quote inside the reported clause
 * that contains it) counts as part of that quote, not as a quote of its own: the gold data annotates
 * such a clause once, as one "mixed" quote.
 *
 * <p>Quotes of mode belief ("officials believe …") and evidence ("the poll shows …") are left out for
 * the datasets whose guidelines annotate speech only (the Gender Gap Tracker's); PolNeAR annotates
 * beliefs and findings too and is scored with all.
 */
final class QuoteScorer implements Scorer {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final double MIN_JACCARD = 0.5;
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "the", "sir");
    /** Datasets (by their {@code dataset} field) whose annotation covers speech only, no beliefs or findings. */
    private static final Set<String> SPEECH_ONLY = Set.of("SFU Gender Gap Tracker (human-annotated quotes)");

    private int docs;
    private int predictedCount;
    private int goldCount;
    private int matched;
    private int matchedPredictions;
    private final Map<String, int[]> byKind = new LinkedHashMap<>();
    private int speakerRight;

    QuoteScorer() {
        for (String kind : List.of("direct", "indirect", "mixed")) {
            byKind.put(kind, new int[2]);
        }
    }

    @Override
    public boolean appliesTo(JsonNode gold) {
        for (JsonNode layer : gold.path("layers")) {
            if (layer.asText().equals("quotes")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void add(JsonNode gold, Analysis predicted) {
        docs++;
        List<JsonNode> golds = new ArrayList<>();
        gold.path("quotes").forEach(golds::add);
        List<Quote> preds = outermost(scored(gold, predicted == null || predicted.quotes() == null ? List.of() : predicted.quotes()));
        goldCount += golds.size();
        predictedCount += preds.size();
        golds.forEach(g -> byKind.computeIfAbsent(g.path("kind").asText(), k -> new int[2])[1]++);
        List<int[]> pairs = match(golds, preds);
        matchedPredictions += pairs.size();
        List<int[]> halves = byParts(golds, preds, pairs);
        // A split quote the gold reads as n quotes counts as n predictions, all found.
        Map<Integer, Integer> perQuote = new HashMap<>();
        pairs.forEach(pair -> perQuote.merge(pair[1], 1, Integer::sum));
        halves.forEach(pair -> perQuote.merge(pair[1], 1, Integer::sum));
        perQuote.values().forEach(n -> {
            predictedCount += n - 1;
            matchedPredictions += n - 1;
        });
        pairs.addAll(halves);
        for (int[] pair : pairs) {
            JsonNode g = golds.get(pair[0]);
            matched++;
            byKind.get(g.path("kind").asText())[0]++;
            if (sameSpeaker(g, preds.get(pair[1]).speaker())) {
                speakerRight++;
            }
        }
    }

    /**
     * Pairs {gold index, predicted index} of the gold quotes left unmatched with the parts of split
     * quotes; a split quote with parts matched counts as a matched prediction.
     */
    private List<int[]> byParts(List<JsonNode> golds, List<Quote> preds, List<int[]> pairs) {
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        pairs.forEach(p -> {
            usedGold.add(p[0]);
            usedPred.add(p[1]);
        });
        List<int[]> out = new ArrayList<>();
        Set<Integer> counted = new HashSet<>();
        for (int p = 0; p < preds.size(); p++) {
            Quote q = preds.get(p);
            if (q.kind() != Quote.QuoteKind.DIRECT || q.parts().size() < 2) {
                continue;
            }
            for (Quote.Part part : q.parts()) {
                Set<String> pw = words(part.text());
                for (int g = 0; g < golds.size(); g++) {
                    if (!usedGold.contains(g) && jaccard(words(golds.get(g).path("text").asText()), pw) >= MIN_JACCARD) {
                        usedGold.add(g);
                        out.add(new int[] {g, p});
                        if (!usedPred.contains(p) && counted.add(p)) {
                            matchedPredictions++;
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The predicted quotes the gold's guidelines annotate: only speech where only speech is annotated. */
    private static List<Quote> scored(JsonNode gold, List<Quote> quotes) {
        if (!SPEECH_ONLY.contains(gold.path("dataset").asText())) {
            return quotes;
        }
        return quotes.stream().filter(q -> q.mode() == Quote.Mode.SPEECH).toList();
    }

    private static List<Quote> outermost(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            boolean nested = quotes.stream().anyMatch(o -> o != q && o.start() <= q.start() && q.end() <= o.end()
                    && (o.end() - o.start() > q.end() - q.start()));
            if (!nested) {
                out.add(q);
            }
        }
        return out;
    }

    /** Pairs {gold index, predicted index}, greedily by best word overlap. */
    private static List<int[]> match(List<JsonNode> golds, List<Quote> preds) {
        List<double[]> candidates = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            Set<String> gw = words(golds.get(g).path("text").asText());
            for (int p = 0; p < preds.size(); p++) {
                double j = jaccard(gw, words(preds.get(p).text()));
                if (j >= MIN_JACCARD) {
                    candidates.add(new double[] {j, g, p});
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(y[0], x[0]));
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (double[] c : candidates) {
            int g = (int) c[1];
            int p = (int) c[2];
            if (!usedGold.contains(g) && !usedPred.contains(p)) {
                usedGold.add(g);
                usedPred.add(p);
                pairs.add(new int[] {g, p});
            }
        }
        return pairs;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return (double) inter.size() / (a.size() + b.size() - inter.size());
    }

    /** Whether the predicted speaker is the gold one, by full name or surname. */
    static boolean sameSpeaker(JsonNode gold, Quote.Speaker predicted) {
        String reference = gold.path("speakerReference").asText(null);
        String speaker = gold.path("speaker").asText(null);
        if (reference == null && speaker == null) {
            return predicted == null;
        }
        if (predicted == null) {
            return false;
        }
        return sameName(predicted.name(), reference) || sameName(predicted.name(), speaker)
                || !gold.has("speakerReference") && overlapsSource(gold, predicted);
    }

    /** Whether the predicted speaker mention overlaps the gold source span. */
    private static boolean overlapsSource(JsonNode gold, Quote.Speaker predicted) {
        JsonNode start = gold.path("speakerStart");
        JsonNode end = gold.path("speakerEnd");
        return start.isInt() && end.isInt() && predicted.start() < end.asInt() && start.asInt() < predicted.end();
    }

    private static boolean sameName(String predicted, String gold) {
        if (gold == null) {
            return false;
        }
        List<String> p = nameWords(predicted);
        List<String> g = nameWords(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        return p.equals(g) || p.get(p.size() - 1).equals(g.get(g.size() - 1))
                || g.containsAll(p) || p.containsAll(g);
    }

    private static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(name.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!HONORIFICS.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        if (docs == 0) {
            return m;
        }
        double p = predictedCount == 0 ? 0 : (double) matchedPredictions / predictedCount;
        double r = goldCount == 0 ? 0 : (double) matched / goldCount;
        m.put("quotes.docs", (double) docs);
        m.put("quotes.gold", (double) goldCount);
        m.put("quotes.predicted", (double) predictedCount);
        m.put("quotes.precision", p);
        m.put("quotes.recall", r);
        m.put("quotes.f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
        byKind.forEach((kind, c) -> {
            if (c[1] > 0) {
                m.put("quotes.recall." + kind, (double) c[0] / c[1]);
            }
        });
        m.put("quotes.speaker.accuracy", matched == 0 ? 0 : (double) speakerRight / matched);
        return m;
    }
}

package io.newslens.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.newslens.model.Analysis;
import io.newslens.model.Entity;
import io.newslens.model.Mention;

/**
 * Scores people, places and organizations: precision, recall and F1 of the predicted mentions per layer,
 * micro-averaged over documents, with two matches. <em>Overlap</em>: a prediction is right if it
 * overlaps a gold mention of its layer, a gold mention is found if a prediction overlaps it (the gold
 * extents are maximal noun phrases and may nest). <em>Exact</em>: same start and end as the gold
 * mention or as its {@code head} (the name inside the noun phrase, where the gold gives one).
 * Predictions starting at or after {@code annotatedUpTo} are ignored, as the gold stops there.
 */
final class NerScorer implements Scorer {

    private static final List<String> LAYERS = List.of("people", "places", "organizations");

    private final Map<String, Counts> overlap = new LinkedHashMap<>();
    private final Map<String, Counts> exact = new LinkedHashMap<>();

    NerScorer() {
        for (String layer : LAYERS) {
            overlap.put(layer, new Counts());
            exact.put(layer, new Counts());
        }
    }

    @Override
    public boolean appliesTo(JsonNode gold) {
        for (JsonNode layer : gold.path("layers")) {
            if (LAYERS.contains(layer.asText())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void add(JsonNode gold, Analysis predicted) {
        int upTo = gold.path("annotatedUpTo").asInt(Integer.MAX_VALUE);
        for (JsonNode layer : gold.path("layers")) {
            String name = layer.asText();
            if (LAYERS.contains(name)) {
                List<Mention> pred = predicted(predicted, name, upTo);
                List<GoldMention> g = gold(gold.path(name));
                overlap.get(name).add(pred, g, false);
                exact.get(name).add(pred, g, true);
            }
        }
    }

    private static List<Mention> predicted(Analysis a, String layer, int upTo) {
        List<Entity> entities = a == null ? null : switch (layer) {
            case "people" -> a.people();
            case "places" -> a.places();
            default -> a.organizations();
        };
        List<Mention> out = new ArrayList<>();
        if (entities != null) {
            entities.forEach(e -> e.mentions().stream().filter(m -> m.start() < upTo).forEach(out::add));
        }
        return out;
    }

    private static List<GoldMention> gold(JsonNode list) {
        List<GoldMention> out = new ArrayList<>();
        for (JsonNode m : list) {
            JsonNode head = m.path("head");
            out.add(new GoldMention(m.get("start").asInt(), m.get("end").asInt(),
                    head.isObject() ? head.get("start").asInt() : -1, head.isObject() ? head.get("end").asInt() : -1));
        }
        return out;
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String layer : LAYERS) {
            Counts o = overlap.get(layer);
            if (o.gold == 0 && o.predicted == 0) {
                continue;
            }
            m.put(layer + ".gold", (double) o.gold);
            m.put(layer + ".predicted", (double) o.predicted);
            o.put(m, layer + ".overlap");
            exact.get(layer).put(m, layer + ".exact");
        }
        return m;
    }

    /** A gold mention; {@code headStart}/{@code headEnd} are -1 when the gold gives no head. */
    private record GoldMention(int start, int end, int headStart, int headEnd) {
        boolean matches(Mention p, boolean exact) {
            if (exact) {
                return p.start() == start && p.end() == end || p.start() == headStart && p.end() == headEnd;
            }
            return p.start() < end && start < p.end();
        }
    }

    /** Right predictions and found gold mentions of one layer and match. */
    private static final class Counts {
        int predicted;
        int predictedRight;
        int gold;
        int goldFound;

        void add(List<Mention> pred, List<GoldMention> golds, boolean exact) {
            predicted += pred.size();
            gold += golds.size();
            predictedRight += (int) pred.stream().filter(p -> golds.stream().anyMatch(g -> g.matches(p, exact))).count();
            goldFound += (int) golds.stream().filter(g -> pred.stream().anyMatch(p -> g.matches(p, exact))).count();
        }

        void put(Map<String, Double> m, String prefix) {
            double p = predicted == 0 ? 0 : (double) predictedRight / predicted;
            double r = gold == 0 ? 0 : (double) goldFound / gold;
            m.put(prefix + ".precision", p);
            m.put(prefix + ".recall", r);
            m.put(prefix + ".f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }
}

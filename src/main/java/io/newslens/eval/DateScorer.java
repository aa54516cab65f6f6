package io.newslens.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.newslens.model.Analysis;
import io.newslens.model.TimeExpression;

/**
 * Scores temporal expressions as TempEval-3 does: strict (exact span) and relaxed (overlapping span)
 * precision/recall/F1, then over the relaxed matches the share with the right type and value, and type
 * and value F1 (matches with the right attribute over predicted and over gold expressions).
 *
 * <p>MEANTIME rules: predictions starting at or after {@code annotatedUpTo} and predictions overlapping
 * the date line ({@code dctSpan}) are not scored.
 */
final class DateScorer implements Scorer {

    private int gold;
    private int predicted;
    private int strict;
    private int relaxed;
    private int typeRight;
    private int valueRight;

    @Override
    public boolean appliesTo(JsonNode doc) {
        for (JsonNode layer : doc.path("layers")) {
            if (layer.asText().equals("dates")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void add(JsonNode doc, Analysis analysis) {
        List<JsonNode> golds = new ArrayList<>();
        doc.path("dates").forEach(golds::add);
        List<TimeExpression> preds = scored(doc, analysis);
        gold += golds.size();
        predicted += preds.size();
        strict += strictMatches(golds, preds);
        boolean[] used = new boolean[preds.size()];
        for (JsonNode g : golds) {
            int p = bestOverlap(g, preds, used);
            if (p >= 0) {
                used[p] = true;
                relaxed++;
                TimeExpression t = preds.get(p);
                if (t.type().name().equals(g.path("type").asText())) {
                    typeRight++;
                }
                if (t.value().equals(g.path("value").asText())) {
                    valueRight++;
                }
            }
        }
    }

    /** The predictions that count for this document. */
    private static List<TimeExpression> scored(JsonNode doc, Analysis analysis) {
        List<TimeExpression> out = new ArrayList<>();
        if (analysis == null || analysis.dates() == null) {
            return out;
        }
        int upTo = doc.path("annotatedUpTo").asInt(Integer.MAX_VALUE);
        JsonNode dct = doc.path("dctSpan");
        for (TimeExpression t : analysis.dates()) {
            boolean onDateLine = dct.isObject() && t.start() < dct.path("end").asInt()
                    && dct.path("start").asInt() < t.end();
            if (t.start() < upTo && !onDateLine) {
                out.add(t);
            }
        }
        return out;
    }

    private static int strictMatches(List<JsonNode> golds, List<TimeExpression> preds) {
        int n = 0;
        for (JsonNode g : golds) {
            int s = g.path("start").asInt();
            int e = g.path("end").asInt();
            if (preds.stream().anyMatch(p -> p.start() == s && p.end() == e)) {
                n++;
            }
        }
        return n;
    }

    /** The unused prediction sharing most characters with {@code g}, or -1. */
    private static int bestOverlap(JsonNode g, List<TimeExpression> preds, boolean[] used) {
        int s = g.path("start").asInt();
        int e = g.path("end").asInt();
        int best = -1;
        int bestShared = 0;
        for (int i = 0; i < preds.size(); i++) {
            int shared = Math.min(e, preds.get(i).end()) - Math.max(s, preds.get(i).start());
            if (!used[i] && shared > bestShared) {
                best = i;
                bestShared = shared;
            }
        }
        return best;
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        if (gold == 0 && predicted == 0) {
            return m;
        }
        m.put("dates.gold", (double) gold);
        m.put("dates.predicted", (double) predicted);
        putPrf(m, "dates.strict", strict);
        putPrf(m, "dates.relaxed", relaxed);
        m.put("dates.type.accuracy", relaxed == 0 ? 0 : (double) typeRight / relaxed);
        m.put("dates.value.accuracy", relaxed == 0 ? 0 : (double) valueRight / relaxed);
        putPrf(m, "dates.type", typeRight);
        putPrf(m, "dates.value", valueRight);
        return m;
    }

    private void putPrf(Map<String, Double> m, String name, int right) {
        double p = predicted == 0 ? 0 : (double) right / predicted;
        double r = gold == 0 ? 0 : (double) right / gold;
        m.put(name + ".precision", p);
        m.put(name + ".recall", r);
        m.put(name + ".f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

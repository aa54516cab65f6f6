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

    private Counts total = new Counts(0, 0, 0, 0, 0, 0);

    /** What one or more documents count: expressions, matches, and matches with the right attributes. */
    private record Counts(int gold, int predicted, int strict, int relaxed, int typeRight, int valueRight) {
        Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, strict + o.strict, relaxed + o.relaxed,
                    typeRight + o.typeRight, valueRight + o.valueRight);
        }
    }

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
        total = total.plus(count(doc, analysis));
    }

    /** Matches the document once and counts it here and in {@code also}. */
    @Override
    public void add(JsonNode doc, Analysis analysis, Scorer also) {
        Counts c = count(doc, analysis);
        total = total.plus(c);
        ((DateScorer) also).total = ((DateScorer) also).total.plus(c);
    }

    private static Counts count(JsonNode doc, Analysis analysis) {
        List<JsonNode> golds = new ArrayList<>();
        doc.path("dates").forEach(golds::add);
        List<TimeExpression> preds = scored(doc, analysis);
        int relaxed = 0;
        int typeRight = 0;
        int valueRight = 0;
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
        return new Counts(golds.size(), preds.size(), strictMatches(golds, preds), relaxed, typeRight, valueRight);
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
        Counts c = total;
        if (c.gold() == 0 && c.predicted() == 0) {
            return m;
        }
        m.put("dates.gold", (double) c.gold());
        m.put("dates.predicted", (double) c.predicted());
        putPrf(m, "dates.strict", c.strict());
        putPrf(m, "dates.relaxed", c.relaxed());
        m.put("dates.type.accuracy", c.relaxed() == 0 ? 0 : (double) c.typeRight() / c.relaxed());
        m.put("dates.value.accuracy", c.relaxed() == 0 ? 0 : (double) c.valueRight() / c.relaxed());
        putPrf(m, "dates.type", c.typeRight());
        putPrf(m, "dates.value", c.valueRight());
        return m;
    }

    private void putPrf(Map<String, Double> m, String name, int right) {
        double p = total.predicted() == 0 ? 0 : (double) right / total.predicted();
        double r = total.gold() == 0 ? 0 : (double) right / total.gold();
        m.put(name + ".precision", p);
        m.put(name + ".recall", r);
        m.put(name + ".f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

package io.newslens.eval;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.newslens.model.Analysis;

/**
 * Scores the loader: body precision/recall/F1 over word 4-gram shingles (macro-averaged over
 * documents, F1 from the averages, as the scrapinghub benchmark does), and title and publication date
 * accuracy where the gold gives them.
 */
final class LoaderScorer implements Scorer {

    private double precisionSum;
    private double recallSum;
    private int bodies;
    private int titlesRight;
    private int titles;
    private int datesRight;
    private int dates;

    @Override
    public boolean appliesTo(JsonNode gold) {
        return gold.has("input") && gold.has("goldFields");
    }

    @Override
    public void add(JsonNode gold, Analysis predicted) {
        JsonNode fields = gold.get("goldFields");
        for (JsonNode f : fields) {
            switch (f.asText()) {
                case "body" -> addBody(gold.get("body").asText(), predicted == null ? "" : predicted.article().text());
                case "title" -> {
                    titles++;
                    if (predicted != null && gold.get("title").asText().equals(predicted.article().title())) {
                        titlesRight++;
                    }
                }
                case "published" -> {
                    dates++;
                    if (predicted != null && predicted.article().published() != null && gold.get("published")
                            .asText().equals(predicted.article().published().value().toString())) {
                        datesRight++;
                    }
                }
                default -> { }
            }
        }
    }

    private void addBody(String gold, String predicted) {
        double[] pr = Shingles.precisionRecall(predicted, gold);
        precisionSum += pr[0];
        recallSum += pr[1];
        bodies++;
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        if (bodies > 0) {
            double p = precisionSum / bodies;
            double r = recallSum / bodies;
            m.put("body.docs", (double) bodies);
            m.put("body.precision", p);
            m.put("body.recall", r);
            m.put("body.f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
        if (titles > 0) {
            m.put("title.accuracy", (double) titlesRight / titles);
        }
        if (dates > 0) {
            m.put("published.docs", (double) dates);
            m.put("published.accuracy", (double) datesRight / dates);
        }
        return m;
    }
}

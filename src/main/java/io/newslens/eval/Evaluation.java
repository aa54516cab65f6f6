package io.newslens.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics of one evaluation with a held-out part: over all documents, over the held-out documents
 * and over the others. Each map is laid out as {@link Evaluator#evaluate(java.nio.file.Path)} gives it;
 * a scorer that applies to no document of a part has no metrics in that part's map.
 *
 * @param all the metrics over every document
 * @param heldOut the metrics over the held-out documents (every N-th document, counting from the first)
 * @param tuned the metrics over the remaining documents, those rules and models may have been tuned on
 */
public record Evaluation(Map<String, Double> all, Map<String, Double> heldOut, Map<String, Double> tuned) {
    /** Copies the three maps, keeping their order. */
    public Evaluation {
        all = ordered(all);
        heldOut = ordered(heldOut);
        tuned = ordered(tuned);
    }

    /** An unmodifiable copy that keeps the print order (which {@code Map.copyOf} would lose). */
    private static Map<String, Double> ordered(Map<String, Double> metrics) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}

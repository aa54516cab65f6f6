package io.newslens.eval;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.newslens.model.Analysis;

/**
 * Scores one layer of the pipeline against gold documents, accumulating over documents.
 * Not thread-safe: one scorer per evaluation run.
 */
interface Scorer {

    /** Whether this scorer applies to a gold document (its layer is annotated there). */
    boolean appliesTo(JsonNode gold);

    /** Adds one document: the gold annotation and what newslens produced for its input. */
    void add(JsonNode gold, Analysis predicted);

    /**
     * Adds one document to this scorer and to {@code also}, a scorer of the same class (the whole set and
     * its held-out or tuned part). Scorers that can match a document once and count it twice override this.
     */
    default void add(JsonNode gold, Analysis predicted, Scorer also) {
        add(gold, predicted);
        also.add(gold, predicted);
    }

    /** The metrics so far, in print order (e.g. {@code body.f1 -> 0.93}). */
    Map<String, Double> metrics();
}

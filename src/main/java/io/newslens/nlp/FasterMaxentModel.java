package io.newslens.nlp;

import opennlp.tools.ml.model.MaxentModel;

/**
 * Base of newslens' faster scorers for an OpenNLP model: a subclass computes
 * {@link #eval(String[], double[])}, the one call OpenNLP's decoders make per token, and everything else
 * (outcome names, weighted features) is the wrapped model's own. A subclass gives the wrapped
 * model's numbers, to the bit, only faster.
 */
abstract class FasterMaxentModel implements MaxentModel {

    private final MaxentModel model;

    FasterMaxentModel(MaxentModel model) {
        this.model = model;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[model.getNumOutcomes()]);
    }

    /** Weighted features: no decoder of newslens passes them, so the wrapped model scores them as it does. */
    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return model.getNumOutcomes();
    }
}

package io.newslens.names;

import java.util.Arrays;
import java.util.Map;

import io.newslens.nlp.FasterMaxentModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * A perceptron model that scores the name finder's beam faster, with exactly the numbers OpenNLP's
 * {@link PerceptronModel} gives.
 *
 * <p>The beam scores each token once per candidate sequence (three by default), and the candidates'
 * feature lists differ only in their last few features (the previous outcomes): the others are the
 * same string objects, from OpenNLP's feature cache. Looking those up in the model's large feature map
 * was a third of the names stage. This model remembers the previous call's features: a leading run of
 * identical objects reuses their parameters and their partial sums, and only the rest is looked up and
 * added. Sums are added in the same order as OpenNLP adds them, so every score is bit-identical.
 *
 * <p>Not thread-safe (it keeps the previous call): one per {@link opennlp.tools.namefind.NameFinderME}.
 */
final class SharedPrefixPerceptron extends FasterMaxentModel {

    private final FeatureTable features;
    private final int outcomes;
    private String[] previous = new String[0];
    private Context[] previousParams = new Context[0];
    /** Sums over the first {@code prefixLength} features of {@link #previous}; -1 when none are kept. */
    private final double[] prefixSums;
    private int prefixLength = -1;

    /** {@code features} is the model's, from {@link #featuresOf(PerceptronModel)}: one table for all threads. */
    SharedPrefixPerceptron(PerceptronModel model, FeatureTable features) {
        super(model);
        this.features = features;
        this.outcomes = model.getNumOutcomes();
        this.prefixSums = new double[outcomes];
    }

    /** The model's feature map as a {@link FeatureTable}: costly, so built once per model. */
    @SuppressWarnings("unchecked")
    static FeatureTable featuresOf(PerceptronModel model) {
        // getDataStructures() gives {parameters, feature map, outcome names}: the model's own map.
        return new FeatureTable((Map<String, Context>) model.getDataStructures()[1]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        int shared = sharedPrefix(context);
        Context[] params = resolve(context, shared);
        if (shared > 0 && shared != prefixLength) {
            Arrays.fill(prefixSums, 0);
            add(params, 0, shared, prefixSums);
            prefixLength = shared;
        }
        if (shared > 0) {
            System.arraycopy(prefixSums, 0, probs, 0, outcomes);
            add(params, shared, params.length, probs);
        } else {
            prefixLength = -1;
            Arrays.fill(probs, 0);
            add(params, 0, params.length, probs);
        }
        previous = context;
        previousParams = params;
        return normalize(probs);
    }

    /** How many leading features are the very objects of the previous call's. */
    private int sharedPrefix(String[] context) {
        int n = Math.min(context.length, previous.length);
        int i = 0;
        while (i < n && context[i] == previous[i]) {
            i++;
        }
        return i;
    }

    private Context[] resolve(String[] context, int shared) {
        Context[] out = new Context[context.length];
        System.arraycopy(previousParams, 0, out, 0, shared);
        for (int i = shared; i < context.length; i++) {
            out[i] = features.get(context[i]);
        }
        return out;
    }

    /** OpenNLP's ArrayMath.sumFeatures over {@code [from, to)}, with every feature value 1. */
    private static void add(Context[] params, int from, int to, double[] sums) {
        for (int i = from; i < to; i++) {
            if (params[i] != null) {
                addFeature(params[i], sums);
            }
        }
    }

    /** PerceptronModel's normalisation, step for step: exp of each sum over the largest magnitude, over their total. */
    private double[] normalize(double[] sums) {
        double max = 1;
        for (int i = 0; i < outcomes; i++) {
            if (max < StrictMath.abs(sums[i])) {
                max = StrictMath.abs(sums[i]);
            }
        }
        double total = 0;
        for (int i = 0; i < outcomes; i++) {
            sums[i] = StrictMath.exp(sums[i] / max);
            total += sums[i];
        }
        for (int i = 0; i < outcomes; i++) {
            sums[i] /= total;
        }
        return sums;
    }
}

package io.newslens.nlp;

import java.lang.reflect.Field;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS maxent model that scores a context with exactly the numbers OpenNLP's {@link GISModel} gives,
 * in one pass and without allocating.
 *
 * <p>OpenNLP's eval first resolves every feature into a new array, then asks the model's prior to fill
 * the sums (a virtual call that writes one constant), then adds the resolved features. The tagger, the
 * tokenizer and the sentence detector call it once per token or character, so those steps showed up in
 * profiles. Here each feature is looked up and added as it comes, onto sums that start at the uniform
 * prior's constant, and the sums become probabilities as in {@code GISModel.eval}: the same additions
 * in the same order, {@link StrictMath#exp} and one division by the same total, so every probability is
 * bit-identical.
 *
 * <p>Only for models with OpenNLP's default {@code UniformPrior} (every model OpenNLP reads from a
 * package has it; {@link #fits} tells). Stateless: one instance may be shared by threads.
 */
final class GisScorer extends FasterMaxentModel {

    private final Map<String, Context> features;
    private final int outcomes;
    /** {@code UniformPrior}'s log prior, computed as it computes it. */
    private final double logPrior;

    @SuppressWarnings("unchecked")
    GisScorer(GISModel model) {
        super(model);
        // getDataStructures() gives {parameters, feature map, outcome names}: the model's own map.
        this.features = (Map<String, Context>) model.getDataStructures()[1];
        this.outcomes = model.getNumOutcomes();
        this.logPrior = StrictMath.log(1.0 / outcomes);
    }

    /**
     * Whether {@code model} is a GIS model with OpenNLP's uniform prior, the only kind scored here.
     * GISModel keeps its prior in a protected field with no getter; if it cannot be read, the answer is
     * no, and the caller uses OpenNLP's own runtime.
     */
    static boolean fits(MaxentModel model) {
        if (!(model instanceof GISModel)) {
            return false;
        }
        try {
            Field prior = AbstractModel.class.getDeclaredField("prior");
            prior.setAccessible(true);
            Object p = prior.get(model);
            return p != null && p.getClass() == UniformPrior.class;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The model's features by name: the map GISModel itself looks them up in. */
    Map<String, Context> features() {
        return features;
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        start(probs);
        for (String feature : context) {
            Context c = features.get(feature);
            if (c != null) {
                addFeature(c, probs);
            }
        }
        return finish(probs);
    }

    /** Sets each outcome's sum to the prior's constant, before the features are added. */
    void start(double[] sums) {
        for (int i = 0; i < outcomes; i++) {
            sums[i] = logPrior;
        }
    }

    /** Turns the sums, with all features added, into GISModel's probabilities, in place. */
    double[] finish(double[] sums) {
        double total = 0;
        for (int i = 0; i < outcomes; i++) {
            sums[i] = StrictMath.exp(sums[i]);
            total += sums[i];
        }
        for (int i = 0; i < outcomes; i++) {
            sums[i] /= total;
        }
        return sums;
    }
}

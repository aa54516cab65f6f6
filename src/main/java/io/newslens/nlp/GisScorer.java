package io.newslens.nlp;

import java.lang.reflect.Field;
import java.util.Map;

import opennlp.tools.ml.ArrayMath;
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
 * bit-identical. The features are looked up in a {@link FeatureTable}: built from the model's own map,
 * or read from the model the build packed ({@link PackedTextModels}); the tagger measured no slower
 * with it than with OpenNLP's map (about a tenth faster per article).
 *
 * <p>Only for models with OpenNLP's default {@code UniformPrior} (every model OpenNLP reads from a
 * package has it; {@link #fits} tells). Stateless: one instance may be shared by threads.
 */
final class GisScorer extends FasterMaxentModel {

    /** Sums within this bound keep every exp, and the total of up to {@link #FEW} of them, finite and normal. */
    private static final double SAFE_SUM = 700;
    private static final int FEW = 1000;
    /** A lead of one sum over the others that the rounding of exp and of the division cannot undo. */
    private static final double CLEAR_LEAD = 1e-9;

    private final FeatureTable features;
    private final int outcomes;
    /** {@code UniformPrior}'s log prior, computed as it computes it. */
    private final double logPrior;

    /** Scores as {@code model} does, with its features copied into a {@link FeatureTable}. */
    GisScorer(GISModel model) {
        this(model, table(features(model)));
    }

    /**
     * Scores with the features of {@code table} (built by {@link #table} from a model with the same
     * outcomes in the same order, say at build time); {@code outcomes} names the outcomes.
     */
    GisScorer(MaxentModel outcomes, FeatureTable table) {
        super(outcomes);
        this.features = table;
        this.outcomes = outcomes.getNumOutcomes();
        this.logPrior = StrictMath.log(1.0 / this.outcomes);
    }

    /** The model's features by name: the map GISModel itself looks them up in. */
    @SuppressWarnings("unchecked")
    static Map<String, Context> features(GISModel model) {
        // getDataStructures() gives {parameters, feature map, outcome names}: the model's own map.
        return (Map<String, Context>) model.getDataStructures()[1];
    }

    /**
     * A table of the features with their weights, each feature's in its Context's order, so that
     * {@link FeatureTable#add} adds them as OpenNLP's {@code ArrayMath.sumFeatures} does for a feature of
     * value 1: it multiplies each weight by the value, which is exact for 1, so the sums are the same.
     */
    static FeatureTable table(Map<String, Context> features) {
        String[] keys = new String[features.size()];
        int[][] patterns = new int[keys.length][];
        int[] patternOf = new int[keys.length];
        double[][] parameters = new double[keys.length][];
        int k = 0;
        int total = 0;
        for (Map.Entry<String, Context> e : features.entrySet()) {
            keys[k] = e.getKey();
            patterns[k] = e.getValue().getOutcomes();
            parameters[k] = e.getValue().getParameters();
            patternOf[k] = k;
            total += patterns[k].length;
            k++;
        }
        double[] weights = new double[total];
        int at = 0;
        for (double[] p : parameters) {
            System.arraycopy(p, 0, weights, at, p.length);
            at += p.length;
        }
        return new FeatureTable(keys, patternOf, patterns, weights);
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

    /** The features and weights this scorer adds. */
    FeatureTable table() {
        return features;
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return finish(sums(context, probs));
    }

    /** The outcomes' sums for {@code context}, before {@link #finish} makes them probabilities. */
    double[] sums(String[] context, double[] sums) {
        start(sums);
        features.addAll(context, sums);
        return sums;
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

    /**
     * The index that {@link ArrayMath#argmax} gives for the probabilities {@link #finish} makes of
     * {@code sums}, without making them when one sum clearly leads (and {@code sums} are then left as
     * they are). exp increases, and StrictMath's is within an ulp of it; so when the largest sum leads
     * every other by more than {@value #CLEAR_LEAD}, its exp leads theirs by a factor above
     * 1 + 2<sup>-40</sup>, and dividing all by the same total, each quotient rounded within half an
     * ulp, keeps its probability strictly the largest: argmax can only pick it. (The sums must be in
     * the range where the exps and their total are finite and normal; outside it, or without such a
     * lead, the probabilities are made and argmax picks among them.)
     */
    int best(double[] sums) {
        int leader = leader(sums);
        return leader >= 0 ? leader : ArrayMath.argmax(finish(sums));
    }

    /**
     * The outcome whose sum clearly leads, as {@link #best} takes it without making probabilities; -1
     * when none does (or the sums are out of the safe range), and then {@code sums} are untouched too.
     */
    int leader(double[] sums) {
        int best = 0;
        double second = Double.NEGATIVE_INFINITY;
        boolean safe = outcomes <= FEW;
        for (int i = 0; i < outcomes; i++) {
            safe &= Math.abs(sums[i]) < SAFE_SUM;
            if (i > 0 && sums[i] > sums[best]) {
                second = sums[best];
                best = i;
            } else if (i > 0 && sums[i] > second) {
                second = sums[i];
            }
        }
        return safe && sums[best] - second > CLEAR_LEAD ? best : -1;
    }
}

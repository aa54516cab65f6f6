package io.newslens.nlp;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

import opennlp.tools.ml.model.Context;

/**
 * A maxent model's features as the tokenizer's runtime reads them: found in a {@link FeatureTable} of
 * their names, by name or by a prefix and a region of some text, and added from one dense array of
 * weights by the feature's index.
 *
 * <p>Why not the weights in the table, next to each key, as the name finder keeps them: at every
 * position the tokenizer adds a dozen features, most of them those of one character or pair of
 * characters, found once for all and added over and over; their rows of one small dense array stay in
 * cache, where in the table they lie between the keys' characters. Measured on the splitter, weights
 * in the table took about a third more time per character.
 *
 * <p>The weights are dense: every outcome's, with 0 for those the feature has none for. Adding
 * {@code +0.0} leaves a sum's bits as they are unless the sum is {@code -0.0}, and a sum never is: it
 * starts at the prior's log, which is not {@code -0.0}, and in IEEE arithmetic a sum is {@code -0.0}
 * only when both of its terms are. So {@link #add(int, double[])} gives the sums that
 * GISModel gives with the feature's Context, to the bit.
 *
 * <p>Immutable: one instance may be shared by threads.
 */
final class DenseFeatures {

    private final FeatureTable table;
    private final int outcomes;
    /** Feature {@code k}'s weight for outcome {@code o} is {@code weights[k * outcomes + o]}. */
    private final double[] weights;

    private DenseFeatures(FeatureTable table, int outcomes, double[] weights) {
        this.table = table;
        this.outcomes = outcomes;
        this.weights = weights;
    }

    DenseFeatures(Map<String, Context> features, int outcomes) {
        String[] names = new String[features.size()];
        this.outcomes = outcomes;
        this.weights = new double[names.length * outcomes];
        int k = 0;
        for (Map.Entry<String, Context> e : features.entrySet()) {
            names[k] = e.getKey();
            int[] ids = e.getValue().getOutcomes();
            double[] parameters = e.getValue().getParameters();
            for (int j = 0; j < ids.length; j++) {
                weights[k * outcomes + ids[j]] = parameters[j];
            }
            k++;
        }
        this.table = new FeatureTable(names);
    }

    /** Writes the features for {@link #read}. */
    void write(DataOutput out) throws IOException {
        table.write(out);
        out.writeInt(outcomes);
        PackedArrays.write(weights, out);
    }

    /**
     * Reads features that {@link #write} wrote, from the buffer's position on.
     *
     * @throws IOException if the bytes are not such features
     */
    static DenseFeatures read(ByteBuffer in) throws IOException {
        FeatureTable table = FeatureTable.read(in);
        int outcomes = PackedArrays.length(in, 0);
        double[] weights = PackedArrays.readDoubles(in);
        if (outcomes == 0 || weights.length % outcomes != 0) {
            throw new IOException("not dense features: " + weights.length + " weights for " + outcomes + " outcomes");
        }
        return new DenseFeatures(table, outcomes, weights);
    }

    /** The index of the feature named {@code name}, or {@link FeatureTable#ABSENT} if the model has none. */
    int find(String name) {
        return table.index(table.find(name));
    }

    /**
     * The index of the feature named {@code prefix + text.substring(from, to)}, whose hash is
     * {@code hash} (see {@link FeatureTable#hash}), or {@link FeatureTable#ABSENT}.
     */
    int find(int hash, String prefix, String text, int from, int to) {
        return table.index(table.find(hash, prefix, text, from, to));
    }

    /** The length, after {@code prefix}, of the longest feature name that starts with it; -1 if none does. */
    int longest(String prefix) {
        return table.longest(prefix);
    }

    /** Adds feature {@code k}'s weights to the outcomes' sums; nothing for {@link FeatureTable#ABSENT}. */
    void add(int k, double[] sums) {
        if (k != FeatureTable.ABSENT) {
            int at = k * outcomes;
            for (int o = 0; o < outcomes; o++) {
                sums[o] += weights[at + o];
            }
        }
    }
}

package io.newslens.names;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;

import io.newslens.nlp.FeatureTable;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.util.InvalidFormatException;

/**
 * A perceptron model read from OpenNLP's binary model format straight into a {@link FeatureTable}: the
 * same model as OpenNLP's {@link PerceptronModel}, with its scores to the bit, but without the
 * 200,000-entry map of {@code Context} objects OpenNLP builds, which newslens' decoder never reads. The
 * name model is the largest to load, and building that map and then the table from it was most of the
 * name finder's start-up time.
 *
 * <p>Immutable and thread-safe.
 */
final class PackedPerceptron implements MaxentModel {

    /** The type tag OpenNLP's model files start with. */
    private static final String TYPE = "Perceptron";

    private final String[] outcomes;
    private final FeatureTable features;

    private PackedPerceptron(String[] outcomes, FeatureTable features) {
        this.outcomes = outcomes;
        this.features = features;
    }

    /** Whether {@code model}, the bytes of an OpenNLP model file, holds a perceptron. */
    static boolean isPerceptron(byte[] model) {
        byte[] type = TYPE.getBytes(StandardCharsets.US_ASCII);
        return model.length >= 2 + type.length && model[0] == 0 && model[1] == type.length
                && Arrays.equals(model, 2, 2 + type.length, type, 0, type.length);
    }

    /**
     * Reads OpenNLP's binary perceptron format: the type, the outcomes, the outcome patterns ("count
     * outcome outcome ..."), the feature names, then each feature's weights, pattern by pattern.
     *
     * @throws InvalidFormatException if {@code model} is not such a file
     */
    static PackedPerceptron read(byte[] model) throws InvalidFormatException {
        return read(model, null);
    }

    /**
     * Same as {@link #read(byte[])}, with the table's keys filed as {@code index} has them (null: filed
     * here); the index must be of this very model ({@link NameModelIndex} checks).
     *
     * @throws InvalidFormatException if {@code model} is not such a file
     */
    static PackedPerceptron read(byte[] model, FeatureTable.Index index) throws InvalidFormatException {
        try {
            Reader in = new Reader(model);
            if (!TYPE.equals(in.utf())) {
                throw new InvalidFormatException("not a perceptron model");
            }
            String[] outcomes = in.utfs();
            int[][] patterns = new int[in.count()][];
            int[] counts = new int[patterns.length];
            for (int p = 0; p < patterns.length; p++) {
                int[] line = numbers(in.utf());
                counts[p] = line[0];
                patterns[p] = Arrays.copyOfRange(line, 1, line.length);
            }
            FeatureTable.KeyRun keys = in.keyRun();
            int[] patternOf = new int[keys.count()];
            int weightCount = 0;
            int k = 0;
            for (int p = 0; p < patterns.length; p++) {
                for (int j = 0; j < counts[p]; j++) {
                    patternOf[k++] = p;
                    weightCount += patterns[p].length;
                }
            }
            if (k != keys.count()) {
                throw new InvalidFormatException("outcome patterns cover " + k + " of " + keys.count() + " features");
            }
            return new PackedPerceptron(outcomes, new FeatureTable(keys, patternOf, patterns, in.doubles(weightCount), index));
        } catch (BufferUnderflowException | NegativeArraySizeException | IndexOutOfBoundsException
                | IllegalArgumentException | IOException e) {
            throw new InvalidFormatException("not a readable perceptron model: " + e, e);
        }
    }

    private static int[] numbers(String line) throws InvalidFormatException {
        StringTokenizer words = new StringTokenizer(line, " ");
        int[] out = new int[words.countTokens()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Integer.parseInt(words.nextToken());
        }
        if (out.length == 0) {
            throw new InvalidFormatException("empty outcome pattern");
        }
        return out;
    }

    /** Writes the model in OpenNLP's binary format, features grouped by outcome pattern as OpenNLP writes them. */
    void write(OutputStream out) throws IOException {
        Map<List<Integer>, List<String>> keysByPattern = new LinkedHashMap<>();
        Map<List<Integer>, List<double[]>> weightsByPattern = new LinkedHashMap<>();
        features.forEach((key, outcomeIds, values) -> {
            List<Integer> pattern = Arrays.stream(outcomeIds).boxed().toList();
            keysByPattern.computeIfAbsent(pattern, p -> new ArrayList<>()).add(key);
            weightsByPattern.computeIfAbsent(pattern, p -> new ArrayList<>()).add(values);
        });
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(TYPE);
        data.writeInt(outcomes.length);
        for (String o : outcomes) {
            data.writeUTF(o);
        }
        data.writeInt(keysByPattern.size());
        for (Map.Entry<List<Integer>, List<String>> p : keysByPattern.entrySet()) {
            StringBuilder line = new StringBuilder().append(p.getValue().size());
            p.getKey().forEach(o -> line.append(' ').append(o));
            data.writeUTF(line.toString());
        }
        data.writeInt(keysByPattern.values().stream().mapToInt(List::size).sum());
        for (List<String> keys : keysByPattern.values()) {
            for (String key : keys) {
                data.writeUTF(key);
            }
        }
        for (List<double[]> group : weightsByPattern.values()) {
            for (double[] values : group) {
                for (double w : values) {
                    data.writeDouble(w);
                }
            }
        }
        data.flush();
    }

    /**
     * This model without the weights under {@code minWeight} in magnitude, and without the features left
     * with none: a smaller table to load and to keep in cache. A perceptron's scores are normalised by
     * their largest magnitude, so dropping weights near zero barely moves its choices; how far it moves
     * them is measured per threshold in the model card.
     */
    PackedPerceptron pruned(double minWeight) throws IOException {
        List<String> keys = new ArrayList<>();
        Map<List<Integer>, Integer> patternIds = new LinkedHashMap<>();
        List<Integer> patternOf = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        features.forEach((key, outcomeIds, values) -> {
            List<Integer> kept = new ArrayList<>();
            for (int j = 0; j < outcomeIds.length; j++) {
                if (Math.abs(values[j]) >= minWeight) {
                    kept.add(outcomeIds[j]);
                    weights.add(values[j]);
                }
            }
            if (!kept.isEmpty()) {
                keys.add(key);
                patternOf.add(patternIds.computeIfAbsent(kept, p -> patternIds.size()));
            }
        });
        int[][] patterns = patternIds.keySet().stream()
                .map(p -> p.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        return new PackedPerceptron(outcomes, new FeatureTable(keys.toArray(String[]::new),
                patternOf.stream().mapToInt(Integer::intValue).toArray(), patterns,
                weights.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** How many features the model has, and how many weights in all. */
    int[] size() throws IOException {
        int[] size = new int[2];
        features.forEach((key, outcomeIds, values) -> {
            size[0]++;
            size[1] += values.length;
        });
        return size;
    }

    FeatureTable features() {
        return features;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes.length]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context, values, new double[outcomes.length]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return eval(context, null, probs);
    }

    /** PerceptronModel's eval: the features' weights (times their values, if given) summed in order, normalised. */
    private double[] eval(String[] context, float[] values, double[] probs) {
        Arrays.fill(probs, 0);
        if (values == null) {
            features.addAll(context, probs);
        }
        for (int i = 0; values != null && i < context.length; i++) {
            features.add(features.find(context[i]), values[i], probs);
        }
        return normalize(probs, outcomes.length);
    }

    /** PerceptronModel's normalisation, step for step: exp of each sum over the largest magnitude, over their total. */
    static double[] normalize(double[] sums, int outcomes) {
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

    /** The first outcome of the highest probability, as OpenNLP's models pick it. */
    @Override
    public String getBestOutcome(double[] probs) {
        int best = 0;
        for (int i = 1; i < outcomes.length; i++) {
            if (probs[i] > probs[best]) {
                best = i;
            }
        }
        return outcomes[best];
    }

    @Override
    public String getAllOutcomes(double[] probs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < outcomes.length; i++) {
            out.append(i == 0 ? "" : "  ").append(outcomes[i]).append('[')
                    .append(String.format(java.util.Locale.ROOT, "%.4f", probs[i])).append(']');
        }
        return out.toString();
    }

    @Override
    public String getOutcome(int i) {
        return outcomes[i];
    }

    @Override
    public int getIndex(String outcome) {
        return Arrays.asList(outcomes).indexOf(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return outcomes.length;
    }

    /** Java's data-stream encoding (big-endian numbers, modified UTF-8 strings) read from a byte array. */
    private static final class Reader {
        private final byte[] bytes;
        private final ByteBuffer buffer;

        Reader(byte[] bytes) {
            this.bytes = bytes;
            this.buffer = ByteBuffer.wrap(bytes);
        }

        int count() throws InvalidFormatException {
            int n = buffer.getInt();
            if (n < 0 || n > buffer.remaining()) {
                throw new InvalidFormatException("bad count " + n);
            }
            return n;
        }

        String[] utfs() throws IOException {
            String[] out = new String[count()];
            for (int i = 0; i < out.length; i++) {
                out[i] = utf();
            }
            return out;
        }

        /**
         * A count, then that many strings as {@link #utf()} reads them, into one run of characters: no
         * string per key (see {@link FeatureTable.KeyRun}).
         */
        FeatureTable.KeyRun keyRun() throws IOException {
            int[] starts = new int[count() + 1];
            // A character takes at least one byte, so the keys' bytes bound their characters.
            char[] chars = new char[keyBytes(starts.length - 1)];
            int at = 0;
            for (int k = 1; k < starts.length; k++) {
                int length = buffer.getShort() & 0xFFFF;
                int start = buffer.position();
                buffer.position(start + length);
                int ascii = 0;
                while (ascii < length && bytes[start + ascii] > 0) {
                    chars[at + ascii] = (char) bytes[start + ascii];
                    ascii++;
                }
                if (ascii < length) {
                    String key = new DataInputStream(new ByteArrayInputStream(bytes, start - 2, length + 2)).readUTF();
                    key.getChars(0, key.length(), chars, at);
                    at += key.length();
                } else {
                    at += length;
                }
                starts[k] = at;
            }
            return new FeatureTable.KeyRun(chars, starts);
        }

        /** The bytes of the next {@code count} strings, without reading past them. */
        private int keyBytes(int count) {
            int total = 0;
            int at = buffer.position();
            for (int k = 0; k < count; k++) {
                int length = buffer.getShort(at) & 0xFFFF;
                total += length;
                at += 2 + length;
            }
            return total;
        }

        /** A string as DataOutput.writeUTF writes it; plain ASCII, the usual case, without a decoder. */
        String utf() throws IOException {
            int length = buffer.getShort() & 0xFFFF;
            int start = buffer.position();
            buffer.position(start + length);
            for (int i = start; i < start + length; i++) {
                if (bytes[i] <= 0) {
                    return new DataInputStream(new ByteArrayInputStream(bytes, start - 2, length + 2)).readUTF();
                }
            }
            return new String(bytes, start, length, StandardCharsets.US_ASCII);
        }

        double[] doubles(int n) {
            double[] out = new double[n];
            buffer.asDoubleBuffer().get(out);
            buffer.position(buffer.position() + 8 * n);
            return out;
        }
    }
}

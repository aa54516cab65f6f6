package io.newslens.nlp;

import java.util.Map;

import opennlp.tools.ml.model.Context;

/**
 * A maxent model's features, found by a name that is never built: a literal prefix followed by a
 * region of some text ({@code "p1f1="} and two characters of a chunk, say). OpenNLP's context
 * generators build each such name as a new string, which the model then hashes and looks up in a
 * HashMap; for the tokenizer that is a dozen strings per character of text. Here the caller gives the
 * name's {@link String#hashCode()}, which it can compute from the prefix's hash and running hashes of
 * the text (see {@link #hash(int, int[], int[], int, int)}), and the table compares the characters only
 * when the hashes agree. A name is found exactly when the model's map has it.
 *
 * <p>The lookups are what a profile of the tokenizer shows, and most of their cost was memory: a
 * HashMap entry, the key String and its bytes, the Context and its two arrays are six places to fetch
 * from for one feature. Here a slot holds the name's hash and index in one long, the names' characters
 * are one array and the weights another, so a found feature costs three fetches and a missing one
 * usually one.
 *
 * <p>The weights are dense: every outcome's, with 0 for those the feature has none for. Adding
 * {@code +0.0} leaves a sum's bits as they are unless the sum is {@code -0.0}, and a sum never is: it
 * starts at the prior's log, which is not {@code -0.0}, and in IEEE arithmetic a sum is {@code -0.0}
 * only when both of its terms are. So {@link #add(int, double[])} gives the sums that
 * {@link FasterMaxentModel#addFeature} gives with the feature's Context, to the bit.
 *
 * <p>Open addressing, at most half full. Immutable: one instance may be shared by threads.
 */
final class FeatureTable {

    /** 2<sup>32</sup> divided by the golden ratio: spreads String hashes over the slots. */
    private static final int SPREAD = 0x9E3779B9;

    /** A feature's hash in the high half and its index plus one in the low; 0 for an empty slot. */
    private final long[] slots;
    private final int shift;
    /** Feature {@code k}'s name is {@code chars[starts[k], starts[k + 1])}. */
    private final int[] starts;
    private final char[] chars;
    private final int outcomes;
    /** Feature {@code k}'s weight for outcome {@code o} is {@code weights[k * outcomes + o]}. */
    private final double[] weights;

    FeatureTable(Map<String, Context> features, int outcomes) {
        int n = features.size();
        int size = Integer.highestOneBit(Math.max(1, 2 * n - 1)) << 1;
        this.slots = new long[size];
        this.shift = 32 - Integer.numberOfTrailingZeros(size);
        this.starts = new int[n + 1];
        this.outcomes = outcomes;
        this.weights = new double[n * outcomes];
        StringBuilder names = new StringBuilder();
        int k = 0;
        for (Map.Entry<String, Context> e : features.entrySet()) {
            String name = e.getKey();
            names.append(name);
            starts[k + 1] = names.length();
            int[] ids = e.getValue().getOutcomes();
            double[] parameters = e.getValue().getParameters();
            for (int j = 0; j < ids.length; j++) {
                weights[k * outcomes + ids[j]] = parameters[j];
            }
            int hash = name.hashCode();
            int s = slot(hash);
            while (slots[s] != 0) {
                s = (s + 1) & (size - 1);
            }
            slots[s] = (long) hash << 32 | ++k;
        }
        this.chars = names.toString().toCharArray();
    }

    /**
     * The hash of {@code prefix} followed by {@code text[from, to)}, as {@link String#hashCode()} gives
     * it: {@code prefixHash} is the prefix's hash, {@code running[k]} the hash of the text's first
     * {@code k} characters and {@code powers[k]} 31<sup>k</sup> (int arithmetic, which wraps as
     * String's does).
     */
    static int hash(int prefixHash, int[] running, int[] powers, int from, int to) {
        int length = to - from;
        return prefixHash * powers[length] + running[to] - running[from] * powers[length];
    }

    /** Fills {@code running} and {@code powers} for {@link #hash(int, int[], int[], int, int)} over {@code text}. */
    static void runningHashes(String text, int[] running, int[] powers) {
        running[0] = 0;
        powers[0] = 1;
        for (int i = 0; i < text.length(); i++) {
            running[i + 1] = 31 * running[i] + text.charAt(i);
            powers[i + 1] = 31 * powers[i];
        }
    }

    /** The length, after {@code prefix}, of the longest feature name that starts with it; -1 if none does. */
    int longest(String prefix) {
        int longest = -1;
        String names = new String(chars);
        for (int k = 0; k + 1 < starts.length; k++) {
            if (names.startsWith(prefix, starts[k])) {
                longest = Math.max(longest, starts[k + 1] - starts[k] - prefix.length());
            }
        }
        return longest;
    }

    /** The index of the feature named {@code name}, or -1 if the model has none. */
    int find(String name) {
        return find(name.hashCode(), name, name, 0, 0);
    }

    /** The index of the feature named {@code prefix + text.substring(from, to)}, whose hash is {@code hash}, or -1. */
    int find(int hash, String prefix, String text, int from, int to) {
        for (int s = slot(hash); ; s = (s + 1) & (slots.length - 1)) {
            long slot = slots[s];
            if (slot == 0) {
                return -1;
            }
            int k = (int) slot - 1;
            if ((int) (slot >>> 32) == hash && named(k, prefix, text, from, to)) {
                return k;
            }
        }
    }

    /** Adds feature {@code k}'s weights to the outcomes' sums; nothing if {@code k} is -1. */
    void add(int k, double[] sums) {
        if (k >= 0) {
            int at = k * outcomes;
            for (int o = 0; o < outcomes; o++) {
                sums[o] += weights[at + o];
            }
        }
    }

    private boolean named(int k, String prefix, String text, int from, int to) {
        int at = starts[k];
        int p = prefix.length();
        if (starts[k + 1] - at != p + to - from) {
            return false;
        }
        for (int i = 0; i < p; i++) {
            if (chars[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        at += p - from;
        for (int i = from; i < to; i++) {
            if (chars[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        return (hash * SPREAD) >>> shift;
    }
}

package io.newslens.names;

import java.io.IOException;

/**
 * A read-only, packed copy of a perceptron's feature map, built once per model and shared by every
 * thread's decoder: {@link #find} a feature, then {@link #add} its weights to the outcome sums.
 *
 * <p>The name finder looks up some forty features per token in a map of 200,000, and that was memory
 * bound: a hit in the model's {@code HashMap} went through a table slot, a node, the key and its bytes,
 * then the {@code Context} and its two arrays, each a likely cache miss. Here a key's hash and where
 * its entry starts lie side by side in one {@code int[]}, so most misses are settled by one probe; and an
 * entry (the key's characters, then each outcome with its weight) is one contiguous run of a
 * {@code long[]}, so a hit costs about two more cache lines. Before any of that, a Bloom filter small
 * enough to stay in a core's cache turns away most features the model does not have. The key is
 * compared in full, so the answers are exactly the map's.
 *
 * <p>Why memory: on the 2-core build machine a random read beyond about 1 MB costs 100 to 200 ns, and
 * the table is some 15 MB. A same-JVM comparison over the name finder's lookups on news text put the
 * filter at about a fifth less time per lookup.
 */
final class PackedFeatures {

    /** What {@link #find} gives for a feature the model does not have. */
    static final int ABSENT = -1;

    /** Marks a free slot: stored entry starts are offset by one so that zero means empty. */
    private static final int EMPTY = 0;
    private static final int CHARS_PER_LONG = 4;

    /** Per slot: the key's hash, then where its entry starts in {@link #entries}, plus one. */
    private final int[] slots;
    /**
     * The entries, one after another: a header (key length in the high half, outcome count in the
     * low), the key's characters four to a long, then per outcome its index and its weight's bits.
     */
    private final long[] entries;
    private final int mask;
    /**
     * A Bloom filter of the keys' hashes, two bits per key in about ten bits per key: a quarter of the
     * name finder's lookups are of features the model does not have, and this, small enough to stay in
     * a core's cache, turns nearly all of them away without the slot array's memory miss. It never
     * turns away a key the table has, so the answers stay the table's.
     */
    private final long[] filter;
    private final int filterMask;

    /**
     * The table of {@code keys.length} features as OpenNLP's model files lay them out: feature {@code k}
     * has the outcomes {@code patterns[patternOf[k]]} and, one per outcome, the next weights of
     * {@code weights}, read in feature order.
     */
    PackedFeatures(String[] keys, int[] patternOf, int[][] patterns, double[] weights) {
        // At most half full, so runs of occupied slots, and so probes, stay short.
        int capacity = Integer.highestOneBit(Math.max(2, keys.length) * 2 - 1) << 1;
        this.slots = new int[capacity * 2];
        this.mask = capacity - 1;
        this.entries = new long[entriesLength(keys, patternOf, patterns)];
        int filterBits = Integer.highestOneBit(Math.max(64, keys.length * 8 - 1)) << 1;
        this.filter = new long[filterBits / 64];
        this.filterMask = filterBits - 1;
        int at = 0;
        int weight = 0;
        for (int k = 0; k < keys.length; k++) {
            int[] outcomes = patterns[patternOf[k]];
            int next = write(at, keys[k], outcomes, weights, weight);
            insert(keys[k], at);
            at = next;
            weight += outcomes.length;
        }
    }

    private static int entriesLength(String[] keys, int[] patternOf, int[][] patterns) {
        long length = 0;
        for (int k = 0; k < keys.length; k++) {
            length += 1 + keyLongs(keys[k].length()) + 2L * patterns[patternOf[k]].length;
        }
        if (length >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("model too large for a feature table: " + keys.length + " features");
        }
        return (int) length;
    }

    private static int keyLongs(int chars) {
        return (chars + CHARS_PER_LONG - 1) / CHARS_PER_LONG;
    }

    private int write(int at, String key, int[] outcomes, double[] weights, int weight) {
        entries[at] = (long) key.length() << 32 | outcomes.length;
        for (int i = 0; i < key.length(); i++) {
            entries[at + 1 + i / CHARS_PER_LONG] |= (long) key.charAt(i) << 16 * (i % CHARS_PER_LONG);
        }
        int o = at + 1 + keyLongs(key.length());
        for (int j = 0; j < outcomes.length; j++) {
            entries[o++] = outcomes[j];
            entries[o++] = Double.doubleToRawLongBits(weights[weight + j]);
        }
        return o;
    }

    /** Receives the table's features, in the order they were given. */
    interface FeatureVisitor {
        void visit(String key, int[] outcomes, double[] weights) throws IOException;
    }

    /** Gives every feature to {@code visitor}, in the order the table was built in. */
    void forEach(FeatureVisitor visitor) throws IOException {
        for (int at = 0; at < entries.length; ) {
            long header = entries[at];
            int length = (int) (header >>> 32);
            char[] key = new char[length];
            for (int i = 0; i < length; i++) {
                key[i] = (char) (entries[at + 1 + i / CHARS_PER_LONG] >>> 16 * (i % CHARS_PER_LONG));
            }
            int o = at + 1 + keyLongs(length);
            int[] outcomes = new int[(int) header];
            double[] weights = new double[outcomes.length];
            for (int j = 0; j < outcomes.length; j++) {
                outcomes[j] = (int) entries[o++];
                weights[j] = Double.longBitsToDouble(entries[o++]);
            }
            visitor.visit(new String(key), outcomes, weights);
            at = o;
        }
    }

    /** Where the feature's entry starts, or {@link #ABSENT} when the model has no such feature. */
    int find(String key) {
        int hash = key.hashCode();
        if (!mayHave(hash)) {
            return ABSENT;
        }
        for (int slot = home(hash); ; slot = (slot + 1) & mask) {
            int stored = slots[2 * slot + 1];
            if (stored == EMPTY) {
                return ABSENT;
            }
            if (slots[2 * slot] == hash && keyEquals(stored - 1, key)) {
                return stored - 1;
            }
        }
    }

    /**
     * Adds the weights of the entry at {@code at} (from {@link #find}; nothing for {@link #ABSENT}) to
     * their outcomes' sums, as OpenNLP's {@code ArrayMath.sumFeatures} does for a feature of value 1: the
     * product with 1 is exact, so it is left out.
     */
    void add(int at, double[] sums) {
        add(at, 1, sums);
    }

    /**
     * Same as {@link #add(int, double[])} for a feature of the given value: each weight times the value,
     * as OpenNLP weighs it (a product with 1 is the weight itself, bit for bit).
     */
    void add(int at, double value, double[] sums) {
        if (at == ABSENT) {
            return;
        }
        long header = entries[at];
        int o = at + 1 + keyLongs((int) (header >>> 32));
        for (int end = o + 2 * (int) header; o < end; o += 2) {
            sums[(int) entries[o]] += Double.longBitsToDouble(entries[o + 1]) * value;
        }
    }

    private boolean keyEquals(int at, String key) {
        int length = (int) (entries[at] >>> 32);
        if (length != key.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if ((char) (entries[at + 1 + i / CHARS_PER_LONG] >>> 16 * (i % CHARS_PER_LONG)) != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a key of this hash may be in the table: false only when none is. */
    private boolean mayHave(int hash) {
        int a = filterBit(hash * 0x9E3779B9);
        int b = filterBit(hash * 0x85EBCA6B + 0x632BE5AB);
        return (filter[a >>> 6] & 1L << a) != 0 && (filter[b >>> 6] & 1L << b) != 0;
    }

    private int filterBit(int mixed) {
        return (mixed ^ mixed >>> 15) & filterMask;
    }

    /** Files the entry at {@code at} under its key; a key given twice keeps the later entry, as a map's put. */
    private void insert(String key, int at) {
        int hash = key.hashCode();
        int a = filterBit(hash * 0x9E3779B9);
        int b = filterBit(hash * 0x85EBCA6B + 0x632BE5AB);
        filter[a >>> 6] |= 1L << a;
        filter[b >>> 6] |= 1L << b;
        int slot = home(hash);
        while (slots[2 * slot + 1] != EMPTY) {
            if (slots[2 * slot] == hash && keyEquals(slots[2 * slot + 1] - 1, key)) {
                break;
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = hash;
        slots[2 * slot + 1] = at + 1;
    }

    /**
     * Mixes every bit of the hash into the low ones the mask keeps: a product's low bits depend only on
     * the factors' low bits, so its high half is folded in.
     */
    private int home(int hash) {
        int mixed = hash * 0x9E3779B9;
        return (mixed ^ mixed >>> 16) & mask;
    }
}

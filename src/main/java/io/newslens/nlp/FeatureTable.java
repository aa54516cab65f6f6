package io.newslens.nlp;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A model's features, packed for lookup: the one feature table of newslens' own runtimes, read by the
 * tokenizer's maxent model ({@link GisTokenSplitter}) and by the name finder's perceptron. {@link #find}
 * a feature by name; then either {@link #add} the weights the table keeps next to its key, or take its
 * {@link #index} into weights of the caller's own. Either way the sums are the model's, to the bit:
 * each feature's weights are added in the model's order.
 *
 * <p>Which way suits a runtime depends on what it adds (measured on each, on news text). The name
 * finder adds some forty features per token out of 200,000, nearly all cache misses: its weights in
 * the table share the key's cache lines, where weights of their own by index cost it about a third
 * more time per lookup. The tokenizer adds the features of one character or pair of characters over
 * and over: a dense array of them stays in cache ({@link DenseFeatures}), where weights in the table
 * cost it about a third more time per character.
 *
 * <p>Lookups were memory bound in the maps OpenNLP builds: a hit went through a table slot, a node, the
 * key and its bytes, then the {@code Context} and its two arrays, each a likely cache miss (a random
 * read beyond about 1 MB costs 100 to 200 ns on the build machine, and the name model's table is some
 * 15 MB). Here a key's hash and where its entry starts lie side by side in one {@code int[]}, so most
 * misses are settled by one probe; an entry (the feature's index, the key's characters, then each
 * outcome with its weight) is one contiguous run of a {@code long[]}, so a hit costs about two more
 * cache lines. Before any of that, a Bloom filter small enough to stay in a core's cache turns away
 * most features the model does not have. Keys are compared in full, so the answers are exactly the
 * model's.
 *
 * <p>A key may also be asked for without being built: as a literal prefix followed by a region of
 * some text ({@code "p1f1="} and two characters of a chunk, say), with the hash that
 * {@link #hash(int, int[], int[], int, int)} computes from running hashes of the text. The tokenizer's
 * context generator would build a dozen such strings per character.
 *
 * <p>Immutable: one instance may be shared by threads.
 */
public final class FeatureTable {

    /** What {@link #find} gives for a feature the table does not have. */
    public static final int ABSENT = -1;

    /** Marks a free slot: stored entry starts are offset by one so that zero means empty. */
    private static final int EMPTY = 0;
    private static final int CHARS_PER_LONG = 4;
    /**
     * The most characters of a key, and outcomes of a feature, an entry's header has room for. A model
     * file writes each key with {@code DataOutput.writeUTF}, which takes at most 65,535 bytes.
     */
    private static final int MAX_FIELD = 0xFFFF;

    /** Per slot: the key's hash, then where its entry starts in {@link #entries}, plus one. */
    private final int[] slots;
    /**
     * The entries, one after another: a header (the feature's index in the high half, then the key's
     * length and the outcome count, 16 bits each), the key's characters four to a long, then per
     * outcome its index and its weight's bits.
     */
    private final long[] entries;
    private final int mask;
    /**
     * A Bloom filter of the keys' hashes, two bits per key in about ten bits per key: many lookups are
     * of features the model does not have (a quarter of the name finder's; most of the tokenizer's for
     * a chunk's prefix or suffix), and this, small enough to stay in a core's cache, turns nearly all
     * of them away without the slot array's memory miss. It never turns away a key the table has, so
     * the answers stay the table's.
     */
    private final long[] filter;
    private final int filterMask;

    /**
     * The table of {@code keys.length} features as OpenNLP's model files lay them out: feature {@code k}
     * has the outcomes {@code patterns[patternOf[k]]} and, one per outcome, the next weights of
     * {@code weights}, read in feature order. A key given twice keeps its later entry, as a map's put.
     *
     * @throws IllegalArgumentException if the entries would not fit in one array
     */
    public FeatureTable(String[] keys, int[] patternOf, int[][] patterns, double[] weights) {
        this(KeyRun.of(keys), patternOf, patterns, weights);
    }

    /**
     * Same as {@link #FeatureTable(String[], int[], int[][], double[])} for keys given as one run of
     * characters: a model's hundreds of thousands of keys as strings, all alive until the table is
     * built, cost a cold start more in allocation and garbage collection than building the table.
     *
     * @throws IllegalArgumentException if the entries would not fit in one array
     */
    public FeatureTable(KeyRun keys, int[] patternOf, int[][] patterns, double[] weights) {
        this(keys, patternOf, patterns, weights, null);
    }

    /**
     * Same as {@link #FeatureTable(KeyRun, int[], int[][], double[])} with the slots and the filter
     * that {@link #writeIndex} wrote for a table of the very same features (null: found here). Filing
     * 200,000 keys was about a third of loading the name model on a cold JVM; the caller must make
     * sure the index is of these features (the name model's checks the model's bytes).
     *
     * @throws IllegalArgumentException if the entries would not fit in one array, or the index is not
     *     of a table of this many features
     */
    public FeatureTable(KeyRun keys, int[] patternOf, int[][] patterns, double[] weights, Index index) {
        int count = keys.count();
        // At most half full, so runs of occupied slots, and so probes, stay short.
        int capacity = Integer.highestOneBit(Math.max(2, count) * 2 - 1) << 1;
        int filterBits = Integer.highestOneBit(Math.max(64, count * 8 - 1)) << 1;
        if (index != null && (index.slots.length != capacity * 2 || index.filter.length != filterBits / 64)) {
            throw new IllegalArgumentException("the index is not of a table of " + count + " features");
        }
        this.slots = index != null ? index.slots : new int[capacity * 2];
        this.mask = capacity - 1;
        this.entries = new long[entriesLength(keys, patternOf, patterns)];
        this.filter = index != null ? index.filter : new long[filterBits / 64];
        this.filterMask = filterBits - 1;
        int at = 0;
        int weight = 0;
        for (int k = 0; k < count; k++) {
            int[] outcomes = patterns[patternOf[k]];
            int from = keys.starts()[k];
            int to = keys.starts()[k + 1];
            int next = write(at, k, keys.chars(), from, to, outcomes, weights, weight);
            if (index == null) {
                insert(keys.chars(), from, to, at);
            }
            at = next;
            weight += outcomes.length;
        }
        if (index != null && checkSlots(slots, at) != null) {
            throw new IllegalArgumentException("the index is not of these features: " + checkSlots(slots, at));
        }
    }

    /** Where a table's keys are filed (its slots and its filter), as {@link #writeIndex} wrote them. */
    public static final class Index {
        private final int[] slots;
        private final long[] filter;

        private Index(int[] slots, long[] filter) {
            this.slots = slots;
            this.filter = filter;
        }

        /**
         * Reads an index from the buffer's position on, and leaves the position after it.
         *
         * @throws IOException if the bytes are not such an index
         */
        public static Index read(ByteBuffer in) throws IOException {
            return new Index(PackedArrays.readInts(in), PackedArrays.readLongs(in));
        }
    }

    /** Writes where the keys are filed, for {@link #FeatureTable(KeyRun, int[], int[][], double[], Index)}. */
    public void writeIndex(DataOutput out) throws IOException {
        PackedArrays.write(slots, out);
        PackedArrays.write(filter, out);
    }

    /**
     * Keys as one run of characters: key {@code k} is {@code chars[starts[k], starts[k + 1])}.
     *
     * @param chars the keys' characters, one key after another
     * @param starts where each key starts, then where the last one ends
     */
    public record KeyRun(char[] chars, int[] starts) {

        /** The number of keys. */
        public int count() {
            return starts.length - 1;
        }

        static KeyRun of(String[] keys) {
            int[] starts = new int[keys.length + 1];
            for (int k = 0; k < keys.length; k++) {
                starts[k + 1] = starts[k] + keys[k].length();
            }
            char[] chars = new char[starts[keys.length]];
            for (int k = 0; k < keys.length; k++) {
                keys[k].getChars(0, keys[k].length(), chars, starts[k]);
            }
            return new KeyRun(chars, starts);
        }
    }

    /** The table of {@code keys} without weights, for a caller that keeps them by {@link #index}. */
    public FeatureTable(String[] keys) {
        this(keys, new int[keys.length], new int[][] {{}}, new double[0]);
    }

    private FeatureTable(int[] slots, long[] entries, long[] filter) {
        this.slots = slots;
        this.mask = slots.length / 2 - 1;
        this.entries = entries;
        this.filter = filter;
        this.filterMask = filter.length * 64 - 1;
    }

    /**
     * Writes the table as it lies in memory, for {@link #read(ByteBuffer)}: a resource that is read back
     * in a few milliseconds, where building the table from its keys costs a cold JVM most of a second.
     */
    public void write(DataOutput out) throws IOException {
        PackedArrays.write(slots, out);
        PackedArrays.write(entries, out);
        PackedArrays.write(filter, out);
    }

    /**
     * Reads a table {@link #write} wrote, from the buffer's position on (big-endian), and leaves the
     * position after it.
     *
     * @throws IOException if the bytes are not such a table
     */
    public static FeatureTable read(ByteBuffer in) throws IOException {
        int[] slots = PackedArrays.readInts(in);
        long[] entries = PackedArrays.readLongs(in);
        long[] filter = PackedArrays.readLongs(in);
        if (slots.length < 4 || Integer.bitCount(slots.length) != 1 || Integer.bitCount(filter.length) != 1) {
            throw new IOException("not a feature table: " + slots.length + " slots, " + filter.length + " filter words");
        }
        String wrong = checkSlots(slots, entries.length);
        if (wrong != null) {
            throw new IOException("not a feature table: " + wrong);
        }
        return new FeatureTable(slots, entries, filter);
    }

    /** What is wrong with slots for entries of this length: null when every slot points into them. */
    private static String checkSlots(int[] slots, int entries) {
        for (int i = 1; i < slots.length; i += 2) {
            if (slots[i] < 0 || slots[i] > entries) {
                return "slot " + i / 2 + " points past the entries";
            }
        }
        return null;
    }

    private static int entriesLength(KeyRun keys, int[] patternOf, int[][] patterns) {
        long length = 0;
        for (int k = 0; k < keys.count(); k++) {
            int chars = keys.starts()[k + 1] - keys.starts()[k];
            int outcomes = patterns[patternOf[k]].length;
            if (chars > MAX_FIELD || outcomes > MAX_FIELD) {
                throw new IllegalArgumentException("feature " + k + " too large for a feature table: "
                        + chars + " characters, " + outcomes + " outcomes");
            }
            length += 1 + keyLongs(chars) + 2L * outcomes;
        }
        if (length >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("model too large for a feature table: " + keys.count() + " features");
        }
        return (int) length;
    }

    private static int keyLongs(int chars) {
        return (chars + CHARS_PER_LONG - 1) / CHARS_PER_LONG;
    }

    private int write(int at, int index, char[] chars, int from, int to, int[] outcomes, double[] weights, int weight) {
        entries[at] = (long) index << 32 | (long) (to - from) << 16 | outcomes.length;
        for (int i = 0; i < to - from; i++) {
            entries[at + 1 + i / CHARS_PER_LONG] |= (long) chars[from + i] << 16 * (i % CHARS_PER_LONG);
        }
        int o = at + 1 + keyLongs(to - from);
        for (int j = 0; j < outcomes.length; j++) {
            entries[o++] = outcomes[j];
            entries[o++] = Double.doubleToRawLongBits(weights[weight + j]);
        }
        return o;
    }

    /** Receives the table's features, in the order they were given. */
    public interface FeatureVisitor {
        /** One feature: its key, its outcomes' indices and, one per outcome, their weights. */
        void visit(String key, int[] outcomes, double[] weights) throws IOException;
    }

    /** Gives every feature to {@code visitor}, in the order the table was built in. */
    public void forEach(FeatureVisitor visitor) throws IOException {
        for (int at = 0; at < entries.length; ) {
            int o = at + 1 + keyLongs(length(at));
            int[] outcomes = new int[count(at)];
            double[] weights = new double[outcomes.length];
            for (int j = 0; j < outcomes.length; j++) {
                outcomes[j] = (int) entries[o++];
                weights[j] = Double.longBitsToDouble(entries[o++]);
            }
            visitor.visit(key(at), outcomes, weights);
            at = o;
        }
    }

    /**
     * Adds the weights of the features {@code keys}, in their order, to the outcomes' sums: exactly what
     * {@link #find} and then {@link #add(int, double[])} of each key in turn give, to the bit.
     *
     * <p>Why not that loop: each lookup is a chain of dependent cache misses (the key's slot, then its
     * entry), and one after the other a context's forty-odd lookups wait for some eighty misses in
     * turn. Here the keys are first hashed and filtered, then every key's slot is read, then every
     * entry's header: reads that depend on nothing but the pass before, so the processor has many
     * misses under way at once. The last pass finds and adds each key as {@link #find} does, in order,
     * mostly from cache by then. (Measured on news text: the tagger's time per article down by about
     * a quarter, the name finder's by a sixth.)
     */
    public void addAll(String[] keys, double[] sums) {
        int n = keys.length;
        int[] hashes = new int[n];
        // Per key: its home slot, then the entry filed there under its hash, then that entry if its key
        // has the key's length; -1 when there is none, and the last pass leaves the key to find.
        int[] candidates = new int[n];
        for (int i = 0; i < n; i++) {
            int hash = keys[i].hashCode();
            hashes[i] = hash;
            candidates[i] = mayHave(hash) ? home(hash) : -1;
        }
        for (int i = 0; i < n; i++) {
            int slot = candidates[i];
            candidates[i] = slot >= 0 && slots[2 * slot] == hashes[i] ? slots[2 * slot + 1] - 1 : -1;
        }
        for (int i = 0; i < n; i++) {
            int at = candidates[i];
            candidates[i] = at >= 0 && length(at) == keys[i].length() ? at : -1;
        }
        for (int i = 0; i < n; i++) {
            int at = candidates[i];
            // A key filed in its home slot is the one find would reach first; any other goes the long way.
            add(at >= 0 && startsWith(at, keys[i]) ? at : find(hashes[i], keys[i], keys[i], 0, 0), sums);
        }
    }

    /** Where the feature's entry starts, or {@link #ABSENT} when the model has no such feature. */
    public int find(String key) {
        return find(key.hashCode(), key, key, 0, 0);
    }

    /**
     * Where the entry of the feature {@code prefix + text.substring(from, to)} starts, or
     * {@link #ABSENT}; {@code hash} is that name's {@link String#hashCode()}.
     */
    int find(int hash, String prefix, String text, int from, int to) {
        if (!mayHave(hash)) {
            return ABSENT;
        }
        for (int slot = home(hash); ; slot = (slot + 1) & mask) {
            int stored = slots[2 * slot + 1];
            if (stored == EMPTY) {
                return ABSENT;
            }
            if (slots[2 * slot] == hash && named(stored - 1, prefix, text, from, to)) {
                return stored - 1;
            }
        }
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

    /** The length, after {@code prefix}, of the longest key that starts with it; -1 if none does. */
    int longest(String prefix) {
        int longest = -1;
        for (int at = 0; at < entries.length; at += 1 + keyLongs(length(at)) + 2 * count(at)) {
            if (length(at) >= prefix.length() && startsWith(at, prefix)) {
                longest = Math.max(longest, length(at) - prefix.length());
            }
        }
        return longest;
    }

    /**
     * Adds the weights of the entry at {@code at} (from {@link #find}; nothing for {@link #ABSENT}) to
     * their outcomes' sums, as OpenNLP's models add a feature of value 1: the product with 1 is exact,
     * so it is left out.
     */
    public void add(int at, double[] sums) {
        add(at, 1, sums);
    }

    /**
     * Same as {@link #add(int, double[])} for a feature of the given value: each weight times the value,
     * as OpenNLP's perceptron weighs it (a product with 1 is the weight itself, bit for bit).
     */
    public void add(int at, double value, double[] sums) {
        if (at == ABSENT) {
            return;
        }
        int o = at + 1 + keyLongs(length(at));
        for (int end = o + 2 * count(at); o < end; o += 2) {
            sums[(int) entries[o]] += Double.longBitsToDouble(entries[o + 1]) * value;
        }
    }

    /**
     * The feature's index (its place in the keys the table was built from) for the entry at {@code at},
     * or {@link #ABSENT}: for a caller that keeps the weights in arrays of its own.
     */
    public int index(int at) {
        return at == ABSENT ? ABSENT : (int) (entries[at] >>> 32);
    }

    private int length(int at) {
        return (int) entries[at] >>> 16 & MAX_FIELD;
    }

    private int count(int at) {
        return (int) entries[at] & MAX_FIELD;
    }

    private char charAt(int at, int i) {
        return (char) (entries[at + 1 + i / CHARS_PER_LONG] >>> 16 * (i % CHARS_PER_LONG));
    }

    private String key(int at) {
        char[] key = new char[length(at)];
        for (int i = 0; i < key.length; i++) {
            key[i] = charAt(at, i);
        }
        return new String(key);
    }

    /** Whether the entry at {@code at} is for {@code prefix + text.substring(from, to)}. */
    private boolean named(int at, String prefix, String text, int from, int to) {
        int p = prefix.length();
        if (length(at) != p + to - from || !startsWith(at, prefix)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (charAt(at, p + i - from) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the key at {@code at}, at least as long as {@code prefix}, starts with it. */
    private boolean startsWith(int at, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (charAt(at, i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a key of this hash may be in the table: false only when none is. */
    private boolean mayHave(int hash) {
        int a = firstBit(hash);
        int b = secondBit(hash);
        return (filter[a >>> 6] & 1L << a) != 0 && (filter[b >>> 6] & 1L << b) != 0;
    }

    /** The filter's two bits of a hash, from two independent mixes of it. */
    private int firstBit(int hash) {
        return filterBit(hash * 0x9E3779B9);
    }

    private int secondBit(int hash) {
        return filterBit(hash * 0x85EBCA6B + 0x632BE5AB);
    }

    private int filterBit(int mixed) {
        return (mixed ^ mixed >>> 15) & filterMask;
    }

    /**
     * Files the entry at {@code at} under its key, {@code chars[from, to)}; a key given twice keeps the
     * later entry.
     */
    private void insert(char[] chars, int from, int to, int at) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        int a = firstBit(hash);
        int b = secondBit(hash);
        filter[a >>> 6] |= 1L << a;
        filter[b >>> 6] |= 1L << b;
        int slot = home(hash);
        while (slots[2 * slot + 1] != EMPTY) {
            if (slots[2 * slot] == hash && named(slots[2 * slot + 1] - 1, chars, from, to)) {
                break;
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = hash;
        slots[2 * slot + 1] = at + 1;
    }

    /** Whether the entry at {@code at} is for the key {@code chars[from, to)}. */
    private boolean named(int at, char[] chars, int from, int to) {
        if (length(at) != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (charAt(at, i - from) != chars[i]) {
                return false;
            }
        }
        return true;
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

package io.newslens.names;

import java.util.Map;

import opennlp.tools.ml.model.Context;

/**
 * A read-only copy of a model's feature map that answers {@link Map#get} with the same {@link Context},
 * built once per model and shared by every thread's decoder.
 *
 * <p>Most features the name finder asks about are not in the model, and each miss in the model's
 * {@code HashMap} touched a table slot, a node and a key before it knew. Here a key's hash and the
 * position of its value lie side by side in one {@code int[]}, so a miss is usually settled by one
 * probe of that array; only when the hashes agree is the key itself compared, which keeps the answers
 * exactly the map's.
 */
final class FeatureTable {

    /** Marks a free slot: stored positions are offset by one so that zero means empty. */
    private static final int EMPTY = 0;

    /** Per slot: the key's hash, then its position in {@link #keys} plus one. */
    private final int[] slots;
    private final String[] keys;
    private final Context[] values;
    private final int mask;

    FeatureTable(Map<String, Context> features) {
        // At most half full, so runs of occupied slots, and so probes, stay short.
        int capacity = Integer.highestOneBit(Math.max(2, features.size()) * 2 - 1) << 1;
        this.slots = new int[capacity * 2];
        this.keys = new String[features.size()];
        this.values = new Context[features.size()];
        this.mask = capacity - 1;
        int position = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            keys[position] = feature.getKey();
            values[position] = feature.getValue();
            insert(feature.getKey().hashCode(), position++);
        }
    }

    /** The feature's parameters, or null when the model has no such feature: as the map's get. */
    Context get(String key) {
        int hash = key.hashCode();
        for (int slot = home(hash); ; slot = (slot + 1) & mask) {
            int stored = slots[2 * slot + 1];
            if (stored == EMPTY) {
                return null;
            }
            if (slots[2 * slot] == hash && keys[stored - 1].equals(key)) {
                return values[stored - 1];
            }
        }
    }

    private void insert(int hash, int position) {
        int slot = home(hash);
        while (slots[2 * slot + 1] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = hash;
        slots[2 * slot + 1] = position + 1;
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

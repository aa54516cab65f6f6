package io.newslens.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;

class PackedFeaturesTest {

    /** More than any model here has: unused sums stay as they start. */
    private static final int OUTCOMES = 16;

    /** Every feature of the shipped model, asked with an equal but distinct string, adds the map's weights; near misses add nothing. */
    @Test
    @SuppressWarnings("unchecked")
    void answersAsTheModelsMap() throws IOException {
        PerceptronModel model;
        try (InputStream in = PackedFeaturesTest.class.getResourceAsStream(NewsEntityFinder.MODEL)) {
            model = new TokenNameFinderModel(in).getArtifact("nameFinder.model");
        }
        Map<String, Context> features = (Map<String, Context>) model.getDataStructures()[1];
        assertTrue(features.size() > 100_000, "the model's features: " + features.size());
        PackedFeatures table = tableOf(features);
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String key = new String(feature.getKey().toCharArray());
            assertArrayEquals(sums(feature.getValue()), sums(table, key), key);
            for (String absent : new String[] {key + "\u0000", "x" + key, key.substring(1)}) {
                assertArrayEquals(sums(features.get(absent)), sums(table, absent), absent);
            }
        }
        assertEquals(PackedFeatures.ABSENT, table.find(""));
    }

    /** The outcome sums after adding the feature to sums of 1, 2, 3, ...: as OpenNLP adds a Context. */
    private static double[] sums(Context feature) {
        double[] sums = start();
        if (feature != null) {
            for (int j = 0; j < feature.getOutcomes().length; j++) {
                sums[feature.getOutcomes()[j]] += feature.getParameters()[j];
            }
        }
        return sums;
    }

    private static double[] sums(PackedFeatures table, String key) {
        double[] sums = start();
        table.add(table.find(key), sums);
        return sums;
    }

    private static double[] start() {
        double[] sums = new double[OUTCOMES];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = i + 1;
        }
        return sums;
    }

    /** Keys of one hash are told apart by their text, present or not. */
    @Test
    void tellsCollidingKeysApart() {
        Map<String, Context> features = new LinkedHashMap<>();
        Context aa = new Context(new int[] {0}, new double[] {1});
        Context bbBB = new Context(new int[] {1}, new double[] {2});
        features.put("Aa", aa);
        features.put("BBBB", bbBB);
        PackedFeatures table = tableOf(features);
        assertTrue("Aa".hashCode() == "BB".hashCode() && "BBBB".hashCode() == "AaAa".hashCode());
        assertArrayEquals(sums(aa), sums(table, "Aa"));
        assertArrayEquals(sums(bbBB), sums(table, "BBBB"));
        for (String absent : new String[] {"BB", "AaAa", "AaBB"}) {
            assertEquals(PackedFeatures.ABSENT, table.find(absent), absent);
        }
        assertEquals(PackedFeatures.ABSENT, tableOf(Map.of()).find("Aa"));
    }

    /** The table of a model's feature map, each feature with its own outcome pattern. */
    static PackedFeatures tableOf(Map<String, Context> features) {
        String[] keys = new String[features.size()];
        int[] patternOf = new int[keys.length];
        int[][] patterns = new int[keys.length][];
        double[] weights = new double[features.values().stream().mapToInt(c -> c.getOutcomes().length).sum()];
        int k = 0;
        int w = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            keys[k] = feature.getKey();
            patternOf[k] = k;
            patterns[k] = feature.getValue().getOutcomes();
            double[] parameters = feature.getValue().getParameters();
            System.arraycopy(parameters, 0, weights, w, parameters.length);
            w += parameters.length;
            k++;
        }
        return new PackedFeatures(keys, patternOf, patterns, weights);
    }
}

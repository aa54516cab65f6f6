package io.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.tokenize.TokenizerModel;

class DenseFeaturesTest {

    /** Found by name or by a prefix and a region; weights added for every outcome, 0 where the feature has none. */
    @Test
    void findsByNameOrRegionAndAddsDenseWeights() {
        Map<String, Context> map = new LinkedHashMap<>();
        map.put("p=Aa", new Context(new int[] {1}, new double[] {0.25}));
        map.put("p=BB", new Context(new int[] {0, 2}, new double[] {-1.5, 2.0}));
        map.put("cc", new Context(new int[] {2}, new double[] {3.0}));
        DenseFeatures features = new DenseFeatures(map, 3);

        String text = "xAaBBy";
        int[] running = new int[text.length() + 1];
        int[] powers = new int[text.length() + 1];
        FeatureTable.runningHashes(text, running, powers);
        int bb = features.find(FeatureTable.hash("p=".hashCode(), running, powers, 3, 5), "p=", text, 3, 5);
        assertEquals(1, bb);
        assertEquals(0, features.find("p=Aa"));
        assertEquals(FeatureTable.ABSENT, features.find("s=Aa"));
        assertEquals(2, features.longest("p="));

        double[] sums = {1, 1, 1};
        features.add(bb, sums);
        features.add(features.find("cc"), sums);
        features.add(FeatureTable.ABSENT, sums);
        assertArrayEquals(new double[] {-0.5, 1, 6.0}, sums);
    }

    /**
     * Every feature of the shipped tokenizer model, asked by an equal but distinct string and as a
     * prefix and a region of some text, adds the map's weights; near misses add nothing.
     */
    @Test
    @SuppressWarnings("unchecked")
    void answersAsTheTokenizerModelsMap() throws IOException {
        TokenizerModel model;
        try (InputStream in = OpenNlpAnnotator.class.getResourceAsStream(OpenNlpAnnotator.TOKEN_MODEL)) {
            model = new TokenizerModel(in);
        }
        AbstractModel maxent = (AbstractModel) model.getMaxentModel();
        Map<String, Context> map = (Map<String, Context>) maxent.getDataStructures()[1];
        assertTrue(map.size() > 10_000, "the model's features: " + map.size());
        int outcomes = maxent.getNumOutcomes();
        DenseFeatures features = new DenseFeatures(map, outcomes);
        for (Map.Entry<String, Context> feature : map.entrySet()) {
            String key = new String(feature.getKey().toCharArray());
            assertArrayEquals(sums(feature.getValue(), outcomes), sums(features, features.find(key), outcomes), key);
            assertEquals(features.find(key), inText(features, key), key);
            for (String absent : new String[] {key + "\u0000", "x" + key, key.substring(1)}) {
                assertArrayEquals(sums(map.get(absent), outcomes), sums(features, features.find(absent), outcomes),
                        absent);
            }
        }
        assertEquals(FeatureTable.ABSENT, features.find(""));
    }

    /** The key asked for as its first character and the rest of it, a region of a longer text. */
    private static int inText(DenseFeatures features, String key) {
        String prefix = key.substring(0, 1);
        String text = "«" + key.substring(1) + "»";
        int[] running = new int[text.length() + 1];
        int[] powers = new int[text.length() + 1];
        FeatureTable.runningHashes(text, running, powers);
        int to = text.length() - 1;
        return features.find(FeatureTable.hash(prefix.hashCode(), running, powers, 1, to), prefix, text, 1, to);
    }

    /** The sums of 1, 2, 3, ... after adding the feature as OpenNLP adds a Context. */
    private static double[] sums(Context feature, int outcomes) {
        double[] sums = start(outcomes);
        if (feature != null) {
            for (int j = 0; j < feature.getOutcomes().length; j++) {
                sums[feature.getOutcomes()[j]] += feature.getParameters()[j];
            }
        }
        return sums;
    }

    private static double[] sums(DenseFeatures features, int k, int outcomes) {
        double[] sums = start(outcomes);
        features.add(k, sums);
        return sums;
    }

    private static double[] start(int outcomes) {
        double[] sums = new double[outcomes];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = i + 1;
        }
        return sums;
    }
}

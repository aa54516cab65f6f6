package io.newslens.names;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;

class FeatureTableTest {

    /** Every feature of the shipped model, asked with an equal but distinct string, gives the map's Context. */
    @Test
    @SuppressWarnings("unchecked")
    void answersAsTheModelsMap() throws IOException {
        PerceptronModel model;
        try (InputStream in = FeatureTableTest.class.getResourceAsStream(NewsEntityFinder.MODEL)) {
            model = new TokenNameFinderModel(in).getArtifact("nameFinder.model");
        }
        Map<String, Context> features = (Map<String, Context>) model.getDataStructures()[1];
        assertTrue(features.size() > 100_000, "the model's features: " + features.size());
        FeatureTable table = SharedPrefixPerceptron.featuresOf(model);
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String key = new String(feature.getKey().toCharArray());
            assertSame(feature.getValue(), table.get(key), key);
            for (String absent : new String[] {key + "\u0000", "x" + key, key.substring(1)}) {
                assertSame(features.get(absent), table.get(absent), absent);
            }
        }
        assertNull(table.get(""));
    }

    /** Keys of one hash are told apart by their text, present or not. */
    @Test
    void tellsCollidingKeysApart() {
        Map<String, Context> features = new LinkedHashMap<>();
        Context aa = new Context(new int[] {0}, new double[] {1});
        Context bbBB = new Context(new int[] {1}, new double[] {2});
        features.put("Aa", aa);
        features.put("BBBB", bbBB);
        FeatureTable table = new FeatureTable(features);
        assertTrue("Aa".hashCode() == "BB".hashCode() && "BBBB".hashCode() == "AaAa".hashCode());
        assertSame(aa, table.get("Aa"));
        assertSame(bbBB, table.get("BBBB"));
        assertNull(table.get("BB"));
        assertNull(table.get("AaAa"));
        assertNull(table.get("AaBB"));
        assertNull(new FeatureTable(Map.of()).get("Aa"));
    }
}

package io.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.Context;

class FeatureTableTest {

    /** "Aa" and "BB" have the same String hash: the names, not the hashes, decide. */
    @Test
    void findsNamesGivenAsPrefixAndRegionEvenWhenHashesCollide() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        Map<String, Context> features = new LinkedHashMap<>();
        features.put("p=Aa", new Context(new int[] {1}, new double[] {0.25}));
        features.put("p=BB", new Context(new int[] {0, 2}, new double[] {-1.5, 2.0}));
        features.put("cc", new Context(new int[] {2}, new double[] {3.0}));
        FeatureTable table = new FeatureTable(features, 3);

        String text = "xAaBBy";
        int[] running = new int[text.length() + 1];
        int[] powers = new int[text.length() + 1];
        FeatureTable.runningHashes(text, running, powers);
        int aa = table.find(FeatureTable.hash("p=".hashCode(), running, powers, 1, 3), "p=", text, 1, 3);
        int bb = table.find(FeatureTable.hash("p=".hashCode(), running, powers, 3, 5), "p=", text, 3, 5);
        assertEquals(aa, table.find("p=Aa"));
        assertEquals(bb, table.find("p=BB"));
        assertNotEquals(aa, bb);
        assertEquals("p=AaB".hashCode(), FeatureTable.hash("p=".hashCode(), running, powers, 1, 4));
        assertEquals(-1, table.find(FeatureTable.hash("p=".hashCode(), running, powers, 1, 4), "p=", text, 1, 4));
        assertEquals(-1, table.find("s=Aa"));
        assertEquals(2, table.longest("p="));
        assertEquals(0, table.longest("cc"));
        assertEquals(-1, table.longest("f1="));

        double[] sums = {1, 1, 1};
        table.add(bb, sums);
        table.add(table.find("cc"), sums);
        table.add(-1, sums);
        assertArrayEquals(new double[] {-0.5, 1, 6.0}, sums);
    }
}

package io.newslens.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.nlp.FeatureTable;

/** The build's index of the shipped name model must file every key where building the table files it. */
class NameModelIndexTest {

    private static byte[] model;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NameModelIndexTest.class.getResourceAsStream(NewsEntityFinder.MODEL)) {
            model = NameModelIndex.perceptron(in);
        }
    }

    @Test
    void theShippedIndexFindsEveryFeatureAsTheBuiltTable() throws IOException {
        FeatureTable.Index index = NameModelIndex.forModel(model);
        assertNotNull(index, "the build indexes the shipped model");
        FeatureTable built = PackedPerceptron.read(model).features();
        FeatureTable indexed = PackedPerceptron.read(model, index).features();
        AtomicInteger keys = new AtomicInteger();
        built.forEach((key, outcomes, weights) -> {
            assertEquals(built.find(key), indexed.find(key), key);
            assertNotEquals(FeatureTable.ABSENT, indexed.find(key), key);
            keys.incrementAndGet();
        });
        assertTrue(keys.get() > 100_000, "keys: " + keys.get());
        assertEquals(FeatureTable.ABSENT, indexed.find("w=no-such-word-in-any-news"));
    }

    @Test
    void anotherModelGetsNoIndexAndAMismatchedIndexIsRefused() throws IOException {
        byte[] other = model.clone();
        other[other.length - 1] ^= 1;
        assertNull(NameModelIndex.forModel(other), "the index is of the shipped model's bytes only");
        FeatureTable.Index index = NameModelIndex.forModel(model);
        FeatureTable.KeyRun fewer = new FeatureTable.KeyRun(new char[] {'a'}, new int[] {0, 1});
        assertThrows(IllegalArgumentException.class,
                () -> new FeatureTable(fewer, new int[] {0}, new int[][] {{0}}, new double[] {1}, index));
    }
}

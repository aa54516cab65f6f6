package io.newslens.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.nlp.FeatureTable;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.InvalidFormatException;

/** The packed perceptron must be OpenNLP's, read from the same file: every score to the bit. */
class PackedPerceptronTest {

    private static byte[] file;
    private static PerceptronModel openNlp;
    private static PackedPerceptron packed;
    private static List<String[]> contexts;

    @BeforeAll
    static void load() throws IOException {
        try (ZipInputStream zip = new ZipInputStream(PackedPerceptronTest.class.getResourceAsStream(NewsEntityFinder.MODEL))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("nameFinder.model")) {
                    file = zip.readAllBytes();
                }
            }
        }
        openNlp = (PerceptronModel) read(file);
        packed = PackedPerceptron.read(file);
        NameModel model;
        try (InputStream in = PackedPerceptronTest.class.getResourceAsStream(NewsEntityFinder.MODEL)) {
            model = new NameModel(in);
        }
        NameContextGenerator features = model.getFactory().createContextGenerator();
        contexts = new ArrayList<>();
        String[] words = ("U.S. Secretary of State Mike Pompeo told Kim Jong-un 's sister in Seoul on Thursday , "
                + "ÉLODIE said “ no ” to 3.5 % of ACME Corp. shares").split(" ");
        String[] outcomes = new String[words.length];
        Arrays.fill(outcomes, "person-start");
        for (int i = 0; i < words.length; i++) {
            contexts.add(features.getContext(i, words, Arrays.copyOf(outcomes, i), null));
        }
        contexts.add(new String[0]);
        contexts.add(new String[] {"no such feature", "w=pompeo", "w=pompeo"});
    }

    private static AbstractModel read(byte[] model) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(model))).getModel();
    }

    @Test
    void readsTheShippedModelAsOpenNlpDoes() {
        assertTrue(PackedPerceptron.isPerceptron(file));
        assertEquals(openNlp.getNumOutcomes(), packed.getNumOutcomes());
        for (int i = 0; i < openNlp.getNumOutcomes(); i++) {
            assertEquals(openNlp.getOutcome(i), packed.getOutcome(i));
            assertEquals(i, packed.getIndex(openNlp.getOutcome(i)));
        }
        assertEquals(-1, packed.getIndex("no-such-outcome"));
        for (String[] context : contexts) {
            double[] expected = openNlp.eval(context);
            assertArrayEquals(expected, packed.eval(context), () -> String.join(" ", context));
            assertEquals(openNlp.getBestOutcome(expected), packed.getBestOutcome(expected));
            float[] values = new float[context.length];
            Arrays.fill(values, 0.5f);
            assertArrayEquals(openNlp.eval(context, values), packed.eval(context, values));
        }
        // "Pompeo", after "Mike" taken as a person's start: a name, not "other".
        assertTrue(packed.getBestOutcome(packed.eval(contexts.get(5))).startsWith("person-"),
                packed.getAllOutcomes(packed.eval(contexts.get(5))));
    }

    /**
     * Every feature of the shipped model, asked by an equal but distinct string, adds the weights of
     * OpenNLP's map; near misses add nothing.
     */
    @Test
    @SuppressWarnings("unchecked")
    void findsEveryFeatureAsOpenNlpsMap() {
        Map<String, Context> features = (Map<String, Context>) openNlp.getDataStructures()[1];
        assertTrue(features.size() > 100_000, "the model's features: " + features.size());
        FeatureTable table = packed.features();
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String key = new String(feature.getKey().toCharArray());
            assertArrayEquals(sums(feature.getValue()), sums(table, key), key);
            for (String absent : new String[] {key + "\u0000", "x" + key, key.substring(1)}) {
                assertArrayEquals(sums(features.get(absent)), sums(table, absent), absent);
            }
        }
        assertEquals(FeatureTable.ABSENT, table.find(""));
    }

    /**
     * Pruned, a feature adds exactly its weights of at least the threshold's magnitude; one left with
     * none is gone.
     */
    @Test
    @SuppressWarnings("unchecked")
    void prunedKeepsExactlyTheWeightsAboveTheThreshold() throws IOException {
        double threshold = 8;
        FeatureTable pruned = packed.pruned(threshold).features();
        Map<String, Context> features = (Map<String, Context>) openNlp.getDataStructures()[1];
        int kept = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            double[] expected = start();
            boolean any = false;
            Context c = feature.getValue();
            for (int j = 0; j < c.getOutcomes().length; j++) {
                if (Math.abs(c.getParameters()[j]) >= threshold) {
                    expected[c.getOutcomes()[j]] += c.getParameters()[j];
                    any = true;
                }
            }
            assertArrayEquals(expected, sums(pruned, feature.getKey()), feature.getKey());
            assertEquals(any, pruned.find(feature.getKey()) != FeatureTable.ABSENT, feature.getKey());
            kept += any ? 1 : 0;
        }
        assertTrue(kept > 1_000 && kept < features.size(), "features kept: " + kept + " of " + features.size());
        assertEquals(kept, packed.pruned(threshold).size()[0]);
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

    private static double[] sums(FeatureTable table, String key) {
        double[] sums = start();
        table.add(table.find(key), sums);
        return sums;
    }

    private static double[] start() {
        double[] sums = new double[openNlp.getNumOutcomes()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = i + 1;
        }
        return sums;
    }

    /** What it writes, OpenNLP reads back as the same model. */
    @Test
    void writesOpenNlpsFormat() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packed.write(out);
        AbstractModel again = read(out.toByteArray());
        assertInstanceOf(PerceptronModel.class, again);
        for (String[] context : contexts) {
            assertArrayEquals(openNlp.eval(context), again.eval(context));
        }
        assertArrayEquals(packed.eval(contexts.get(3)), PackedPerceptron.read(out.toByteArray()).eval(contexts.get(3)));
    }

    @Test
    void refusesWhatIsNotAPerceptron() {
        byte[] gis = Arrays.copyOf(file, file.length);
        gis[2] = 'G';
        assertFalse(PackedPerceptron.isPerceptron(gis));
        assertFalse(PackedPerceptron.isPerceptron(new byte[0]));
        InvalidFormatException cut = assertThrows(InvalidFormatException.class,
                () -> PackedPerceptron.read(Arrays.copyOf(file, file.length / 2)));
        assertTrue(cut.getMessage().contains("not a readable perceptron model"), cut.getMessage());
    }
}

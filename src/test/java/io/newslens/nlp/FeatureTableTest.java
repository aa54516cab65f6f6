package io.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureTableTest {

    /** "Aa" and "BB" have the same String hash: the names, not the hashes, decide. */
    @Test
    void findsKeysGivenAsPrefixAndRegionEvenWhenHashesCollide() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        FeatureTable table = new FeatureTable(new String[] {"p=Aa", "p=BB", "cc"});

        String text = "xAaBBy";
        int[] running = new int[text.length() + 1];
        int[] powers = new int[text.length() + 1];
        FeatureTable.runningHashes(text, running, powers);
        int aa = table.find(FeatureTable.hash("p=".hashCode(), running, powers, 1, 3), "p=", text, 1, 3);
        int bb = table.find(FeatureTable.hash("p=".hashCode(), running, powers, 3, 5), "p=", text, 3, 5);
        assertEquals(aa, table.find("p=Aa"));
        assertEquals(bb, table.find("p=BB"));
        assertNotEquals(aa, bb);
        assertEquals(0, table.index(aa));
        assertEquals(1, table.index(bb));
        assertEquals(2, table.index(table.find("cc")));
        assertEquals("p=AaB".hashCode(), FeatureTable.hash("p=".hashCode(), running, powers, 1, 4));
        assertEquals(FeatureTable.ABSENT,
                table.find(FeatureTable.hash("p=".hashCode(), running, powers, 1, 4), "p=", text, 1, 4));
        assertEquals(FeatureTable.ABSENT, table.find("s=Aa"));
        assertEquals(FeatureTable.ABSENT, table.index(FeatureTable.ABSENT));
        assertEquals(2, table.longest("p="));
        assertEquals(0, table.longest("cc"));
        assertEquals(-1, table.longest("f1="));
    }

    /** Keys of one hash are told apart by their text, present or not. */
    @Test
    void tellsCollidingKeysApart() {
        assertTrue("Aa".hashCode() == "BB".hashCode() && "BBBB".hashCode() == "AaAa".hashCode());
        FeatureTable table = new FeatureTable(new String[] {"Aa", "BBBB"}, new int[] {0, 1},
                new int[][] {{0}, {1}}, new double[] {1, 2});
        assertArrayEquals(new double[] {2, 2}, sums(table, "Aa", 2));
        assertArrayEquals(new double[] {1, 4}, sums(table, "BBBB", 2));
        for (String absent : new String[] {"BB", "AaAa", "AaBB", ""}) {
            assertEquals(FeatureTable.ABSENT, table.find(absent), absent);
        }
        assertEquals(FeatureTable.ABSENT, new FeatureTable(new String[0]).find("Aa"));
    }

    /** A model file's layout: features share outcome patterns, and weights follow in feature order. */
    @Test
    void readsSharedOutcomePatterns() throws IOException {
        int[][] patterns = {{0, 2}, {1}};
        FeatureTable table = new FeatureTable(new String[] {"w=a", "w=b", "w=c"}, new int[] {0, 1, 0}, patterns,
                new double[] {0.5, -1, 2, 0.25, 4});
        assertArrayEquals(new double[] {1.5, 2, 2}, sums(table, "w=a", 3));
        assertArrayEquals(new double[] {1, 4, 3}, sums(table, "w=b", 3));
        assertArrayEquals(new double[] {1.25, 2, 7}, sums(table, "w=c", 3));
        assertEquals(List.of("w=a 0:0.5 2:-1.0", "w=b 1:2.0", "w=c 0:0.25 2:4.0"), visited(table));
    }

    /** A feature of a value adds each weight times it; a key given twice keeps its later entry. */
    @Test
    void weighsValuesAndKeepsTheLaterOfTwoKeys() {
        FeatureTable table = new FeatureTable(new String[] {"pow=other,Kim", "po=other", "pow=other,Kim"},
                new int[] {0, 1, 1}, new int[][] {{0}, {0, 1}}, new double[] {8, 1, 2, 3, -6});
        double[] sums = {1, 1};
        table.add(table.find("pow=other,Kim"), 0.5, sums);
        assertArrayEquals(new double[] {2.5, -2}, sums);
        table.add(table.find("po=other"), -2, sums);
        assertArrayEquals(new double[] {0.5, -6}, sums);
        assertEquals(2, table.index(table.find("pow=other,Kim")));
    }

    /** Without weights a table still finds and indexes its keys, long or short, and adds nothing. */
    @Test
    void keepsKeysWithoutWeights() throws IOException {
        String longKey = "s=" + "x".repeat(40) + "\u00e9";
        FeatureTable table = new FeatureTable(new String[] {"cc", longKey, "p1_caps"});
        assertEquals(1, table.index(table.find(longKey)));
        assertEquals(2, table.index(table.find("p1_caps")));
        assertEquals(FeatureTable.ABSENT, table.find(longKey.substring(0, 42)));
        assertArrayEquals(new double[] {1, 2}, sums(table, longKey, 2));
        assertEquals(List.of("cc", longKey, "p1_caps"), visited(table));
        assertEquals(41, table.longest("s="));
    }

    /** The header holds a key of up to 65,535 characters, as a model file's writeUTF does. */
    @Test
    void refusesKeysLongerThanAModelFileHolds() {
        String longest = "k".repeat(0xFFFF);
        FeatureTable table = new FeatureTable(new String[] {longest});
        assertEquals(0, table.index(table.find(longest)));
        assertThrows(IllegalArgumentException.class, () -> new FeatureTable(new String[] {longest + "k"}));
    }

    /** A table written and read back is the same table: same lookups, same weights, same order. */
    @Test
    void readsBackWhatItWrites() throws IOException {
        int[][] patterns = {{0, 2}, {1}};
        FeatureTable table = new FeatureTable(new String[] {"w=a", "w=b", "w=c"}, new int[] {0, 1, 0}, patterns,
                new double[] {0.5, -1, 2, 0.25, 4});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.write(new DataOutputStream(bytes));
        ByteBuffer in = ByteBuffer.wrap(bytes.toByteArray());
        FeatureTable copy = FeatureTable.read(in);
        assertEquals(0, in.remaining());
        assertEquals(visited(table), visited(copy));
        assertArrayEquals(new double[] {1.25, 2, 7}, sums(copy, "w=c", 3));
        assertEquals(FeatureTable.ABSENT, copy.find("w=d"));
        assertEquals(1, copy.index(copy.find("w=b")));
    }

    @Test
    void refusesBytesThatAreNoTable() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new FeatureTable(new String[] {"cc", "dd"}).write(new DataOutputStream(bytes));
        byte[] whole = bytes.toByteArray();
        IOException cut = assertThrows(IOException.class,
                () -> FeatureTable.read(ByteBuffer.wrap(Arrays.copyOf(whole, whole.length - 3))));
        assertTrue(cut.getMessage().contains("cut short"), cut.getMessage());
        ByteBuffer odd = ByteBuffer.allocate(16).putInt(3).putInt(0).putInt(0).putInt(0);
        assertThrows(IOException.class, () -> FeatureTable.read(odd.flip()));
    }

    @Test
    void addsAContextAsFindAndAddOfEachKeyInTurn() {
        // "Aa" and "BB" share a hash, so one of them is not in its home slot; "BB" is asked for twice,
        // "zz" and "Aaa" (a longer key with the prefix of one the table has) not at all.
        String[] keys = {"Aa", "BB", "w=Kim", "p=Aa", "po=other"};
        int[][] patterns = {{0, 2}, {1}, {0, 1, 2}};
        double[] weights = {0.1, -0.3, 0.7, 1e-17, 2.5, -0.2, 0.3, 0.3, 1.0 / 3, 1e20, -1e20};
        FeatureTable table = new FeatureTable(keys, new int[] {0, 1, 2, 0, 2}, patterns, weights);
        String[] context = {"BB", "zz", "w=Kim", "Aa", "Aaa", "BB", "po=other", "p=Aa", ""};
        double[] expected = {0.5, -1.5, 2};
        for (String key : context) {
            table.add(table.find(key), expected);
        }
        double[] sums = {0.5, -1.5, 2};
        table.addAll(context, sums);
        assertArrayEquals(expected, sums, 0);
        double[] none = {4, 5, 6};
        table.addAll(new String[0], none);
        assertArrayEquals(new double[] {4, 5, 6}, none, 0);
    }

    private static List<String> visited(FeatureTable table) throws IOException {
        List<String> visited = new ArrayList<>();
        table.forEach((key, outcomes, weights) -> {
            StringBuilder line = new StringBuilder(key);
            for (int j = 0; j < outcomes.length; j++) {
                line.append(' ').append(outcomes[j]).append(':').append(weights[j]);
            }
            visited.add(line.toString());
        });
        return visited;
    }

    /** The sums of 1, 2, 3, ... after the table adds {@code key}'s weights. */
    private static double[] sums(FeatureTable table, String key, int outcomes) {
        double[] sums = new double[outcomes];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = i + 1;
        }
        table.add(table.find(key), sums);
        return sums;
    }
}

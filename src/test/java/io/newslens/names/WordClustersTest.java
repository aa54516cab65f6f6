package io.newslens.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.InvalidFormatException;

class WordClustersTest {

    private static final String LEXICON = """
            # a comment line
            word\t4\t16
            Apple\t1\t7
            apple\t2\t9
            Pirelli\t1\t3
            the\t0\t0
            """;

    private static WordClusters lexicon(String text) {
        return WordClusters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void caseSensitiveLookupTakesTheWordAsWritten() {
        WordClusters c = lexicon(LEXICON);
        assertEquals(4, c.size());
        assertEquals(7, c.cluster("Apple", 1, false));
        assertEquals(9, c.cluster("apple", 1, false));
        assertEquals(-1, c.cluster("APPLE", 1, false));
    }

    @Test
    void lowerCaseLookupTakesTheMostFrequentCasing() {
        WordClusters c = lexicon(LEXICON);
        // "Apple" comes first in the file, so it is the more frequent casing.
        assertEquals(7, c.cluster("APPLE", 1, true));
        assertEquals(3, c.cluster("PIRELLI", 1, true));
        assertEquals(-1, c.cluster("Hyundai", 0, true));
    }

    @Test
    void featuresCoverTheWindowAndSkipUnknownWords() throws InvalidFormatException {
        WordClusters c = lexicon(LEXICON);
        WordClusters.Features f = new WordClusters.Features(c, c.granularity("16"), "16", true, 1, 1);
        List<String> out = new ArrayList<>();
        f.createFeatures(out, new String[] {"the", "PIRELLI", "tyres", "Apple"}, 1, null);
        assertEquals(List.of("p1c16l=0", "c16l=3"), out);
        out.clear();
        f.createFeatures(out, new String[] {"the", "PIRELLI", "tyres", "Apple"}, 3, null);
        assertEquals(List.of("c16l=7"), out);
    }

    @Test
    void caseSensitiveFeaturesAreNamedApart() throws InvalidFormatException {
        WordClusters c = lexicon(LEXICON);
        WordClusters.Features f = new WordClusters.Features(c, c.granularity("4"), "4", false, 0, 0);
        List<String> out = new ArrayList<>();
        f.createFeatures(out, new String[] {"apple"}, 0, null);
        assertEquals(List.of("c4c=2"), out);
    }

    @Test
    void badLexiconsAndGranularitiesAreNamed() {
        assertThrows(UncheckedIOException.class, () -> lexicon("Apple\t1\n"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> lexicon("word\t4\nApple\t1\t2\n"));
        assertTrue(e.getCause().getMessage().contains("line 2"), e.getCause().getMessage());
        InvalidFormatException g = assertThrows(InvalidFormatException.class, () -> lexicon(LEXICON).granularity("50"));
        assertTrue(g.getMessage().contains("50"), g.getMessage());
    }

    /** The packed form the build makes answers every lookup as the text form does. */
    @Test
    void packedLexiconAnswersAsTheText() throws IOException, InvalidFormatException {
        WordClusters text = lexicon(LEXICON);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        text.write(new DataOutputStream(bytes));
        WordClusters packed = WordClusters.readPacked(ByteBuffer.wrap(bytes.toByteArray()));
        assertEquals(text.size(), packed.size());
        assertEquals(1, packed.granularity("16"));
        for (String word : List.of("Apple", "apple", "APPLE", "Pirelli", "PIRELLI", "the", "The", "Hyundai")) {
            for (boolean lower : new boolean[] {true, false}) {
                assertEquals(text.cluster(word, 1, lower), packed.cluster(word, 1, lower), word + " " + lower);
            }
        }
        IOException e = assertThrows(IOException.class,
                () -> WordClusters.readPacked(ByteBuffer.wrap("word\t4\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("not a packed word cluster lexicon"), e.getMessage());
    }

    /** A word given twice keeps its first, more frequent, line. */
    @Test
    void aRepeatedWordKeepsItsFirstLine() {
        WordClusters c = lexicon("word\t4\nApple\t1\t7\nApple\t2\t9\n".replace("\t4\n", "\t4\t16\n"));
        assertEquals(1, c.size());
        assertEquals(7, c.cluster("Apple", 1, false));
    }

    @Test
    void shippedLexiconKnowsCommonNames() {
        WordClusters c = WordClusters.shipped();
        assertTrue(c.size() > 100_000, "words: " + c.size());
        // Upper-case text keeps its word knowledge through the lower-case lookup.
        assertEquals(c.cluster("Germany", 2, false), c.cluster("GERMANY", 2, true));
        assertEquals(c.cluster("France", 0, false), c.cluster("Germany", 0, false),
                "two countries in one of the 100 coarsest clusters");
    }
}

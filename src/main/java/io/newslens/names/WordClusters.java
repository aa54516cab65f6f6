package io.newslens.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newslens.Background;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Word clusters as name-finder features: each word's cluster, at several granularities, learnt from
 * 50 million words of raw text (see {@code docs/models/en-ner.md} and
 * {@code src/main/scripts/build-word-clusters.sh}). A word the training data never labelled still
 * carries what the raw text taught about it ("Pirelli" sits with other companies), and the lower-case
 * lookup keeps that knowledge for text in capitals ("PIRELLI").
 *
 * <p>The lexicon ({@value #LEXICON}) lists words by falling frequency, each with its cluster at each
 * granularity; a lower-case lookup takes the clusters of the word's most frequent casing. It is read
 * once per process and shared; it is newslens' own resource beside the model, not an artifact inside it.
 */
public final class WordClusters {

    /** Class-path location of the cluster lexicon. */
    static final String LEXICON = "/io/newslens/names/word-clusters.tsv";

    private final Map<String, Integer> granularities;
    private final Map<String, Integer> exact;
    private final Map<String, Integer> lower;
    private final short[][] clusters;

    private WordClusters(Map<String, Integer> granularities, Map<String, Integer> exact, Map<String, Integer> lower,
            short[][] clusters) {
        this.granularities = granularities;
        this.exact = exact;
        this.lower = lower;
        this.clusters = clusters;
    }

    /** The shipped lexicon, read on first use. */
    static WordClusters shipped() {
        return Shipped.LEXICON;
    }

    /** Starts reading the shipped lexicon, so that the first article does not wait for it. */
    static void preload() {
        Background.start(WordClusters::shipped);
    }

    /** Holds the shipped lexicon: the class loader reads it once, on first use, for every thread. */
    private static final class Shipped {
        static final WordClusters LEXICON = read(open());

        private static InputStream open() {
            InputStream in = WordClusters.class.getResourceAsStream(WordClusters.LEXICON);
            if (in == null) {
                throw new UncheckedIOException(new IOException("word cluster lexicon " + WordClusters.LEXICON
                        + " is not on the class path"));
            }
            return in;
        }
    }

    /**
     * Reads a lexicon: a header line {@code word<TAB>k1<TAB>k2...} naming the granularities (numbers of
     * clusters), then one line per word, most frequent first, with its cluster number at each.
     */
    static WordClusters read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String header = r.readLine();
            while (header != null && header.startsWith("#")) {
                header = r.readLine();
            }
            if (header == null || !header.startsWith("word\t")) {
                throw new IOException("word cluster lexicon has no header line");
            }
            String[] names = header.split("\t");
            Map<String, Integer> granularities = new HashMap<>();
            for (int g = 1; g < names.length; g++) {
                granularities.put(names[g], g - 1);
            }
            return readWords(r, granularities);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word cluster lexicon", e);
        }
    }

    private static WordClusters readWords(BufferedReader r, Map<String, Integer> granularities) throws IOException {
        int columns = granularities.size();
        Map<String, Integer> exact = new HashMap<>(1 << 19);
        Map<String, Integer> lower = new HashMap<>(1 << 16);
        List<short[]> rows = new ArrayList<>(1 << 18);
        int line = 1;
        for (String s = r.readLine(); s != null; s = r.readLine()) {
            line++;
            int tab = s.indexOf('\t');
            short[] row = tab > 0 ? clusters(s, tab, columns) : null;
            if (row == null) {
                throw new IOException("line " + line + " of the word cluster lexicon is not a word and "
                        + columns + " cluster numbers");
            }
            String word = s.substring(0, tab);
            int index = rows.size();
            rows.add(row);
            exact.putIfAbsent(word, index);
            // The file runs from frequent to rare: the first casing seen is the most frequent one. Only
            // casings other than the lower-case word itself need an entry: the rest are found as written.
            String folded = word.toLowerCase(Locale.ROOT);
            if (!folded.equals(word) && !exact.containsKey(folded)) {
                lower.putIfAbsent(folded, index);
            }
        }
        return new WordClusters(Map.copyOf(granularities), exact, lower, rows.toArray(new short[0][]));
    }

    /** The cluster numbers after the word's tab, or {@code null} if the line has another shape. */
    private static short[] clusters(String s, int tab, int columns) {
        short[] row = new short[columns];
        int at = tab + 1;
        for (int g = 0; g < columns; g++) {
            int value = 0;
            int start = at;
            while (at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9' && at - start < 5) {
                value = value * 10 + s.charAt(at++) - '0';
            }
            boolean last = g == columns - 1;
            if (at == start || value > Short.MAX_VALUE || (last ? at != s.length() : at >= s.length() || s.charAt(at) != '\t')) {
                return null;
            }
            row[g] = (short) value;
            at++;
        }
        return row;
    }

    /** Number of words in the lexicon. */
    int size() {
        return clusters.length;
    }

    /** The cluster of {@code word} at granularity {@code g} (an index), or -1 when the word is unknown. */
    int cluster(String word, int g, boolean lowerCase) {
        Integer row;
        if (lowerCase) {
            String folded = word.toLowerCase(Locale.ROOT);
            row = lower.get(folded);
            if (row == null) {
                row = exact.get(folded);
            }
        } else {
            row = exact.get(word);
        }
        return row == null ? -1 : clusters[row][g];
    }

    /** The index of the granularity named {@code k} (its number of clusters). */
    int granularity(String k) throws InvalidFormatException {
        Integer g = granularities.get(k);
        if (g == null || !k.matches("[1-9][0-9]{0,4}")) {
            throw new InvalidFormatException("the word cluster lexicon has no granularity " + k
                    + "; it has " + granularities.keySet());
        }
        return g;
    }

    /**
     * Builds a {@code WordClusters$Factory} element of a feature descriptor: {@code clusters} names the
     * granularity (e.g. {@code 100}), {@code lowercase} (default true) the lookup, and {@code prevLength}
     * and {@code nextLength} (default 0) the window of neighbours whose clusters are features too.
     */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        /** Called by OpenNLP's descriptor reader. */
        public Factory() {
            super();
        }

        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            String k = getStr("clusters");
            boolean lowerCase = getBool("lowercase", true);
            WordClusters lexicon = shipped();
            return new Features(lexicon, lexicon.granularity(k), k, lowerCase, getInt("prevLength", 0),
                    getInt("nextLength", 0));
        }
    }

    /**
     * The features of one granularity: "c100l=17" for the word itself, "p1c100l=..", "n2c100l=.." for
     * its neighbours ("l" for a lower-case lookup, "c" for a case-sensitive one). Each thread has its own.
     */
    static final class Features implements AdaptiveFeatureGenerator {
        private final WordClusters lexicon;
        private final int granularity;
        private final boolean lowerCase;
        private final int previous;
        private final int next;
        /** names[offset + previous][cluster]: the feature strings, made once rather than per token. */
        private final String[][] names;
        private String[] sentence;
        private int[] sentenceClusters;

        Features(WordClusters lexicon, int granularity, String k, boolean lowerCase, int previous, int next) {
            this.lexicon = lexicon;
            this.granularity = granularity;
            this.lowerCase = lowerCase;
            this.previous = previous;
            this.next = next;
            this.names = new String[previous + next + 1][];
            int count = Integer.parseInt(k);
            for (int offset = -previous; offset <= next; offset++) {
                names[offset + previous] = new String[count + 1];
                String prefix = offset < 0 ? "p" + -offset : offset > 0 ? "n" + offset : "";
                names[offset + previous][0] = prefix + "c" + k + (lowerCase ? "l=" : "c=");
            }
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            int[] c = clustersOf(tokens);
            for (int offset = -previous; offset <= next; offset++) {
                int i = index + offset;
                if (i >= 0 && i < tokens.length && c[i] >= 0) {
                    features.add(name(offset + previous, c[i]));
                }
            }
        }

        private String name(int position, int cluster) {
            String[] row = names[position];
            // Slot 0 keeps the prefix; cluster n's name lives at n + 1.
            String name = row[cluster + 1];
            if (name == null) {
                name = row[0] + cluster;
                row[cluster + 1] = name;
            }
            return name;
        }

        /** Each word's cluster, looked up once per sentence. */
        private int[] clustersOf(String[] tokens) {
            if (tokens != sentence) {
                sentence = tokens;
                sentenceClusters = new int[tokens.length];
                for (int i = 0; i < tokens.length; i++) {
                    sentenceClusters[i] = lexicon.cluster(tokens[i], granularity, lowerCase);
                }
            }
            return sentenceClusters;
        }
    }
}

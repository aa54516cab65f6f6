package io.newslens.names;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newslens.Background;
import io.newslens.nlp.FeatureTable;
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
 * <p>The lexicon lists words by falling frequency, each with its cluster at each granularity; a
 * lower-case lookup takes the clusters of the word's most frequent casing. Its text form
 * ({@code word-clusters.tsv}) is what the script writes and a reader can check; the build packs it
 * ({@link ResourcePacker}) into the lookup
 * tables themselves ({@value #LEXICON}), which the runtime reads once per process and shares. It is
 * newslens' own resource beside the model, not an artifact inside it.
 */
public final class WordClusters {

    /** Class-path location of the packed cluster lexicon, which the build makes from its text form. */
    static final String LEXICON = "/io/newslens/names/word-clusters.bin";

    /** The packed form's first four bytes ("NLWC") and its version. */
    private static final int MAGIC = 0x4E4C5743;
    private static final int VERSION = 1;

    private final int[] granularities;
    private final FeatureTable exact;
    private final FeatureTable lower;
    private final int[] lowerRows;
    /** Row after row, each word's cluster at each granularity. */
    private final short[] clusters;

    /** Per thread, the last sentence {@link #rows} looked up, case-sensitively (0) and in lower case (1). */
    private final ThreadLocal<SentenceRows> lastRows = ThreadLocal.withInitial(SentenceRows::new);

    private WordClusters(int[] granularities, FeatureTable exact, FeatureTable lower, int[] lowerRows,
            short[] clusters) {
        this.granularities = granularities;
        this.exact = exact;
        this.lower = lower;
        this.lowerRows = lowerRows;
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
        static final WordClusters LEXICON = readShipped();

        private static WordClusters readShipped() {
            try {
                return readPacked(PackedResource.read(WordClusters.LEXICON));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the word cluster lexicon " + WordClusters.LEXICON, e);
            }
        }
    }

    /**
     * Reads a lexicon in its text form: a header line {@code word<TAB>k1<TAB>k2...} naming the
     * granularities (numbers of clusters), then one line per word, most frequent first, with its cluster
     * number at each; lines starting with {@code #} before the header are comments.
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
            int[] granularities = new int[names.length - 1];
            for (int g = 1; g < names.length; g++) {
                if (!names[g].matches("[1-9][0-9]{0,4}")) {
                    throw new IOException("word cluster lexicon header names granularity " + names[g]
                            + ", not a number of clusters");
                }
                granularities[g - 1] = Integer.parseInt(names[g]);
            }
            return readWords(r, granularities);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word cluster lexicon", e);
        }
    }

    private static WordClusters readWords(BufferedReader r, int[] granularities) throws IOException {
        int columns = granularities.length;
        Map<String, Integer> exact = new LinkedHashMap<>(1 << 19);
        Map<String, Integer> lower = new LinkedHashMap<>(1 << 16);
        short[] rows = new short[columns << 18];
        int line = 1;
        for (String s = r.readLine(); s != null; s = r.readLine()) {
            line++;
            int tab = s.indexOf('\t');
            String word = tab > 0 ? s.substring(0, tab) : null;
            if (word == null || !clusters(s, tab, rows, exact.size() * columns, columns)) {
                throw new IOException("line " + line + " of the word cluster lexicon is not a word and "
                        + columns + " cluster numbers");
            }
            if (exact.containsKey(word)) {
                continue; // the first, more frequent, line of a word counts
            }
            // The file runs from frequent to rare: the first casing seen is the most frequent one. Only
            // casings other than the lower-case word itself need an entry: the rest are found as written.
            String folded = word.toLowerCase(Locale.ROOT);
            if (!folded.equals(word) && !exact.containsKey(folded)) {
                lower.putIfAbsent(folded, exact.size());
            }
            exact.put(word, exact.size());
            if ((exact.size() + 1) * columns > rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
        }
        return new WordClusters(granularities, new FeatureTable(exact.keySet().toArray(String[]::new)),
                new FeatureTable(lower.keySet().toArray(String[]::new)),
                lower.values().stream().mapToInt(Integer::intValue).toArray(),
                Arrays.copyOf(rows, exact.size() * columns));
    }

    /** Reads the cluster numbers after the word's tab into {@code rows} at {@code at}; false if the line has another shape. */
    private static boolean clusters(String s, int tab, short[] rows, int at, int columns) {
        int i = tab + 1;
        for (int g = 0; g < columns; g++) {
            int value = 0;
            int start = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 5) {
                value = value * 10 + s.charAt(i++) - '0';
            }
            boolean last = g == columns - 1;
            if (i == start || value > Short.MAX_VALUE || (last ? i != s.length() : i >= s.length() || s.charAt(i) != '\t')) {
                return false;
            }
            rows[at + g] = (short) value;
            i++;
        }
        return true;
    }

    /** Writes the packed form {@link #readPacked} reads. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(granularities.length);
        for (int k : granularities) {
            out.writeInt(k);
        }
        out.writeInt(clusters.length);
        for (short c : clusters) {
            out.writeShort(c);
        }
        exact.write(out);
        out.writeInt(lowerRows.length);
        for (int row : lowerRows) {
            out.writeInt(row);
        }
        lower.write(out);
    }

    /** Reads the packed form {@link #write} writes. */
    static WordClusters readPacked(ByteBuffer in) throws IOException {
        try {
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IOException("not a packed word cluster lexicon of version " + VERSION);
            }
            int[] granularities = ints(in, in.getInt());
            short[] clusters = new short[count(in, in.getInt(), 2)];
            in.asShortBuffer().get(clusters);
            in.position(in.position() + 2 * clusters.length);
            FeatureTable exact = FeatureTable.read(in);
            int[] lowerRows = ints(in, in.getInt());
            FeatureTable lower = FeatureTable.read(in);
            if (granularities.length == 0 || clusters.length % granularities.length != 0) {
                throw new IOException("packed word cluster lexicon has " + clusters.length + " cluster numbers for "
                        + granularities.length + " granularities");
            }
            return new WordClusters(granularities, exact, lower, lowerRows, clusters);
        } catch (BufferUnderflowException e) {
            throw new IOException("packed word cluster lexicon cut short", e);
        }
    }

    private static int[] ints(ByteBuffer in, int n) throws IOException {
        int[] out = new int[count(in, n, 4)];
        in.asIntBuffer().get(out);
        in.position(in.position() + 4 * out.length);
        return out;
    }

    private static int count(ByteBuffer in, int n, int bytesEach) throws IOException {
        if (n < 0 || (long) n * bytesEach > in.remaining()) {
            throw new IOException("packed word cluster lexicon cut short: " + n + " values announced");
        }
        return n;
    }

    /** Number of words in the lexicon. */
    int size() {
        return clusters.length / granularities.length;
    }

    /** The cluster of {@code word} at granularity {@code g} (an index), or -1 when the word is unknown. */
    int cluster(String word, int g, boolean lowerCase) {
        return cluster(row(word, lowerCase), g);
    }

    /** The cluster in row {@code row} (from {@link #row}) at granularity {@code g}; -1 for no row. */
    private int cluster(int row, int g) {
        return row < 0 ? -1 : clusters[row * granularities.length + g];
    }

    /** The lexicon's row of {@code word}, looked up as written or in lower case; -1 when it has none. */
    private int row(String word, boolean lowerCase) {
        if (lowerCase) {
            String folded = word.toLowerCase(Locale.ROOT);
            int at = lower.find(folded);
            return at == FeatureTable.ABSENT ? exact.index(exact.find(folded)) : lowerRows[lower.index(at)];
        }
        return exact.index(exact.find(word));
    }

    /**
     * Each token's row ({@link #row}), the same array for the same sentence (the same array of tokens)
     * asked again on this thread. The name finder has a feature generator per granularity, each asking
     * for every token's cluster: the lower-case lookups of three granularities were three times the same
     * folding and the same table misses, per token.
     */
    private int[] rows(String[] tokens, boolean lowerCase) {
        SentenceRows last = lastRows.get();
        int kind = lowerCase ? 1 : 0;
        if (last.tokens[kind] != tokens) {
            int[] rows = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                rows[i] = row(tokens[i], lowerCase);
            }
            last.tokens[kind] = tokens;
            last.rows[kind] = rows;
        }
        return last.rows[kind];
    }

    private static final class SentenceRows {
        final String[][] tokens = new String[2][];
        final int[][] rows = new int[2][];
    }

    /** The index of the granularity named {@code k} (its number of clusters). */
    int granularity(String k) throws InvalidFormatException {
        for (int g = 0; g < granularities.length; g++) {
            if (Integer.toString(granularities[g]).equals(k)) {
                return g;
            }
        }
        throw new InvalidFormatException("the word cluster lexicon has no granularity " + k
                + "; it has " + Arrays.toString(granularities));
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
                int[] rows = lexicon.rows(tokens, lowerCase);
                for (int i = 0; i < tokens.length; i++) {
                    sentenceClusters[i] = lexicon.cluster(rows[i], granularity);
                }
            }
            return sentenceClusters;
        }
    }
}

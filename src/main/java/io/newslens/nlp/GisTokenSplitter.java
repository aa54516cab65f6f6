package io.newslens.nlp;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.StringUtil;

/**
 * Splits a whitespace-free chunk into tokens exactly as {@link TokenizerME#tokenizePos(String)} does for
 * a GIS model with OpenNLP's own factory and context generator, at a fraction of the cost.
 *
 * <p>TokenizerME asks the model, at each character of a chunk after the first, whether a token starts
 * there. For each such question {@link DefaultTokenContextGenerator} builds a list of a dozen new
 * strings (the chunk's prefix and suffix, the characters around the position and their classes), the
 * list becomes an array, and GISModel looks each string up in a HashMap and resolves them into another
 * array before it adds their weights. Profiles of the pipeline put about a fifth of its time there.
 * This splitter asks the same questions about the same features, in the same order, but finds each
 * feature in a {@link FeatureTable} (through {@link DenseFeatures}) from hashes it keeps running over
 * the chunk, so no feature name is built, and adds its weights as it finds it; the features of one
 * ASCII character or pair, which every position has, are found once for all. The sums, and the
 * probabilities {@link GisScorer} makes of them, are then GISModel's to the bit, and so is every
 * decision.
 *
 * <p>The rest is TokenizerME's: chunks under two characters and (if the model's factory asks for it)
 * chunks matching its alphanumeric pattern stay whole; a split inside a chunk that the abbreviation
 * dictionary holds gives the rest of the chunk as one span and skips as many characters as the chunk
 * has periods, as TokenizerME does.
 *
 * <p>Only for models that {@link #fits}; {@link ChunkTokenizer#splitters} falls back to TokenizerME for
 * the others. Immutable: one instance may be shared by threads.
 */
final class GisTokenSplitter implements ChunkTokenizer.Splitter {

    private final GisScorer scorer;
    private final DenseFeatures features;
    /** Per outcome index: whether it is TokenizerME's split outcome. */
    private final boolean[] splits;
    /** The chunks that stay whole without asking the model, or null if the factory asks for none. */
    private final Pattern alphanumeric;
    /** TokenizerME's abbreviations, or null. */
    private final Dictionary abbreviations;
    /** The context generator's abbreviations. */
    private final Set<String> inducedAbbreviations;
    private final Names prefix;
    private final Names suffix;
    private final Names beforePair;
    private final Names aroundPair;
    private final Names afterPair;
    private final CharFeatures before2;
    private final CharFeatures before1;
    private final CharFeatures after1;
    private final CharFeatures after2;
    private final int noBefore2;
    private final int noAfter2;
    private final int characterEntity;
    private final int abbreviation;
    /** The indices of the names, by their literal prefix, in the order they were made: for {@link #write}. */
    private final Map<String, NameIndex> indices = new LinkedHashMap<>();

    GisTokenSplitter(TokenizerModel model) {
        this(model, null, Map.of());
    }

    /**
     * The splitter for {@code model} with {@code features} and the {@code known} indices of its names
     * as {@link #write} wrote them (null and empty: found from the model's own features).
     */
    private GisTokenSplitter(TokenizerModel model, DenseFeatures features, Map<String, NameIndex> known) {
        if (!fits(model)) {
            throw new IllegalArgumentException("not a GIS tokenizer model with OpenNLP's own factory");
        }
        GISModel maxent = (GISModel) model.getMaxentModel();
        // The features are added here, through DenseFeatures: the scorer only starts and finishes the sums.
        this.scorer = new GisScorer(maxent, new FeatureTable(new String[0]));
        this.features = features != null ? features
                : new DenseFeatures(GisScorer.features(maxent), scorer.getNumOutcomes());
        this.splits = new boolean[scorer.getNumOutcomes()];
        for (int i = 0; i < splits.length; i++) {
            splits[i] = TokenizerME.SPLIT.equals(scorer.getOutcome(i));
        }
        TokenizerFactory factory = model.getFactory();
        this.alphanumeric = factory.isUseAlphaNumericOptimization() ? factory.getAlphaNumericPattern() : null;
        this.abbreviations = model.getAbbreviations();
        // As TokenizerFactory hands them to the context generator.
        Dictionary induced = factory.getAbbreviationDictionary();
        this.inducedAbbreviations = induced == null ? Set.of() : induced.asStringSet();
        this.prefix = names("p=", 0, known);
        this.suffix = names("s=", 0, known);
        this.beforePair = names("p21=", 2, known);
        this.aroundPair = names("p1f1=", 2, known);
        this.afterPair = names("f12=", 2, known);
        this.before2 = new CharFeatures("p2", this.features, names("p2=", 1, known));
        this.before1 = new CharFeatures("p1", this.features, names("p1=", 1, known));
        this.after1 = new CharFeatures("f1", this.features, names("f1=", 1, known));
        this.after2 = new CharFeatures("f2", this.features, names("f2=", 1, known));
        this.noBefore2 = this.features.find("p2=bok");
        this.noAfter2 = this.features.find("f2=bok");
        this.characterEntity = this.features.find("cc");
        this.abbreviation = this.features.find("pabb");
    }

    /** The names of {@code text}, with the indices {@code known} has for them or found now. */
    private Names names(String text, int width, Map<String, NameIndex> known) {
        NameIndex index = known.get(text);
        Names names = new Names(text, width, features, index != null ? index : NameIndex.of(text, width, features));
        indices.put(text, names.index);
        return names;
    }

    /**
     * Writes what this splitter found in its model (the features, and the indices of the names of
     * characters and pairs) for {@link #read}: reading it back costs a cold start a few milliseconds,
     * where finding it costs a cold JVM about a tenth of a second.
     */
    void write(DataOutput out) throws IOException {
        features.write(out);
        out.writeInt(indices.size());
        for (Map.Entry<String, NameIndex> e : indices.entrySet()) {
            PackedArrays.write(e.getKey(), out);
            // Stored plus one, as a count: -1 (no name with this prefix) reads back as 0.
            out.writeInt(e.getValue().longest() + 1);
            PackedArrays.write(e.getValue().ascii(), out);
        }
    }

    /**
     * The splitter that {@link #write} wrote, from the buffer's position on, for {@code model}: the
     * model it was written from, or one with the same factory, outcomes and prior (its features are
     * not read).
     *
     * @throws IOException if the bytes are not such a splitter
     */
    static GisTokenSplitter read(TokenizerModel model, ByteBuffer in) throws IOException {
        DenseFeatures features = DenseFeatures.read(in);
        int count = PackedArrays.length(in, 1);
        Map<String, NameIndex> known = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String text = PackedArrays.readString(in);
            int longest = PackedArrays.length(in, 0) - 1;
            known.put(text, new NameIndex(longest, PackedArrays.readInts(in)));
        }
        return new GisTokenSplitter(model, features, known);
    }

    /**
     * Whether this splitter gives TokenizerME's spans for {@code model}: a GIS model with a uniform
     * prior, under OpenNLP's own factory and context generator (a subclass of either may ask other
     * questions, so it gets TokenizerME).
     */
    static boolean fits(TokenizerModel model) {
        TokenizerFactory factory = model.getFactory();
        return factory != null && factory.getClass() == TokenizerFactory.class
                && factory.getContextGenerator().getClass() == DefaultTokenContextGenerator.class
                && GisScorer.fits(model.getMaxentModel());
    }

    @Override
    public Span[] split(String chunk) {
        int n = chunk.length();
        if (n == 0) {
            return new Span[0];
        }
        if (n < 2 || alphanumeric != null && alphanumeric.matcher(chunk).matches()) {
            return new Span[] {new Span(0, n)};
        }
        int[] running = new int[n + 1];
        int[] powers = new int[n + 1];
        FeatureTable.runningHashes(chunk, running, powers);
        double[] sums = new double[splits.length];
        boolean entity = entity(chunk);
        List<Span> tokens = new ArrayList<>();
        int start = 0;
        for (int j = 1; j < n; j++) {
            if (splits[scorer.best(sums(chunk, j, running, powers, entity, sums))]) {
                if (abbreviations != null && abbreviations.contains(new StringList(chunk))) {
                    // TokenizerME's reading of an abbreviation: the whole chunk, then past its periods.
                    tokens.add(new Span(start, n));
                    j += periods(chunk);
                    start = j + 1;
                } else {
                    tokens.add(new Span(start, j));
                    start = j;
                }
            }
        }
        if (start < n) {
            tokens.add(new Span(start, n));
        }
        return tokens.toArray(new Span[0]);
    }

    /**
     * The model's probabilities at {@code i} of {@code chunk}, as GISModel gives them for the context
     * generator's features there (for tests; {@link #split} keeps the hashes and sums of a chunk).
     */
    double[] probabilities(String chunk, int i) {
        int[] running = new int[chunk.length() + 1];
        int[] powers = new int[chunk.length() + 1];
        FeatureTable.runningHashes(chunk, running, powers);
        return scorer.finish(sums(chunk, i, running, powers, entity(chunk), new double[splits.length]));
    }

    /**
     * The model's sums at {@code i}, in {@code sums}, for {@link GisScorer} to make probabilities of.
     * The features are the context generator's, in its order, which is the order their weights are
     * added in.
     */
    private double[] sums(String chunk, int i, int[] running, int[] powers, boolean entity, double[] sums) {
        int n = chunk.length();
        scorer.start(sums);
        features.add(prefix.find(chunk, running, powers, 0, i), sums);
        features.add(suffix.find(chunk, running, powers, i, n), sums);
        before1.add(chunk, i - 1, running, powers, sums);
        if (i > 1) {
            before2.add(chunk, i - 2, running, powers, sums);
            features.add(beforePair.find(chunk, running, powers, i - 2, i), sums);
        } else {
            features.add(noBefore2, sums);
        }
        features.add(aroundPair.find(chunk, running, powers, i - 1, i + 1), sums);
        after1.add(chunk, i, running, powers, sums);
        if (i + 1 < n) {
            after2.add(chunk, i + 1, running, powers, sums);
            features.add(afterPair.find(chunk, running, powers, i, i + 2), sums);
        } else {
            features.add(noAfter2, sums);
        }
        if (entity) {
            features.add(characterEntity, sums);
        }
        if (i == n - 1 && inducedAbbreviations.contains(chunk)) {
            features.add(abbreviation, sums);
        }
        return sums;
    }

    /** Whether the chunk looks like a character entity ({@code &amp;}): the context generator's "cc". */
    private static boolean entity(String chunk) {
        return chunk.charAt(0) == '&' && chunk.charAt(chunk.length() - 1) == ';';
    }

    private static int periods(String chunk) {
        int count = 0;
        for (int i = 0; i < chunk.length(); i++) {
            if (chunk.charAt(i) == '.') {
                count++;
            }
        }
        return count;
    }

    /**
     * The features named by a literal prefix and a region of the chunk ({@code "p21="} and the two
     * characters before the position, say). Where the region is {@code width} ASCII characters (a
     * character or a pair), the index was found once for every such region; a region longer than any
     * of the model's names with this prefix has no feature, and is not looked up.
     */
    private static final class Names {

        private final DenseFeatures features;
        private final String text;
        private final int hash;
        private final int longest;
        private final int width;
        /** For {@code width} characters under 128, the feature's index, by their 7-bit codes. */
        private final int[] ascii;
        private final NameIndex index;

        Names(String text, int width, DenseFeatures features, NameIndex index) {
            this.features = features;
            this.text = text;
            this.hash = text.hashCode();
            this.width = width;
            this.index = index;
            this.longest = index.longest();
            this.ascii = index.ascii();
        }

        /** The index of the feature {@code text + chunk.substring(from, to)}, or {@link FeatureTable#ABSENT}. */
        int find(String chunk, int[] running, int[] powers, int from, int to) {
            if (to - from > longest) {
                return FeatureTable.ABSENT;
            }
            if (to - from == width) {
                int code = 0;
                for (int i = from; i < to && code >= 0; i++) {
                    char c = chunk.charAt(i);
                    code = c < 0x80 ? code << NameIndex.ASCII_BITS | c : -1;
                }
                if (code >= 0) {
                    return ascii[code];
                }
            }
            return features.find(FeatureTable.hash(hash, running, powers, from, to), text, chunk, from, to);
        }
    }

    /**
     * What a {@link Names} finds once in the model: the length, after its prefix, of the longest of
     * its features' names, and the index of each of its names of {@code width} ASCII characters, by
     * their 7-bit codes.
     */
    private record NameIndex(int longest, int[] ascii) {

        private static final int ASCII_BITS = 7;

        static NameIndex of(String text, int width, DenseFeatures features) {
            int[] ascii = new int[1 << (ASCII_BITS * width)];
            StringBuilder name = new StringBuilder(text);
            for (int code = 0; width > 0 && code < ascii.length; code++) {
                name.setLength(text.length());
                for (int c = width - 1; c >= 0; c--) {
                    name.append((char) (code >>> (ASCII_BITS * c) & 0x7F));
                }
                ascii[code] = features.find(name.toString());
            }
            return new NameIndex(features.longest(text), ascii);
        }
    }

    /**
     * The context generator's features of one character next to the position ({@code p1} just before,
     * {@code f2} the second after, ...): the character itself and its class, the class features found
     * once.
     */
    private static final class CharFeatures {

        private final DenseFeatures features;
        private final Names character;
        private final int letter;
        private final int capital;
        private final int digit;
        private final int space;
        private final int endOfSentence;
        private final int quote;
        private final int open;
        private final int close;

        CharFeatures(String role, DenseFeatures features, Names character) {
            this.features = features;
            this.character = character;
            this.letter = features.find(role + "_alpha");
            this.capital = features.find(role + "_caps");
            this.digit = features.find(role + "_num");
            this.space = features.find(role + "_ws");
            this.endOfSentence = features.find(role + "_eos");
            this.quote = features.find(role + "_quote");
            this.open = features.find(role + "_lp");
            this.close = features.find(role + "_rp");
        }

        void add(String chunk, int at, int[] running, int[] powers, double[] sums) {
            features.add(character.find(chunk, running, powers, at, at + 1), sums);
            char c = chunk.charAt(at);
            if (Character.isLetter(c)) {
                features.add(letter, sums);
                if (Character.isUpperCase(c)) {
                    features.add(capital, sums);
                }
            } else if (Character.isDigit(c)) {
                features.add(digit, sums);
            } else if (StringUtil.isWhitespace(c)) {
                features.add(space, sums);
            } else if (c == '.' || c == '?' || c == '!') {
                features.add(endOfSentence, sums);
            } else if (c == '`' || c == '"' || c == '\'') {
                features.add(quote, sums);
            } else if (c == '[' || c == '{' || c == '(') {
                features.add(open, sums);
            } else if (c == ']' || c == '}' || c == ')') {
                features.add(close, sums);
            }
        }
    }
}

package io.newslens.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newslens.Background;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The text layer on Apache OpenNLP's English models (UD-EWT, from Maven Central).
 *
 * <p>The models are immutable and shared; OpenNLP's {@code *ME} runtimes are not thread-safe, so each
 * thread gets its own, created once per thread.
 */
public final class OpenNlpAnnotator implements TextAnnotator {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /**
     * One capital letter and a period, standing alone (not the end of "U.S." or "Jr."), at the end of a
     * sentence: a first or middle initial ("John C.", "( A.", a line opening "M.").
     */
    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}\\p{N}.'\u2019-])\\p{Lu}\\.$");
    /**
     * Abbreviated titles that stand before a name and never end an English sentence: the closed class of
     * honorifics and civil and military ranks, not the words of any one text.
     */
    private static final Pattern TITLE = Pattern.compile("(?<![\\p{L}\\p{N}.'\u2019-])(?:Mr|Mrs|Ms|Messrs|Dr|Prof"
            + "|Gov|Sen|Sens|Rep|Reps|Lt|Col|Gen|Maj|Capt|Sgt|Cpl|Adm|Cmdr|Rev|Hon|Supt|Insp|Det|Atty|Amb)\\.$");

    /**
     * "in St. Louis", "near Mt. Everest": Saint, Mount and Fort abbreviated before a name; after a
     * capitalised word "St." is a street ("on Queen St."), which can end a sentence.
     */
    private static final Pattern SAINT = Pattern.compile("(?<!\\p{Lu}\\p{L}{0,30}\\s)(?<![\\p{L}\\p{N}.'\u2019-])"
            + "(?:St|Ste|Mt|Ft)\\.$");

    /**
     * How far from a sentence's end {@link #endsWith} looks for the patterns above: their longest match
     * ("Messrs.") and a final line break, with room to spare.
     */
    private static final int TAIL = 16;

    private final ThreadLocal<Runtimes> runtimes;

    /** Uses the given models; each may be shared with other annotators. */
    public OpenNlpAnnotator(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
        this(sentences, ChunkTokenizer.splitters(Objects.requireNonNull(tokens, "tokens")),
                GreedyPosTagger.taggers(Objects.requireNonNull(pos, "pos")), true);
    }

    private OpenNlpAnnotator(SentenceModel sentences, Supplier<ChunkTokenizer.Splitter> splitters,
            Supplier<PosTagger> taggers, boolean chunksAcrossArticles) {
        Objects.requireNonNull(sentences, "sentences");
        this.runtimes = ThreadLocal.withInitial(() -> new Runtimes(new SentenceDetectorME(sentences),
                new ChunkTokenizer(splitters.get(), chunksAcrossArticles), taggers.get()));
    }

    /** Loads Apache's English models from the class path. */
    public static OpenNlpAnnotator english() {
        return english(true);
    }

    /**
     * Same as {@link #english()}; with {@code chunksAcrossArticles} false the tokenizer remembers its
     * splits only within one article (the benchmark's choice: it repeats a few articles, and a memory
     * kept across them would make it report more than a batch of distinct articles gets).
     */
    public static OpenNlpAnnotator english(boolean chunksAcrossArticles) {
        // The tagger's model is the largest: it loads beside the other two.
        Supplier<Supplier<PosTagger>> pos = Background.start(OpenNlpAnnotator::englishTaggers);
        SentenceModel sentences = load(SENTENCE_MODEL, in -> new SentenceModel(ModelPackage.uncompressed(in)));
        return new OpenNlpAnnotator(sentences, englishSplitters(), pos.get(), chunksAcrossArticles);
    }

    /** The tokenizer's splitters, from the model the build packed ({@link PackedTextModels}) if it did. */
    private static Supplier<ChunkTokenizer.Splitter> englishSplitters() {
        return load(PackedTextModels.TOKENS, TOKEN_MODEL, PackedTextModels::splitters,
                in -> ChunkTokenizer.splitters(new TokenizerModel(ModelPackage.uncompressed(in))));
    }

    /** The taggers, from the model the build packed ({@link PackedTextModels}) if it did. */
    private static Supplier<PosTagger> englishTaggers() {
        return load(PackedTextModels.POS, POS_MODEL, PackedTextModels::taggers,
                in -> GreedyPosTagger.taggers(withBeamSize(in, 1, true)));
    }

    /** What {@code packedReader} makes of the packed resource, or without it {@code reader} of the model's. */
    private static <M> M load(String packedResource, String resource, PackedReader<M> packedReader,
            ModelReader<M> reader) {
        try {
            ByteBuffer packed = PackedTextModels.read(packedResource);
            if (packed != null) {
                return packedReader.read(packed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packed model " + packedResource, e);
        }
        return load(resource, reader);
    }

    private interface PackedReader<M> {
        M read(ByteBuffer packed) throws IOException;
    }

    /** A model read from the class path by {@code reader}. */
    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = open(resource)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Apache's English OpenNLP model " + resource, e);
        }
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    /**
     * Reads a POS model package with its beam size replaced. Apache's English model asks for a beam of
     * 3; measured on 38,000 tokens of WikiGold text, greedy decoding gave the same tags on every token at
     * 2.4 times the speed, and tagging is the text layer's most expensive step.
     */
    static POSModel withBeamSize(InputStream modelPackage, int beamSize) throws IOException {
        return withBeamSize(modelPackage, beamSize, false);
    }

    /** Same as {@link #withBeamSize(InputStream, int)}, with {@link WordFeatures} if {@code wordFeatures}. */
    static POSModel withBeamSize(InputStream modelPackage, int beamSize, boolean wordFeatures) throws IOException {
        return new POSModel(ModelPackage.uncompressed(modelPackage, (entry, data) -> {
            if (wordFeatures && entry.equals("generator.featuregen")) {
                return WordFeatures.inDescriptor(data);
            }
            if (!entry.equals("manifest.properties")) {
                return data;
            }
            Properties manifest = new Properties();
            manifest.load(new ByteArrayInputStream(data));
            manifest.setProperty("BeamSize", Integer.toString(beamSize));
            ByteArrayOutputStream m = new ByteArrayOutputStream();
            manifest.store(m, null);
            return m.toByteArray();
        }));
    }

    static InputStream open(String resource) throws IOException {
        InputStream in = OpenNlpAnnotator.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the class path");
        }
        return in;
    }

    @Override
    public AnnotatedText annotate(String text) {
        return annotate(text, true);
    }

    /**
     * Annotates {@code text}, with part-of-speech tags only if {@code tag} (tokens then have a
     * {@code null} tag; later stages need the tags).
     */
    public AnnotatedText annotate(String text, boolean tag) {
        Runtimes rt = runtimes.get();
        rt.tokenizer().startArticle();
        List<Sentence> sentences = new ArrayList<>();
        // A line break always ends a sentence: headlines and list items carry no final period.
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            for (Span s : joinNameBreaks(line, rt.sentences.sentPosDetect(line))) {
                sentences.add(sentence(rt, text, lineStart + s.getStart(), lineStart + s.getEnd(), tag));
            }
            lineStart = lineEnd + 1;
        }
        return new AnnotatedText(text, sentences);
    }

    /**
     * "Franklin D. Roosevelt", "John C. Reilly", "( A. Dale 69": the sentence detector ends a sentence at
     * an initial, cutting the name in two. A sentence that ends in a lone capital letter with a period,
     * followed by one that opens with a capitalised word, is joined to it (at the cost of the rare
     * sentence that really ends so: "He chose Plan B. It worked." stays one). So is a sentence that ends
     * in an abbreviated title, "according to Mrs. Clinton" or "Lt. Col. Ann Ward", or in "St." of a place
     * ("near St. Louis").
     */
    static Span[] joinNameBreaks(String line, Span[] spans) {
        if (spans.length < 2) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.length);
        Span current = spans[0];
        for (int i = 1; i < spans.length; i++) {
            String before = line.substring(current.getStart(), current.getEnd());
            if ((endsWith(INITIAL, before) || endsWith(TITLE, before) || endsWith(SAINT, before))
                    && Character.isUpperCase(line.charAt(spans[i].getStart()))) {
                current = new Span(current.getStart(), spans[i].getEnd());
            } else {
                out.add(current);
                current = spans[i];
            }
        }
        out.add(current);
        return out.size() == spans.length ? spans : out.toArray(new Span[0]);
    }

    /**
     * Whether {@code pattern}, one of the three above, matches at the end of {@code sentence}:
     * {@code find()} over the whole sentence, answered from its tail. find() tries every position of
     * the sentence, each with the patterns' look-behinds (4% of the pipeline's time in a profile); but
     * a match ends at the sentence's end (or before a final line break, which {@code $} allows) and
     * holds at most seven characters, so only the last {@value #TAIL} positions can start one. The
     * bounds are transparent, so the look-behinds still see the text before the tail.
     */
    private static boolean endsWith(Pattern pattern, String sentence) {
        Matcher m = pattern.matcher(sentence);
        m.useTransparentBounds(true);
        m.region(Math.max(0, sentence.length() - TAIL), sentence.length());
        return m.find();
    }

    private static Sentence sentence(Runtimes rt, String text, int start, int end, boolean tag) {
        String sentence = text.substring(start, end);
        Span[] spans = rt.tokenizer.tokenizePos(sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = tag ? rt.pos.tag(words) : new String[words.length];
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(start + spans[i].getStart(), start + spans[i].getEnd(), words[i], tags[i]));
        }
        return new Sentence(start, end, tokens);
    }

    private record Runtimes(SentenceDetectorME sentences, ChunkTokenizer tokenizer, PosTagger pos) {
    }
}

package io.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * The models the build packs must give exactly what Apache's OpenNLP models give through OpenNLP's
 * own runtimes: the same sentences, tokens and tags on the seed and benchmark articles.
 */
class PackedTextModelsTest {

    private static final String ODD = "Mr. O'Neill's 3.5% rise--in Q3--wasn't \"bad\", said ÉLODIE of İSTANBUL @ceo "
            + "#news 2026-12-01! (U.S.-based) e-mail: ann@example.org &amp; http://x.y/z?a=1 ...";

    private static SentenceModel sentenceModel;
    private static TokenizerModel tokenModel;
    private static POSModel posModel;
    private static List<String> texts;

    @BeforeAll
    static void load() throws IOException {
        sentenceModel = new SentenceModel(resource(OpenNlpAnnotator.SENTENCE_MODEL));
        tokenModel = new TokenizerModel(resource(OpenNlpAnnotator.TOKEN_MODEL));
        posModel = OpenNlpAnnotator.withBeamSize(resource(OpenNlpAnnotator.POS_MODEL), 1);
        texts = new ArrayList<>();
        for (String folder : List.of("testdata/seeds", "testdata/bench")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        texts.add(ODD);
        assertTrue(texts.size() >= 7);
    }

    /** The annotator on the packed models gives OpenNLP's sentences, token spans and tags, line by line. */
    @Test
    void englishAnnotatorGivesOpenNlpsSentencesTokensAndTags() throws IOException {
        assertNotNull(PackedTextModels.read(PackedTextModels.TOKENS), "the build packs the token model");
        assertNotNull(PackedTextModels.read(PackedTextModels.POS), "the build packs the POS model");
        OpenNlpAnnotator packed = OpenNlpAnnotator.english(false);
        SentenceDetectorME sentences = new SentenceDetectorME(sentenceModel);
        TokenizerME tokenizer = new TokenizerME(tokenModel);
        POSTaggerME tagger = new POSTaggerME(posModel);
        int tokens = 0;
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            int lineStart = 0;
            for (String line : text.split("\n", -1)) {
                for (Span s : OpenNlpAnnotator.joinNameBreaks(line, sentences.sentPosDetect(line))) {
                    String sentence = line.substring(s.getStart(), s.getEnd());
                    Span[] spans = tokenizer.tokenizePos(sentence);
                    String[] tags = tagger.tag(Span.spansToStrings(spans, sentence));
                    for (int i = 0; i < spans.length; i++) {
                        expected.add(lineStart + s.getStart() + spans[i].getStart() + "-"
                                + (lineStart + s.getStart() + spans[i].getEnd()) + " " + tags[i]);
                    }
                    expected.add("|" + (lineStart + s.getEnd()));
                }
                lineStart += line.length() + 1;
            }
            List<String> actual = new ArrayList<>();
            for (Sentence s : packed.annotate(text).sentences()) {
                for (Token t : s.tokens()) {
                    actual.add(t.start() + "-" + t.end() + " " + t.pos());
                }
                actual.add("|" + s.end());
            }
            assertEquals(expected, actual);
            tokens += actual.size();
        }
        assertTrue(tokens > 3000, "tokens compared: " + tokens);
    }

    /** Packed in memory and read back, the token model splits every chunk as TokenizerME does. */
    @Test
    void packedTokenModelSplitsAsTokenizerMe() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PackedTextModels.packTokens(resource(OpenNlpAnnotator.TOKEN_MODEL), bytes);
        ByteBuffer in = ByteBuffer.wrap(bytes.toByteArray());
        ChunkTokenizer.Splitter splitter = PackedTextModels.splitters(in).get();
        assertEquals(0, in.remaining(), "the whole packed model is read");
        TokenizerME tokenizer = new TokenizerME(tokenModel);
        for (String text : texts) {
            for (String chunk : WhitespaceTokenizer.INSTANCE.tokenize(text)) {
                assertArrayEquals(tokenizer.tokenizePos(chunk), splitter.split(chunk), chunk);
            }
        }
    }

    /** Packed in memory and read back, the POS model tags as POSTaggerME does with a beam of one. */
    @Test
    void packedPosModelTagsAsPosTaggerMe() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PackedTextModels.packPos(resource(OpenNlpAnnotator.POS_MODEL), bytes);
        ByteBuffer in = ByteBuffer.wrap(bytes.toByteArray());
        PosTagger packed = PackedTextModels.taggers(in).get();
        assertEquals(0, in.remaining(), "the whole packed model is read");
        TokenizerME tokenizer = new TokenizerME(tokenModel);
        POSTaggerME tagger = new POSTaggerME(posModel);
        for (String text : texts) {
            for (String sentence : new SentenceDetectorME(sentenceModel).sentDetect(text)) {
                String[] words = tokenizer.tokenize(sentence);
                assertArrayEquals(tagger.tag(words), packed.tag(words), () -> Arrays.toString(words));
            }
        }
    }

    @Test
    void refusesAPackedModelCutShort() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PackedTextModels.packTokens(resource(OpenNlpAnnotator.TOKEN_MODEL), bytes);
        byte[] whole = bytes.toByteArray();
        IOException cut = assertThrows(IOException.class,
                () -> PackedTextModels.splitters(ByteBuffer.wrap(Arrays.copyOf(whole, whole.length - 100))));
        assertTrue(cut.getMessage().contains("cut short"), cut.getMessage());
    }

    private static InputStream resource(String name) throws IOException {
        return ModelPackage.uncompressed(OpenNlpAnnotator.open(name));
    }
}

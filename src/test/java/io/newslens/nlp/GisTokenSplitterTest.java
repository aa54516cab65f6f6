package io.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/** The GIS splitter must give TokenizerME's own spans, from the model's own probabilities to the bit. */
class GisTokenSplitterTest {

    /** Chunks that split in many ways: quotes, abbreviations, clitics, numbers, URLs, entities, non-ASCII. */
    private static final String[] TRICKY = {
        "U.S.", "“We", "said,", "don't", "$5.5", "https://example.com/a?b=1&c=2.", "jane.doe@example.org,",
        "Zürich-based", "Kim's", "(AP)", "&amp;", "N.Y.", "3.5%", "—", "“talks”", "...", "Dr.", "ÉLODIE's",
        "2024-03-14", "won't", "U.S.-North", "İSTANBUL", "Jong-un's", "reply...", "$1,200", "[sic]", "{x}",
        "`quoted'", "\"Yes!\"", "Why?", "ab", "a", "日本の", "🙂ok", "x\u2019s", "a.b.c.d.e.f.",
        "(Dr.)", "“U.S.", "10am", "5km",
    };

    private static TokenizerModel model;
    private static Set<String> chunks;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OpenNlpAnnotator.class.getResourceAsStream(OpenNlpAnnotator.TOKEN_MODEL)) {
            model = new TokenizerModel(in);
        }
        chunks = new LinkedHashSet<>(List.of(TRICKY));
        for (String dir : new String[] {"testdata/bench", "testdata/seeds", "testdata/fixtures"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    chunks.addAll(List.of(WhitespaceTokenizer.INSTANCE.tokenize(text)));
                }
            }
        }
        assertTrue(chunks.size() > 2000, "chunks: " + chunks.size());
    }

    @Test
    void splitsTrickyChunksAsTokenizerMe() {
        assertTrue(GisTokenSplitter.fits(model));
        GisTokenSplitter splitter = new GisTokenSplitter(model);
        TokenizerME me = new TokenizerME(model);
        for (String chunk : TRICKY) {
            assertArrayEquals(me.tokenizePos(chunk), splitter.split(chunk), chunk);
        }
        // What the English model says, so that a change on both sides cannot go unseen.
        assertTokens(splitter, "“We", "“", "We");
        assertTokens(splitter, "said,", "said", ",");
        assertTokens(splitter, "$5.5", "$", "5.5");
        assertTokens(splitter, "U.S.", "U.S.");
        assertTokens(splitter, "N.Y.", "N.Y", ".");
        assertTokens(splitter, "&amp;", "&amp", ";");
        assertTokens(splitter, "Zürich-based", "Zürich", "-", "based");
        assertTokens(splitter, "https://example.com/a?b=1&c=2.", "https://example.com/a?b=1&c=2", ".");
        assertTokens(splitter, "jane.doe@example.org,", "jane.doe@example.org", ",");
        assertTokens(splitter, "“talks”", "“", "talks", "”");
    }

    @Test
    void splitsEveryChunkOfTheTestDataAsTokenizerMe() {
        GisTokenSplitter splitter = new GisTokenSplitter(model);
        TokenizerME me = new TokenizerME(model);
        int split = 0;
        for (String chunk : chunks) {
            Span[] expected = me.tokenizePos(chunk);
            assertArrayEquals(expected, splitter.split(chunk), chunk);
            split += expected.length > 1 ? 1 : 0;
        }
        assertTrue(split > 500, "chunks split: " + split);
    }

    /** Every probability, at every position of every chunk, is GISModel's for the context generator's features. */
    @Test
    void givesTheModelsProbabilitiesToTheBit() {
        GisTokenSplitter splitter = new GisTokenSplitter(model);
        TokenContextGenerator contexts = model.getFactory().getContextGenerator();
        int positions = 0;
        for (String chunk : chunks) {
            for (int i = 1; i < chunk.length(); i++) {
                double[] expected = model.getMaxentModel().eval(contexts.getContext(chunk, i));
                double[] actual = splitter.probabilities(chunk, i);
                for (int o = 0; o < expected.length; o++) {
                    assertEquals(Double.doubleToRawLongBits(expected[o]), Double.doubleToRawLongBits(actual[o]),
                            chunk + " at " + i);
                }
                positions++;
            }
        }
        assertTrue(positions > 10_000, "positions: " + positions);
    }

    /**
     * With an abbreviation dictionary (TokenizerME's check, the context generator's "pabb") and the
     * alphanumeric shortcut, both of which Apache's model leaves out, the spans are still TokenizerME's.
     */
    @Test
    void followsAbbreviationsAndTheAlphanumericShortcut() {
        Dictionary abbreviations = new Dictionary();
        // TokenizerME, on a split inside a listed chunk, gives the whole chunk and goes on past as many
        // characters as the chunk has periods; "(Dr.)" splits after "(", so it gives [0, 5) and then [3, 5).
        for (String a : new String[] {"U.S.", "Dr.", "N.Y.", "a.b.c.d.e.f.", "e.g.", "Jr.", "(Dr.)", "“U.S.", "U.S.-North"}) {
            abbreviations.put(new StringList(a));
        }
        TokenizerModel custom = new TokenizerModel(model.getMaxentModel(), Map.of(),
                new TokenizerFactory("en", abbreviations, true, null));
        assertTrue(GisTokenSplitter.fits(custom));
        GisTokenSplitter splitter = new GisTokenSplitter(custom);
        TokenizerME me = new TokenizerME(custom);
        for (String chunk : chunks) {
            assertArrayEquals(me.tokenizePos(chunk), splitter.split(chunk), chunk);
        }
        // The dictionary keeps "N.Y." whole, which the model alone splits.
        assertTokens(splitter, "N.Y.", "N.Y.");
        assertArrayEquals(new Span[] {new Span(0, 5), new Span(3, 5)}, splitter.split("(Dr.)"));
        // The model alone splits "10am"; the alphanumeric shortcut keeps it whole.
        assertTokens(splitter, "10am", "10am");
        assertTokens(new GisTokenSplitter(model), "10am", "10", "am");
    }

    @Test
    void leavesOtherModelsToTokenizerMe() {
        TokenizerModel otherFactory = new TokenizerModel(model.getMaxentModel(), Map.of(), new SubclassedTokenizerFactory(false));
        assertFalse(GisTokenSplitter.fits(otherFactory));
        assertFalse(GisTokenSplitter.fits(new TokenizerModel(model.getMaxentModel(), Map.of(), new SubclassedTokenizerFactory(true))));

        assertTrue(GisTokenSplitter.fits(new TokenizerModel(rebuilt(new UniformPrior()), Map.of(), new TokenizerFactory("en", null, false, null))));
        TokenizerModel otherPrior = new TokenizerModel(rebuilt(new UniformPrior() {
        }), Map.of(), new TokenizerFactory("en", null, false, null));
        assertFalse(GisTokenSplitter.fits(otherPrior));

        // The fallback is a new TokenizerME per thread, which still gives its spans.
        var splitters = ChunkTokenizer.splitters(otherPrior);
        ChunkTokenizer.Splitter first = splitters.get();
        assertNotSame(first, splitters.get());
        assertFalse(first instanceof GisTokenSplitter);
        TokenizerME me = new TokenizerME(otherPrior);
        for (String chunk : TRICKY) {
            assertArrayEquals(me.tokenizePos(chunk), first.split(chunk), chunk);
        }
        // A fitting model's splitter is shared.
        var shared = ChunkTokenizer.splitters(model);
        assertInstanceOf(GisTokenSplitter.class, shared.get());
        assertSame(shared.get(), shared.get());
    }

    /** Apache's tokenizer model built anew, with {@code prior}. */
    @SuppressWarnings("unchecked")
    private static GISModel rebuilt(UniformPrior prior) {
        GISModel gis = (GISModel) model.getMaxentModel();
        Map<String, Context> features = (Map<String, Context>) gis.getDataStructures()[1];
        List<String> names = new ArrayList<>(features.keySet());
        Context[] parameters = names.stream().map(features::get).toArray(Context[]::new);
        String[] outcomes = new String[gis.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = gis.getOutcome(i);
        }
        return new GISModel(parameters, names.toArray(new String[0]), outcomes, prior);
    }

    private static void assertTokens(GisTokenSplitter splitter, String chunk, String... tokens) {
        assertArrayEquals(tokens, Span.spansToStrings(splitter.split(chunk), chunk), chunk);
    }
}

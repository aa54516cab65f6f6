package io.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/** The greedy tagger and the one-pass maxent scorer must give OpenNLP's own tags and, to the bit, probabilities. */
class GreedyPosTaggerTest {

    private static POSModel model;
    /** The model as {@link OpenNlpAnnotator#english()} reads it, with {@link WordFeatures}. */
    private static POSModel fastModel;
    private static List<String[]> sentences;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OpenNlpAnnotator.class.getResourceAsStream(OpenNlpAnnotator.POS_MODEL)) {
            model = OpenNlpAnnotator.withBeamSize(in, 1);
        }
        try (InputStream in = OpenNlpAnnotator.class.getResourceAsStream(OpenNlpAnnotator.POS_MODEL)) {
            fastModel = OpenNlpAnnotator.withBeamSize(in, 1, true);
        }
        OpenNlpAnnotator annotator = OpenNlpAnnotator.english(false);
        sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("testdata/bench"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (Sentence s : annotator.annotate(Files.readString(f, StandardCharsets.UTF_8), false).sentences()) {
                    sentences.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
                }
            }
        }
        sentences.add(new String[0]);
        sentences.add("Mr. O'Neill 's 3.5 % rise -- in Q3 -- wasn't \" bad \" , said ÉLODIE of İSTANBUL @ceo #news 2026-12-01 !"
                .split(" "));
        assertTrue(sentences.size() > 100);
    }

    /** With {@link WordFeatures} in its descriptor, the tagger's contexts are OpenNLP's, string for string. */
    @Test
    void generatesOpenNlpsContexts() {
        POSContextGenerator plain = model.getFactory().getPOSContextGenerator(1);
        POSContextGenerator fast = fastModel.getFactory().getPOSContextGenerator(1);
        for (String[] words : sentences) {
            String[] tags = new String[words.length];
            Arrays.fill(tags, "NOUN");
            for (int i = 0; i < words.length; i++) {
                assertArrayEquals(plain.getContext(i, words, tags, null), fast.getContext(i, words, tags, null));
            }
        }
    }

    @Test
    void tagsAsPosTaggerMe() {
        PosTagger fast = GreedyPosTagger.of(fastModel);
        assertInstanceOf(GreedyPosTagger.class, fast, "Apache's English model takes the greedy path");
        POSTaggerME plain = new POSTaggerME(model);
        for (String[] words : sentences) {
            assertArrayEquals(plain.tag(words), fast.tag(words), () -> String.join(" ", words));
        }
    }

    @Test
    void findsBeamSearchsSequenceWithItsProbabilities() {
        POSContextGenerator cg = model.getFactory().getPOSContextGenerator(1);
        SequenceValidator<String> validator = model.getFactory().getSequenceValidator();
        MaxentModel maxent = model.getArtifact("pos.model");
        GreedySearch greedy = new GreedySearch(new GisScorer((GISModel) maxent));
        BeamSearch beam = new BeamSearch(1, maxent);
        for (String[] words : sentences) {
            assertSame(beam.bestSequence(words, null, cg, validator), greedy.bestSequence(words, null, cg, validator));
        }
    }

    @Test
    void scoresBitForBitAsGisModel() {
        GISModel gis = model.getArtifact("pos.model");
        GisScorer scorer = new GisScorer(gis);
        POSContextGenerator cg = model.getFactory().getPOSContextGenerator(1);
        double[] reused = new double[gis.getNumOutcomes()];
        for (String[] words : sentences) {
            String[] tags = new POSTaggerME(model).tag(words);
            for (int i = 0; i < words.length; i++) {
                String[] context = cg.getContext(i, words, Arrays.copyOf(tags, i), null);
                assertArrayEquals(gis.eval(context), scorer.eval(context, reused));
            }
        }
    }

    @Test
    void generatesOpenNlpsFeatures() {
        assertTrue(new String((byte[]) fastModel.getArtifact("generator.featuregen"), StandardCharsets.UTF_8)
                .contains(WordFeatures.WordFactory.class.getName()), "the descriptor names newslens' word features");
        POSContextGenerator fast = fastModel.getFactory().getPOSContextGenerator(1);
        POSContextGenerator plain = model.getFactory().getPOSContextGenerator(1);
        for (String[] words : sentences) {
            String[] tags = new POSTaggerME(model).tag(words);
            for (int i = 0; i < words.length; i++) {
                String[] previous = Arrays.copyOf(tags, i);
                assertArrayEquals(plain.getContext(i, words, previous, null), fast.getContext(i, words, previous, null));
            }
        }
    }

    /**
     * Ties and invalid outcomes, which a real model rarely gives: equal scores go to the first outcome,
     * a rejected best falls back to every valid outcome, and nothing valid gives no sequence.
     */
    @Test
    void breaksTiesAndFallsBackAsBeamSearch() {
        String[] words = "a b c d e f".split(" ");
        BeamSearchContextGenerator<String> cg = (i, seq, prior, extra) -> new String[] {seq[i], "prev=" + prior.length};
        MaxentModel tied = new FixedModel(new double[] {0.25, 0.25, 0.1, 0.4});
        List<SequenceValidator<String>> validators = List.of(
                (i, seq, prior, out) -> true,
                (i, seq, prior, out) -> !out.equals("o3"),
                (i, seq, prior, out) -> !out.equals("o3") && !out.equals("o0"),
                (i, seq, prior, out) -> i % 2 == 0 || out.equals("o2"),
                (i, seq, prior, out) -> prior.length == 0 || !out.equals(prior[prior.length - 1]));
        for (SequenceValidator<String> v : validators) {
            assertSame(new BeamSearch(1, tied).bestSequence(words, null, cg, v),
                    new GreedySearch(tied).bestSequence(words, null, cg, v));
        }
        SequenceValidator<String> none = (i, seq, prior, out) -> i < 3;
        assertNull(new BeamSearch(1, tied).bestSequence(words, null, cg, none));
        assertNull(new GreedySearch(tied).bestSequence(words, null, cg, none));
    }

    private static void assertSame(Sequence expected, Sequence actual) {
        assertEquals(expected.getOutcomes(), actual.getOutcomes());
        assertArrayEquals(expected.getProbs(), actual.getProbs());
        assertEquals(expected.getScore(), actual.getScore());
    }

    /** Gives every context the same probabilities, outcomes named o0, o1, …. */
    private record FixedModel(double[] probs) implements MaxentModel {

        @Override
        public double[] eval(String[] context) {
            return probs.clone();
        }

        @Override
        public double[] eval(String[] context, double[] out) {
            System.arraycopy(probs, 0, out, 0, probs.length);
            return out;
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return eval(context);
        }

        @Override
        public String getBestOutcome(double[] outcomes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getAllOutcomes(double[] outcomes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getOutcome(int i) {
            return "o" + i;
        }

        @Override
        public int getIndex(String outcome) {
            return Integer.parseInt(outcome.substring(1));
        }

        @Override
        public int getNumOutcomes() {
            return probs.length;
        }
    }
}

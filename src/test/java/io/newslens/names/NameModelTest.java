package io.newslens.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.newslens.nlp.OpenNlpAnnotator;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.WordFeatures;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

class NameModelTest {

    private static final String TEXT = "SEOUL – U.S. Secretary of State Mike Pompeo downplayed the possibility "
            + "of another summit with North Korea's Kim Jong Un on Thursday.\n"
            + "Pompeo told reporters in Washington that Kim Yo Jong, the leader's sister, had spoken for him. "
            + "\"We're not going to meet,\" said Lee In-young, the unification minister, adding that "
            + "Apple CEO Tim Cook and the United Nations Security Council had no role.";

    /**
     * The faster decoder must give OpenNLP's own spans and, to the last bit, its probabilities: on a
     * text of hard names, and on whole saved pages (clutter and all) of the benchmark set.
     */
    @Test
    void decodesExactlyAsOpenNlp() throws IOException {
        NameFinderME fast;
        NameFinderME plain;
        try (InputStream a = open(); InputStream b = open()) {
            fast = new NameFinderME(new NameModel(a));
            plain = new NameFinderME(new TokenNameFinderModel(b));
        }
        OpenNlpAnnotator annotator = OpenNlpAnnotator.english();
        List<String> texts = new ArrayList<>(List.of(TEXT));
        try (Stream<Path> pages = Files.list(Path.of("testdata", "bench"))) {
            for (Path page : pages.sorted().toList()) {
                texts.add(Files.readString(page));
            }
        }
        int names = 0;
        for (String text : texts) {
            for (Sentence s : annotator.annotate(text).sentences()) {
                String[] words = s.tokens().stream().map(t -> t.text()).toArray(String[]::new);
                var expected = plain.find(words);
                assertArrayEquals(expected, fast.find(words));
                assertArrayEquals(plain.probs(), fast.probs());
                names += expected.length;
            }
            plain.clearAdaptiveData();
            fast.clearAdaptiveData();
        }
        assertTrue(texts.size() >= 5 && names >= 100, texts.size() + " texts should hold names: " + names);
    }

    /** A context generator of the user's own gets OpenNLP's beam search itself, with its answer. */
    @Test
    void ownContextGeneratorsGetOpenNlpsBeam() throws IOException {
        NameModel model;
        TokenNameFinderModel openNlp;
        try (InputStream a = open(); InputStream b = open()) {
            model = new NameModel(a);
            openNlp = new TokenNameFinderModel(b);
        }
        NameContextGenerator features = model.getFactory().createContextGenerator();
        BeamSearchContextGenerator<String> own = (i, words, outcomes, extra) ->
                features.getContext(i, words, outcomes, extra);
        String[] words = "Secretary of State Mike Pompeo met Kim Jong Un in Seoul .".split(" ");
        SequenceValidator<String> validator = new NameFinderSequenceValidator();
        PerceptronModel perceptron = openNlp.getArtifact("nameFinder.model");
        Sequence expected = new BeamSearch(3, perceptron).bestSequence(words, null, own, validator);
        Sequence actual = model.getNameFinderSequenceModel().bestSequence(words, null, own, validator);
        assertEquals(expected.getOutcomes(), actual.getOutcomes());
        assertArrayEquals(expected.getProbs(), actual.getProbs());
        assertTrue(expected.getOutcomes().contains("person-start"), expected.getOutcomes().toString());
    }

    /** The word features must be OpenNLP's, string for string, for every token and previous outcome. */
    @Test
    void generatesOpenNlpsFeatures() throws IOException {
        NameContextGenerator fast;
        NameContextGenerator plain;
        try (InputStream a = open(); InputStream b = open()) {
            NameModel model = new NameModel(a);
            assertTrue(new String((byte[]) model.getArtifact("generator.featuregen"), StandardCharsets.UTF_8)
                    .contains(WordFeatures.WordFactory.class.getName()), "the descriptor names newslens' word features");
            assertTrue(new String((byte[]) model.getArtifact("generator.featuregen"), StandardCharsets.UTF_8)
                    .contains(WordFeatures.TrigramFactory.class.getName()), "the descriptor names newslens' trigrams");
            fast = model.getFactory().createContextGenerator();
            plain = new TokenNameFinderModel(b).getFactory().createContextGenerator();
        }
        for (String sentence : new String[] {
            "Kim Jong-un's sister, ÉLODIE Dupré and İSTANBUL's MAYOR said “no” 3.5% U.S. AT&T",
            "Mr. O'Neill , 42 , of 10 Downing St. met ACME Corp.'s CEO on 12/03/2021 at 9:30 a.m. #news @user",
            "Hi", "Two words"}) {
            String[] words = sentence.split(" ");
            String[] outcomes = new String[words.length];
            java.util.Arrays.fill(outcomes, "other");
            for (int i = 0; i < words.length; i++) {
                assertArrayEquals(plain.getContext(i, words, outcomes, null), fast.getContext(i, words, outcomes, null));
            }
        }
    }

    private static InputStream open() {
        return NameModelTest.class.getResourceAsStream(NewsEntityFinder.MODEL);
    }
}

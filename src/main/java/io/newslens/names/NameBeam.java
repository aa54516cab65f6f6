package io.newslens.names;

import java.util.Arrays;
import java.util.PriorityQueue;

import io.newslens.nlp.FeatureTable;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's {@link BeamSearch} over the name finder's perceptron ({@link PackedPerceptron}), scoring each token's features once
 * instead of once per candidate sequence, with exactly BeamSearch's result.
 *
 * <p>{@link DefaultNameContextGenerator} gives a candidate the token's features (the same for every
 * candidate: the model's feature generators read the words and the document, never the outcomes so
 * far) followed by four features of the previous outcomes: {@code po=}, {@code pow=}, {@code powf=} and
 * {@code ppo=}. BeamSearch asks for the whole list, and the model looks it all up again, for each of the
 * three candidates of a token. Here the token's features are looked up and summed once per token, and a
 * candidate adds the four outcome features, remembered per token and outcome, onto a copy of those
 * sums. The perceptron adds its features in list order, so the sums, the probabilities and the beam's
 * choices are bit for bit OpenNLP's; the candidates are kept and ranked in BeamSearch's own queue of
 * {@link Sequence}s, in BeamSearch's order.
 *
 * <p>Another context generator (a user's own factory) gets OpenNLP's BeamSearch itself, as do the
 * k-best calls. Not
 * thread-safe (scratch arrays): one per {@link opennlp.tools.namefind.NameFinderME}.
 */
final class NameBeam extends BeamSearch {

    /** BeamSearch's minimum sequence score for {@link #bestSequence}. */
    private static final double MIN_SCORE = -100000;
    private static final Object[] NO_CONTEXT = new Object[0];
    /** DefaultNameContextGenerator's previous outcome before the sentence start. */
    private static final String OTHER = "other";
    /** Marks a feature not looked up yet in the caches of outcome features. */
    private static final int UNKNOWN = Integer.MIN_VALUE;

    private final int size;
    private final FeatureTable features;
    private final int outcomes;
    private final String[] outcomeNames;
    /** The current token's feature sums, and a candidate's sums on top of them. */
    private final double[] tokenSums;
    private final double[] probs;
    /** The candidate's probabilities in ascending order, to find the beam's cut. */
    private final double[] sorted;
    /**
     * The {@code po=} and {@code ppo=} features (their {@link FeatureTable} entries) of each outcome
     * index, and of {@link #OTHER} at the end.
     */
    private final int[] po;
    private final int[] ppo;
    /** The current token's {@code pow=} and {@code powf=} features per previous outcome (same indices). */
    private final int[] pow;
    private final int[] powf;
    /** The current token's class (a regular expression finds it), once per token. */
    private String tokenClass;
    /** {@code validAfter[b][p]}: outcome {@code p} may follow outcome {@code b} ({@link #outcomes}: the start). */
    private final boolean[][] validAfter;

    /** A decoder of {@code model}, whose one feature table every thread's decoder reads. */
    NameBeam(int size, PackedPerceptron model) {
        super(size, model);
        this.size = size;
        this.features = model.features();
        this.outcomes = model.getNumOutcomes();
        this.outcomeNames = new String[outcomes];
        for (int i = 0; i < outcomes; i++) {
            outcomeNames[i] = model.getOutcome(i);
        }
        this.tokenSums = new double[outcomes];
        this.probs = new double[outcomes];
        this.sorted = new double[outcomes];
        this.po = unknown(outcomes + 1);
        this.ppo = unknown(outcomes + 1);
        this.pow = unknown(outcomes + 1);
        this.powf = unknown(outcomes + 1);
        this.validAfter = validAfter(outcomeNames);
    }

    /**
     * Which outcome may follow which (the last row: which may open a sentence) under OpenNLP's own BIO
     * validator, which looks at the previous outcome only: asked once here instead of once per candidate
     * and outcome, where its regular expressions cost more than the scores.
     */
    private static boolean[][] validAfter(String[] names) {
        NameFinderSequenceValidator v = new NameFinderSequenceValidator();
        boolean[][] valid = new boolean[names.length + 1][names.length];
        for (int b = 0; b <= names.length; b++) {
            String[] before = b < names.length ? new String[] {names[b]} : new String[0];
            for (int p = 0; p < names.length; p++) {
                valid[b][p] = v.validSequence(before.length, new String[before.length + 1], before, names[p]);
            }
        }
        return valid;
    }

    private static int[] unknown(int length) {
        int[] entries = new int[length];
        Arrays.fill(entries, UNKNOWN);
        return entries;
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        if (cg.getClass() != DefaultNameContextGenerator.class || !(sequence instanceof String[] tokens)) {
            return super.bestSequence(sequence, additionalContext, cg, validator);
        }
        @SuppressWarnings("unchecked")
        Sequence best = search(tokens, additionalContext == null ? NO_CONTEXT : additionalContext,
                (BeamSearchContextGenerator<String>) cg, (SequenceValidator<String>) validator);
        return best;
    }

    /** BeamSearch's best sequence: the same steps, the same queue order, with the cheaper scores. */
    private Sequence search(String[] tokens, Object[] extra, BeamSearchContextGenerator<String> cg,
            SequenceValidator<String> validator) {
        PriorityQueue<Candidate> prev = new PriorityQueue<>(size);
        PriorityQueue<Candidate> next = new PriorityQueue<>(size);
        prev.add(Candidate.START);
        for (int i = 0; i < tokens.length; i++) {
            // Null outcomes: the generator then gives the token's features without the four outcome ones.
            startToken(cg.getContext(i, tokens, null, extra));
            int candidates = Math.min(size, prev.size());
            for (int c = 0; !prev.isEmpty() && c < candidates; c++) {
                Candidate top = prev.remove();
                String[] previous = top.outcomes();
                double[] scores = score(tokens, i, top);
                System.arraycopy(scores, 0, sorted, 0, outcomes);
                Arrays.sort(sorted);
                double min = sorted[Math.max(0, outcomes - size)];
                extend(next, top, i, tokens, previous, validator, scores, min);
                if (next.isEmpty()) {
                    extend(next, top, i, tokens, previous, validator, scores, Double.NEGATIVE_INFINITY);
                }
            }
            prev.clear();
            PriorityQueue<Candidate> swap = prev;
            prev = next;
            next = swap;
        }
        return prev.isEmpty() ? null : prev.remove().sequence();
    }

    /** Queues {@code top} extended by each valid outcome scoring at least {@code min}, as BeamSearch does. */
    private void extend(PriorityQueue<Candidate> next, Candidate top, int i, String[] tokens, String[] previous,
            SequenceValidator<String> validator, double[] scores, double min) {
        boolean known = validator.getClass() == NameFinderSequenceValidator.class;
        for (int p = 0; p < outcomes; p++) {
            boolean valid = known ? validAfter[top.length > 0 ? top.index : outcomes][p]
                    : validator.validSequence(i, tokens, previous, outcomeNames[p]);
            if (scores[p] >= min && valid) {
                Candidate extended = new Candidate(top, p, outcomeNames[p], scores[p]);
                if (extended.score > MIN_SCORE) {
                    next.add(extended);
                }
            }
        }
    }

    /**
     * A sequence of outcomes in the beam, as a link to the one it extends: BeamSearch's {@link Sequence}
     * copies its two lists on every extension. Scores and order are {@link Sequence}'s: the score adds
     * {@code StrictMath.log} of each probability in turn, and the higher score comes first (an order by
     * score alone, not consistent with equals, as Sequence's is).
     */
    private static final class Candidate implements Comparable<Candidate> {
        static final Candidate START = new Candidate(null, -1, null, 1);

        final Candidate previous;
        /** The outcome's index in the model; -1 for the start. */
        final int index;
        final String outcome;
        final double probability;
        final double score;
        final int length;
        private String[] outcomes;

        Candidate(Candidate previous, int index, String outcome, double probability) {
            this.previous = previous;
            this.index = index;
            this.outcome = outcome;
            this.probability = probability;
            this.score = previous == null ? 0 : previous.score + StrictMath.log(probability);
            this.length = previous == null ? 0 : previous.length + 1;
        }

        /** The outcomes so far, in an array of exactly that length, as BeamSearch gives them. */
        String[] outcomes() {
            if (outcomes == null) {
                outcomes = new String[length];
                for (Candidate c = this; c.previous != null; c = c.previous) {
                    outcomes[c.length - 1] = c.outcome;
                }
            }
            return outcomes;
        }

        Sequence sequence() {
            Candidate[] chain = new Candidate[length];
            for (Candidate c = this; c.previous != null; c = c.previous) {
                chain[c.length - 1] = c;
            }
            Sequence s = new Sequence();
            for (Candidate c : chain) {
                s.add(c.outcome, c.probability);
            }
            return s;
        }

        @Override
        public int compareTo(Candidate other) {
            return Double.compare(other.score, score);
        }
    }

    /** Sums the token's own features, in order, and forgets the previous token's outcome features. */
    private void startToken(String[] context) {
        Arrays.fill(tokenSums, 0);
        features.addAll(context, tokenSums);
        Arrays.fill(pow, UNKNOWN);
        Arrays.fill(powf, UNKNOWN);
        tokenClass = null;
    }

    /**
     * The probabilities of the outcomes after {@code top}: the token's sums plus its four outcome
     * features, normalised. Before the sentence's start the previous outcome is {@link #OTHER}, cached
     * at index {@link #outcomes}.
     */
    private double[] score(String[] tokens, int i, Candidate top) {
        int b = top.length > 0 ? top.index : outcomes;
        int bb = top.length > 1 ? top.previous.index : outcomes;
        String before = b < outcomes ? outcomeNames[b] : OTHER;
        String twoBefore = bb < outcomes ? outcomeNames[bb] : OTHER;
        System.arraycopy(tokenSums, 0, probs, 0, outcomes);
        features.add(outcomeFeature(po, b, "po=", before), probs);
        if (pow[b] == UNKNOWN) {
            pow[b] = features.find("pow=" + before + "," + tokens[i]);
            if (tokenClass == null) {
                tokenClass = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            }
            powf[b] = features.find("powf=" + before + "," + tokenClass);
        }
        features.add(pow[b], probs);
        features.add(powf[b], probs);
        features.add(outcomeFeature(ppo, bb, "ppo=", twoBefore), probs);
        return PackedPerceptron.normalize(probs, outcomes);
    }

    private int outcomeFeature(int[] cache, int index, String prefix, String outcome) {
        if (cache[index] == UNKNOWN) {
            cache[index] = features.find(prefix + outcome);
        }
        return cache[index];
    }

}

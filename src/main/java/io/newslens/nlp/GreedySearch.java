package io.newslens.nlp;

import java.util.Arrays;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@link BeamSearch} with a beam of one, without the beam: the same best sequence, found
 * without sorting each token's scores, a priority queue, or a new {@link Sequence} per candidate.
 *
 * <p>With one slot, BeamSearch extends only the best candidate of each step; the others are dropped
 * before the next. Its choice, reproduced here: among the outcomes whose probability equals the
 * largest, the valid ones; if none is valid (or all fall under the minimum score), every valid outcome.
 * Of those, the highest sequence score ({@code score + StrictMath.log(p)}, as {@link Sequence} adds it)
 * wins, and on a tie the lowest outcome index, because that one entered BeamSearch's queue first and a
 * queue element is only displaced by a strictly higher score. When no outcome is valid at some token,
 * BeamSearch finds no sequence, and neither does this.
 *
 * <p>Only {@link #bestSequence} is greedy; the k-best calls go to OpenNLP's BeamSearch of size one.
 * Not thread-safe (it reuses one array of probabilities), like BeamSearch.
 */
final class GreedySearch implements SequenceClassificationModel {

    /** BeamSearch's minimum sequence score for {@link #bestSequence}. */
    static final double MIN_SCORE = -100000;
    /** The additional context passed to the context generator when the caller gives none. */
    static final Object[] NO_CONTEXT = new Object[0];

    private final MaxentModel model;
    private final BeamSearch beam;
    private final double[] probs;

    GreedySearch(MaxentModel model) {
        this.model = model;
        this.beam = new BeamSearch(1, model);
        this.probs = new double[model.getNumOutcomes()];
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        Object[] extra = additionalContext == null ? NO_CONTEXT : additionalContext;
        String[] outcomes = new String[sequence.length];
        double[] chosen = new double[sequence.length];
        double score = 0;
        for (int i = 0; i < sequence.length; i++) {
            // The context generator and the validator see the outcomes so far in an array of exactly that
            // length, as BeamSearch gives them.
            String[] previous = Arrays.copyOf(outcomes, i);
            double[] scores = model.eval(cg.getContext(i, sequence, previous, extra), probs);
            int best = best(i, sequence, previous, validator, scores, score, largest(scores));
            if (best < 0) {
                best = best(i, sequence, previous, validator, scores, score, Double.NEGATIVE_INFINITY);
            }
            if (best < 0) {
                return null;
            }
            outcomes[i] = model.getOutcome(best);
            chosen[i] = scores[best];
            score = score + StrictMath.log(scores[best]);
        }
        Sequence result = new Sequence();
        for (int i = 0; i < outcomes.length; i++) {
            result.add(outcomes[i], chosen[i]);
        }
        return result;
    }

    /** The largest score in the order {@code Arrays.sort} puts doubles, which BeamSearch takes it from. */
    private static double largest(double[] scores) {
        double max = scores[0];
        for (int p = 1; p < scores.length; p++) {
            if (Double.compare(scores[p], max) > 0) {
                max = scores[p];
            }
        }
        return max;
    }

    /**
     * The index of the valid outcome with a score of at least {@code min} that BeamSearch would extend:
     * the highest sequence score above the minimum, the first on a tie; -1 if there is none.
     */
    private <T> int best(int i, T[] sequence, String[] previous, SequenceValidator<T> validator, double[] scores,
            double score, double min) {
        int best = -1;
        double bestScore = 0;
        for (int p = 0; p < scores.length; p++) {
            if (scores[p] >= min && validator.validSequence(i, sequence, previous, model.getOutcome(p))) {
                double s = score + StrictMath.log(scores[p]);
                if (s > MIN_SCORE && (best < 0 || Double.compare(s, bestScore) > 0)) {
                    best = p;
                    bestScore = s;
                }
            }
        }
        return best;
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return beam.bestSequences(numSequences, sequence, additionalContext, minSequenceScore, cg, validator);
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return beam.bestSequences(numSequences, sequence, additionalContext, cg, validator);
    }

    @Override
    public String[] getOutcomes() {
        return beam.getOutcomes();
    }
}

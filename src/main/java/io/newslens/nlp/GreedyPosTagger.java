package io.newslens.nlp;

import java.util.Arrays;
import java.util.function.Supplier;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence as {@link POSTaggerME#tag(String[])} does for a GIS model with a beam of one, through
 * {@link GreedySearch} and {@link GisScorer}: the same context generator, tag dictionary and validator,
 * the same tags.
 *
 * <p>{@link POSModel} is final and takes only a maxent artifact, which it always wraps in a new
 * BeamSearch, so the decoder cannot be handed to POSTaggerME; this runtime does the rest of what
 * POSTaggerME's {@code tag} does instead. That rest is converting the model's tags to the requested
 * format, UD, which is nothing for a UD model: {@link #of} gives POSTaggerME itself for any model that
 * needs more (another tag set, another beam, another kind of model or prior).
 *
 * <p>Not thread-safe, like POSTaggerME: one per thread.
 */
final class GreedyPosTagger implements PosTagger {

    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final GisScorer scorer;
    private final GreedySearch search;
    private final double[] sums;
    /**
     * The longest sentence for which {@link GreedySearch}'s minimum sequence score cannot bind: each
     * token's chosen probability is the largest, at least one over the outcome count.
     */
    private final int longestClear;

    private GreedyPosTagger(POSModel model, GisScorer scorer) {
        POSTaggerFactory factory = model.getFactory();
        // POSTaggerME asks for its context generator with the beam size as the cache size.
        this.contexts = factory.getPOSContextGenerator(1);
        this.validator = factory.getSequenceValidator();
        this.scorer = scorer;
        this.search = new GreedySearch(scorer);
        this.sums = new double[scorer.getNumOutcomes()];
        this.longestClear = (int) (-GreedySearch.MIN_SCORE / (Math.log(scorer.getNumOutcomes()) + 1));
    }

    /** The fastest tagger that gives {@code new POSTaggerME(model)}'s tags. */
    static PosTagger of(POSModel model) {
        return taggers(model).get();
    }

    /**
     * Taggers for {@code model}, one per call of {@code get()} (they are not thread-safe): greedy ones
     * that share one {@link GisScorer} if the model {@linkplain #fits fits}, else POSTaggerME.
     */
    static Supplier<PosTagger> taggers(POSModel model) {
        if (fits(model)) {
            GisScorer shared = new GisScorer((GISModel) model.getArtifact("pos.model"));
            return () -> new GreedyPosTagger(model, shared);
        }
        return () -> new POSTaggerME(model)::tag;
    }

    /**
     * Greedy taggers for {@code model} with the features and weights of {@code table} instead of its
     * own (see {@link GisScorer#GisScorer(MaxentModel, FeatureTable)}).
     *
     * @throws IllegalArgumentException if the model does not {@linkplain #fits fit} a greedy tagger
     */
    static Supplier<PosTagger> taggers(POSModel model, FeatureTable table) {
        if (!fits(model)) {
            throw new IllegalArgumentException("not a greedy GIS tagger model");
        }
        GisScorer shared = new GisScorer(model.<MaxentModel>getArtifact("pos.model"), table);
        return () -> new GreedyPosTagger(model, shared);
    }

    /** Whether {@code model} is a UD model of GIS with a uniform prior and a beam of one. */
    static boolean fits(POSModel model) {
        return model.getPosSequenceModel() instanceof BeamSearch
                && "1".equals(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER))
                && model.getArtifact("pos.model") instanceof GISModel maxent && GisScorer.fits(maxent)
                && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD;
    }

    @Override
    public String[] tag(String[] words) {
        String[] tags = leaders(words);
        if (tags != null) {
            return tags;
        }
        Sequence best = search.bestSequence(words, null, contexts, validator);
        return best.getOutcomes().toArray(new String[0]);
    }

    /**
     * The tags when at every token one tag's sum clearly leads ({@link GisScorer#leader}) and the
     * validator takes it, else null. Then that tag has the one largest probability, which is what
     * {@link GreedySearch} extends; so these are its tags, found without the dozens of exps per token
     * that turning sums into probabilities costs (a third of the tagger's time).
     */
    private String[] leaders(String[] words) {
        if (words.length > longestClear) {
            return null;
        }
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            // As GreedySearch asks: the tags so far in an array of that length, and no extra context.
            String[] previous = Arrays.copyOf(tags, i);
            int leader = scorer.leader(scorer.sums(contexts.getContext(i, words, previous, GreedySearch.NO_CONTEXT), sums));
            if (leader < 0 || !validator.validSequence(i, words, previous, scorer.getOutcome(leader))) {
                return null;
            }
            tags[i] = scorer.getOutcome(leader);
        }
        return tags;
    }
}

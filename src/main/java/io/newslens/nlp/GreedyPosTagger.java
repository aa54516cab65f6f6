package io.newslens.nlp;

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
    private final GreedySearch search;

    private GreedyPosTagger(POSModel model, GISModel maxent) {
        POSTaggerFactory factory = model.getFactory();
        // POSTaggerME asks for its context generator with the beam size as the cache size.
        this.contexts = factory.getPOSContextGenerator(1);
        this.validator = factory.getSequenceValidator();
        this.search = new GreedySearch(new GisScorer(maxent));
    }

    /** The fastest tagger that gives {@code new POSTaggerME(model)}'s tags. */
    static PosTagger of(POSModel model) {
        if (model.getPosSequenceModel() instanceof BeamSearch
                && "1".equals(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER))
                && model.getArtifact("pos.model") instanceof GISModel maxent && GisScorer.fits(maxent)
                && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD) {
            return new GreedyPosTagger(model, maxent);
        }
        return new POSTaggerME(model)::tag;
    }

    @Override
    public String[] tag(String[] words) {
        Sequence best = search.bestSequence(words, null, contexts, validator);
        return best.getOutcomes().toArray(new String[0]);
    }
}

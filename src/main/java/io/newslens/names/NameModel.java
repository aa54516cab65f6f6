package io.newslens.names;

import java.io.IOException;
import java.io.InputStream;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name finder model package whose perceptron is decoded with {@link SharedPrefixPerceptron}: the
 * same beam search and the same scores as OpenNLP's own, in less time. Any other kind of model is
 * decoded as OpenNLP decodes it.
 */
final class NameModel extends TokenNameFinderModel {

    private static final long serialVersionUID = 1L;
    private static final String MODEL_ENTRY = "nameFinder.model";

    NameModel(InputStream in) throws IOException {
        super(in);
    }

    /** A new decoder on each call: {@link NameFinderME} asks once per instance, and each thread has its own. */
    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
        if (!(artifactMap.get(MODEL_ENTRY) instanceof PerceptronModel perceptron)) {
            return super.getNameFinderSequenceModel();
        }
        String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int size = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        return new BeamSearch(size, new SharedPrefixPerceptron(perceptron));
    }
}

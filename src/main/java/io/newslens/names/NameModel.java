package io.newslens.names;

import java.io.IOException;
import java.io.InputStream;

import io.newslens.nlp.WordFeatures;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name finder model package whose perceptron is decoded with {@link SharedPrefixPerceptron} and
 * whose word features come from {@link WordFeatures}: the same features, beam search and scores as
 * OpenNLP's own, in less time. Any other kind of model is decoded as OpenNLP decodes it.
 */
final class NameModel extends TokenNameFinderModel {

    private static final long serialVersionUID = 1L;
    private static final String MODEL_ENTRY = "nameFinder.model";
    private static final String DESCRIPTOR_ENTRY = "generator.featuregen";

    /** The perceptron's features, built on first use: every thread's decoder reads the one table. */
    private transient FeatureTable features;

    NameModel(InputStream in) throws IOException {
        super(in);
        if (artifactMap.get(DESCRIPTOR_ENTRY) instanceof byte[] descriptor) {
            artifactMap.put(DESCRIPTOR_ENTRY, WordFeatures.inDescriptor(descriptor));
        }
    }

    /** A new decoder on each call: {@link NameFinderME} asks once per instance, and each thread has its own. */
    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
        if (!(artifactMap.get(MODEL_ENTRY) instanceof PerceptronModel perceptron)) {
            return super.getNameFinderSequenceModel();
        }
        String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int size = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        return new BeamSearch(size, new SharedPrefixPerceptron(perceptron, features(perceptron)));
    }

    private synchronized FeatureTable features(PerceptronModel perceptron) {
        if (features == null) {
            features = SharedPrefixPerceptron.featuresOf(perceptron);
        }
        return features;
    }
}

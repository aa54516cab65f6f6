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
 * A name finder model package whose perceptron is decoded with {@link NameBeam} and
 * whose word features come from {@link WordFeatures}: the same features, beam search and scores as
 * OpenNLP's own, in less time. Any other kind of model is decoded as OpenNLP decodes it.
 */
final class NameModel extends TokenNameFinderModel {

    private static final long serialVersionUID = 1L;
    private static final String MODEL_ENTRY = "nameFinder.model";
    private static final String DESCRIPTOR_ENTRY = "generator.featuregen";

    /**
     * The perceptron's features, which every thread's decoder reads; built with the model, on the thread
     * that loads it, so that the first article does not wait for it. Null for a model of another kind.
     */
    private final transient FeatureTable features;

    NameModel(InputStream in) throws IOException {
        super(in);
        if (artifactMap.get(DESCRIPTOR_ENTRY) instanceof byte[] descriptor) {
            artifactMap.put(DESCRIPTOR_ENTRY, WordFeatures.inDescriptor(descriptor));
        }
        features = artifactMap.get(MODEL_ENTRY) instanceof PerceptronModel perceptron
                ? NameBeam.featuresOf(perceptron) : null;
    }

    /** A new decoder on each call: {@link NameFinderME} asks once per instance, and each thread has its own. */
    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
        if (!(artifactMap.get(MODEL_ENTRY) instanceof PerceptronModel perceptron)) {
            return super.getNameFinderSequenceModel();
        }
        String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int size = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        return new NameBeam(size, perceptron, features);
    }
}

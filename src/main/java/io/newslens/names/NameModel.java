package io.newslens.names;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import io.newslens.nlp.WordFeatures;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * A name finder model package whose perceptron is decoded with {@link NameBeam} and
 * whose word features come from {@link WordFeatures}: the same features, beam search and scores as
 * OpenNLP's own, in less time. Any other kind of model is decoded as OpenNLP decodes it.
 */
final class NameModel extends TokenNameFinderModel {

    private static final long serialVersionUID = 1L;
    static final String MODEL_ENTRY = "nameFinder.model";
    private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
    private static final String MODEL_EXTENSION = "model";

    NameModel(InputStream in) throws IOException {
        super(in);
        if (artifactMap.get(DESCRIPTOR_ENTRY) instanceof byte[] descriptor) {
            artifactMap.put(DESCRIPTOR_ENTRY, WordFeatures.inDescriptor(descriptor));
        }
    }

    /** Model files ({@code .model} entries) holding a perceptron are read as a {@link PackedPerceptron}. */
    @Override
    protected void createArtifactSerializers(Map<String, ArtifactSerializer<?>> serializers) {
        super.createArtifactSerializers(serializers);
        serializers.put(MODEL_EXTENSION, new PerceptronSerializer(serializers.get(MODEL_EXTENSION)));
    }

    /** A new decoder on each call: {@link NameFinderME} asks once per instance, and each thread has its own. */
    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
        if (!(artifactMap.get(MODEL_ENTRY) instanceof PackedPerceptron perceptron)) {
            return super.getNameFinderSequenceModel();
        }
        String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int size = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        return new NameBeam(size, perceptron);
    }

    /** Reads perceptrons as {@link PackedPerceptron}s, and gives any other model to OpenNLP's serializer. */
    private static final class PerceptronSerializer implements ArtifactSerializer<Object> {
        private final ArtifactSerializer<Object> openNlp;

        @SuppressWarnings("unchecked")
        PerceptronSerializer(ArtifactSerializer<?> openNlp) {
            this.openNlp = (ArtifactSerializer<Object>) openNlp;
        }

        @Override
        public Object create(InputStream in) throws IOException {
            byte[] model = in.readAllBytes();
            return PackedPerceptron.isPerceptron(model) ? PackedPerceptron.read(model, NameModelIndex.forModel(model))
                    : openNlp.create(new ByteArrayInputStream(model));
        }

        @Override
        public void serialize(Object artifact, OutputStream out) throws IOException {
            if (artifact instanceof PackedPerceptron perceptron) {
                perceptron.write(out);
            } else {
                openNlp.serialize(artifact, out);
            }
        }
    }
}

package io.newslens.nlp;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import io.newslens.names.PackedResource;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.model.ModelUtil;

/**
 * Apache's English token and tag models, packed at build time into the form newslens' runtimes read
 * them in, so that a cold start does not parse them. The build runs {@link #main}.
 *
 * <p>Reading a model through OpenNLP makes a string and a {@code Context} for each of its 60,000
 * features, and newslens' runtimes then copy those into their own tables ({@link FeatureTable},
 * {@link DenseFeatures}, the tokenizer's tables of ASCII characters and pairs): on a cold JVM all of
 * that, interpreted and then compiled, was a large part of a one-article run. A packed model holds
 * the model package itself, with its maxent model replaced by one of the same outcomes and no
 * features (so OpenNLP still reads the factory, the manifest and the feature generators, at no cost),
 * and then the runtime's tables as they lie in memory, read back in bulk copies.
 *
 * <p>The packed form is made from the OpenNLP model by the runtimes' own code, so it gives the same
 * tokens and tags; a model passed in OpenNLP's format still works through {@link OpenNlpAnnotator}'s
 * constructor.
 */
public final class PackedTextModels {

    static final String TOKENS = "/io/newslens/nlp/en-tokens.packed";
    static final String POS = "/io/newslens/nlp/en-pos.packed";

    private static final String TOKEN_ENTRY = "token.model";
    private static final String POS_ENTRY = "pos.model";

    private PackedTextModels() {
    }

    /**
     * Usage: {@code PackedTextModels OUT_DIR}: packs the models on the class path into the folder of
     * the {@code io.newslens.nlp} resources.
     *
     * @param args the folder
     * @throws IOException if a model cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PackedTextModels OUT_DIR");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        try (InputStream in = OpenNlpAnnotator.open(OpenNlpAnnotator.TOKEN_MODEL);
                OutputStream file = Files.newOutputStream(out.resolve(name(TOKENS)))) {
            packTokens(in, file);
        }
        try (InputStream in = OpenNlpAnnotator.open(OpenNlpAnnotator.POS_MODEL);
                OutputStream file = Files.newOutputStream(out.resolve(name(POS)))) {
            packPos(in, file);
        }
    }

    /** Packs a token model package that {@link GisTokenSplitter#fits} into {@code out}. */
    static void packTokens(InputStream modelPackage, OutputStream out) throws IOException {
        byte[] whole = ModelPackage.uncompressed(modelPackage).readAllBytes();
        TokenizerModel model = new TokenizerModel(new ByteArrayInputStream(whole));
        DataOutputStream data = packed(out, whole, TOKEN_ENTRY, model.getMaxentModel());
        new GisTokenSplitter(model).write(data);
        data.flush();
    }

    /** Packs a POS model package into {@code out}: its maxent model must be GIS with a uniform prior. */
    static void packPos(InputStream modelPackage, OutputStream out) throws IOException {
        byte[] whole = ModelPackage.uncompressed(modelPackage).readAllBytes();
        MaxentModel maxent = new POSModel(new ByteArrayInputStream(whole)).getArtifact(POS_ENTRY);
        if (!GisScorer.fits(maxent)) {
            throw new IOException("the POS model is not GIS with a uniform prior");
        }
        DataOutputStream data = packed(out, whole, POS_ENTRY, maxent);
        GisScorer.table(GisScorer.features((GISModel) maxent)).write(data);
        data.flush();
    }

    /** Splitters for a packed token model ({@link #packTokens}). */
    static Supplier<ChunkTokenizer.Splitter> splitters(ByteBuffer packed) throws IOException {
        TokenizerModel model = new TokenizerModel(lightPackage(packed));
        GisTokenSplitter shared = GisTokenSplitter.read(model, packed);
        return () -> shared;
    }

    /** Greedy taggers for a packed POS model ({@link #packPos}), with newslens' word features. */
    static Supplier<PosTagger> taggers(ByteBuffer packed) throws IOException {
        POSModel model = OpenNlpAnnotator.withBeamSize(lightPackage(packed), 1, true);
        return GreedyPosTagger.taggers(model, FeatureTable.read(packed));
    }

    /** The packed resource, or null when the class path has none (a build that did not pack). */
    static ByteBuffer read(String resource) throws IOException {
        try (InputStream in = PackedTextModels.class.getResourceAsStream(resource)) {
            return in == null ? null : ByteBuffer.wrap(PackedResource.readAll(in));
        }
    }

    /** Writes the package with the maxent model in {@code entry} replaced by one without features. */
    private static DataOutputStream packed(OutputStream out, byte[] modelPackage, String entry, MaxentModel maxent)
            throws IOException {
        byte[] stub = stub(maxent);
        byte[] light = ModelPackage.uncompressed(new ByteArrayInputStream(modelPackage),
                (name, bytes) -> name.equals(entry) ? stub : bytes).readAllBytes();
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeInt(light.length);
        data.write(light);
        return data;
    }

    /** A GIS model with the outcomes of {@code maxent}, in its order, and one feature of no weight. */
    private static byte[] stub(MaxentModel maxent) throws IOException {
        String[] outcomes = new String[maxent.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = maxent.getOutcome(i);
        }
        // A name no context generator makes: the model's scores are never asked for.
        Context none = new Context(new int[] {0}, new double[] {0});
        GISModel model = new GISModel(new Context[] {none}, new String[] {"\u0000packed"}, outcomes);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelUtil.writeModel(model, bytes);
        return bytes.toByteArray();
    }

    /** The package at the start of a packed model; the buffer is left after it. */
    private static InputStream lightPackage(ByteBuffer packed) throws IOException {
        int length = PackedArrays.length(packed, 1);
        InputStream in = new ByteArrayInputStream(packed.array(), packed.arrayOffset() + packed.position(), length);
        packed.position(packed.position() + length);
        return in;
    }

    private static String name(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}

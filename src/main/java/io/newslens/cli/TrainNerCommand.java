package io.newslens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.newslens.names.NameModelPruner;
import io.newslens.names.train.NameModelTrainer;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newslens train-ner}: trains the name-finder model newslens ships. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Trains an OpenNLP name-finder model (person, location, organization) from corpora in "
                + "the OpenNLP name-finder format. See docs/models/en-ner.md.")
final class TrainNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "FILE", arity = "1..*",
            description = "Training files (UTF-8, one tokenised sentence per line, empty line between documents).")
    List<Path> corpora;

    @Option(names = "--from", paramLabel = "FILE",
            description = "Instead of training, start from this model (to prune it with --prune).")
    Path from;

    @Option(names = "--prune", paramLabel = "WEIGHT",
            description = "Drop the perceptron weights under WEIGHT in magnitude (the shipped model's "
                    + "threshold and what it costs are in docs/models/en-ner.md).")
    Double prune;

    @Option(names = "--params", paramLabel = "FILE",
            description = "OpenNLP training parameters, e.g. src/main/resources/io/newslens/names/ner-params.txt.")
    Path params;

    @Option(names = "--features", paramLabel = "FILE",
            description = "Feature generator descriptor (XML); default: the one the shipped model uses.")
    Path features;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if ((from == null) == (corpora == null) || (corpora != null && params == null)) {
            throw new ParameterException(spec.commandLine(),
                    "give either --corpus with --params (to train) or --from (to prune a model)");
        }
        if (from != null && prune == null) {
            throw new ParameterException(spec.commandLine(), "--from needs --prune");
        }
        long t0 = System.nanoTime();
        Path trained = from;
        if (corpora != null) {
            byte[] descriptor = features == null ? NameModelTrainer.defaultFeatures() : Files.readAllBytes(features);
            TokenNameFinderModel model = NameModelTrainer.train(corpora, NameModelTrainer.readParams(params), descriptor);
            trained = out;
            NameModelTrainer.save(model, trained);
        }
        if (prune != null) {
            NameModelPruner.Result r = NameModelPruner.prune(trained, out, prune);
            System.err.printf(Locale.ROOT, "train-ner: pruned under %s: %d -> %d features, %d -> %d weights%n",
                    prune, r.featuresBefore(), r.featuresAfter(), r.weightsBefore(), r.weightsAfter());
        }
        System.err.printf(Locale.ROOT, "train-ner: wrote %s (%d bytes) in %.0f s%n", out, Files.size(out),
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}

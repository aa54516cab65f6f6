package io.newslens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.newslens.names.train.NameModelTrainer;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newslens train-ner}: trains the name-finder model newslens ships. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Trains an OpenNLP name-finder model (person, location, organization) from corpora in "
                + "the OpenNLP name-finder format. See docs/models/en-ner.md.")
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FILE", arity = "1..*", required = true,
            description = "Training files (UTF-8, one tokenised sentence per line, empty line between documents).")
    List<Path> corpora;

    @Option(names = "--params", paramLabel = "FILE", required = true,
            description = "OpenNLP training parameters, e.g. src/main/resources/io/newslens/names/ner-params.txt.")
    Path params;

    @Option(names = "--features", paramLabel = "FILE",
            description = "Feature generator descriptor (XML); default: the one the shipped model uses.")
    Path features;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
    Path out;

    @Override
    public Integer call() throws Exception {
        byte[] descriptor = features == null ? NameModelTrainer.defaultFeatures() : Files.readAllBytes(features);
        long t0 = System.nanoTime();
        TokenNameFinderModel model = NameModelTrainer.train(corpora, NameModelTrainer.readParams(params), descriptor);
        NameModelTrainer.save(model, out);
        System.err.printf(Locale.ROOT, "train-ner: wrote %s (%d bytes) in %.0f s%n", out, Files.size(out),
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}

package io.newslens.names.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains newslens' name-finder model with OpenNLP's {@link NameFinderME#train} from corpora in the
 * OpenNLP name-finder format ({@code <START:person> ... <END>}, one tokenised sentence per line, an
 * empty line between documents).
 *
 * <p>The feature generator descriptor may use {@code DictionaryFeatureGeneratorFactory} with the
 * dictionaries {@code places.dictionary} and {@code given-names.dictionary}: they are built from
 * newslens' gazetteers and stored in the model.
 */
public final class NameModelTrainer {

    /** Class-path location of the feature generator descriptor the shipped model uses. */
    public static final String FEATURES = "/io/newslens/names/ner-features.xml";

    private static final String LISTS = "/io/newslens/names/";
    private static final Pattern HYPHEN = Pattern.compile("-");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameModelTrainer() {
    }

    /**
     * Trains a model.
     *
     * @param corpora training files, read as UTF-8, in order
     * @param params OpenNLP training parameters ({@code Algorithm}, {@code Iterations}, {@code Cutoff}, ...)
     * @param features feature generator descriptor (XML)
     * @return the trained model
     * @throws IOException if a corpus cannot be read
     */
    public static TokenNameFinderModel train(List<Path> corpora, TrainingParameters params, byte[] features)
            throws IOException {
        Objects.requireNonNull(features, "features");
        if (corpora.isEmpty()) {
            throw new IllegalArgumentException("no training corpus given");
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, dictionaries(features),
                new BioCodec());
        for (Path corpus : corpora) {
            if (!Files.isRegularFile(corpus)) {
                throw new IOException("training corpus " + corpus + " is not a readable file");
            }
        }
        // The files are read as one text, as if concatenated; the trainer reads it more than once.
        InputStreamFactory text = () -> {
            List<InputStream> parts = new ArrayList<>();
            for (Path corpus : corpora) {
                parts.add(Files.newInputStream(corpus));
            }
            return new SequenceInputStream(Collections.enumeration(parts));
        };
        try (ObjectStream<NameSample> samples = new NameSampleDataStream(
                new PlainTextByLineStream(text, StandardCharsets.UTF_8))) {
            return NameFinderME.train("en", null, samples, params, factory);
        }
    }

    /** Reads OpenNLP training parameters ({@code Key=Value} lines, {@code #} comments). */
    public static TrainingParameters readParams(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new TrainingParameters(in);
        }
    }

    /** Writes {@code model} to {@code out}. */
    public static void save(TokenNameFinderModel model, Path out) throws IOException {
        try (OutputStream o = Files.newOutputStream(out)) {
            model.serialize(o);
        }
    }

    /** The shipped feature generator descriptor. */
    public static byte[] defaultFeatures() throws IOException {
        return readResource(FEATURES);
    }

    /** The dictionaries the descriptor names: each one given to the factory is stored in the model. */
    private static Map<String, Object> dictionaries(byte[] features) throws IOException {
        String descriptor = new String(features, StandardCharsets.UTF_8);
        Map<String, Object> out = new HashMap<>();
        for (String list : List.of("places", "given-names")) {
            if (descriptor.contains(list + ".dictionary")) {
                out.put(list + ".dictionary", dictionary(list + ".txt"));
            }
        }
        return out;
    }

    /** A case-sensitive dictionary of a word list, each entry split as the runtime tokenizer splits it. */
    private static Dictionary dictionary(String list) throws IOException {
        Dictionary d = new Dictionary(true);
        String text = new String(readResource(LISTS + list), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            String entry = HYPHEN.matcher(line.strip()).replaceAll(" - ").strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                d.put(new StringList(SPACES.split(entry)));
            }
        }
        return d;
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = NameModelTrainer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }
}

package io.newslens.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import io.newslens.Background;
import io.newslens.nlp.AnnotatedText;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * newslens' own name finder: an OpenNLP maximum-entropy/perceptron model trained for news
 * ({@code en-ner.bin}, see {@code docs/models/en-ner.md}), then news rules (titles, datelines,
 * "X said", nationality words), document-level consistency and entity merging with roles.
 *
 * <p>Thread-safe: the model and word lists are loaded once and shared; each thread gets its own
 * OpenNLP runtime.
 */
public final class NewsEntityFinder implements EntityFinder {

    /** Class-path location of the shipped model. */
    public static final String MODEL = "/io/newslens/names/en-ner.bin";

    /** System property naming rules to leave out, for measuring them (see {@code docs/models/en-ner.md}). */
    public static final String RULES_OFF = "newslens.names.rulesOff";

    private final NameTagger tagger;
    private final NewsRules rules;
    private final Propagation propagation;
    private final EntityBuilder builder;

    /** Uses {@code model} (which may be shared) with newslens' rules and word lists. */
    public NewsEntityFinder(TokenNameFinderModel model) {
        this(model, Lexicon.load());
    }

    private NewsEntityFinder(TokenNameFinderModel model, Lexicon lexicon) {
        Objects.requireNonNull(model, "model");
        Set<String> off = rulesOff();
        this.tagger = new NameTagger(model);
        this.rules = new NewsRules(lexicon, off);
        this.propagation = new Propagation(lexicon, off);
        this.builder = new EntityBuilder(lexicon);
    }

    /**
     * The rules named in the system property {@value #RULES_OFF} (comma-separated), which are left out:
     * how the model card measures what each rule gains and costs on every evaluation set.
     */
    private static Set<String> rulesOff() {
        String names = System.getProperty(RULES_OFF, "").strip();
        return names.isEmpty() ? Set.of() : Set.of(names.split("\\s*,\\s*"));
    }

    /** Loads newslens' shipped English news model from the class path. */
    public static NewsEntityFinder english() {
        Supplier<Lexicon> lexicon = Background.start(Lexicon::load);
        // The model's cluster features read their lexicon when the first thread's finder is made.
        WordClusters.preload();
        return new NewsEntityFinder(shippedModel(), lexicon.get());
    }

    /**
     * Uses the name-finder model in {@code file} (an OpenNLP {@code TokenNameFinderModel}, such as one
     * {@code newslens train-ner} writes) with newslens' rules and word lists.
     *
     * @throws IOException if the file cannot be read or is not a name-finder model
     */
    public static NewsEntityFinder fromFile(Path file) throws IOException {
        Supplier<Lexicon> lexicon = Background.start(Lexicon::load);
        try (InputStream in = Files.newInputStream(file)) {
            return new NewsEntityFinder(new NameModel(in), lexicon.get());
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read the name finder model " + file + ": " + e.getMessage(), e);
        }
    }

    private static TokenNameFinderModel shippedModel() {
        try (InputStream in = NewsEntityFinder.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IOException("model " + MODEL + " is not on the class path");
            }
            return new NameModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read newslens' name finder model", e);
        }
    }

    @Override
    public Entities find(AnnotatedText text) {
        Objects.requireNonNull(text, "text");
        Labels labels = new Labels(text);
        tagger.tag(labels);
        rules.apply(labels);
        propagation.apply(labels);
        rules.gazetteerPlaces(labels);
        return builder.build(labels);
    }
}

package io.newslens.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
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
        this.tagger = new NameTagger(model);
        this.rules = new NewsRules(lexicon);
        this.propagation = new Propagation(lexicon);
        this.builder = new EntityBuilder(lexicon);
    }

    /** Loads newslens' shipped English news model from the class path. */
    public static NewsEntityFinder english() {
        Supplier<Lexicon> lexicon = Background.start(Lexicon::load);
        return new NewsEntityFinder(shippedModel(), lexicon.get());
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

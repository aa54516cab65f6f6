package io.newslens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.newslens.load.ArticleLoader;
import io.newslens.load.PlainLoader;
import io.newslens.load.SavedTextLoader;
import io.newslens.load.Sidecar;
import io.newslens.load.TextDecoder;
import io.newslens.model.Analysis;
import io.newslens.model.Article;
import io.newslens.model.Entity;
import io.newslens.model.InputFormat;
import io.newslens.model.Quote;
import io.newslens.model.Source;
import io.newslens.model.TimeExpression;
import io.newslens.names.Entities;
import io.newslens.names.EntityFinder;
import io.newslens.nlp.AnnotatedText;
import io.newslens.nlp.OpenNlpAnnotator;
import io.newslens.nlp.TextAnnotator;
import io.newslens.quotes.QuoteFinder;
import io.newslens.time.TemporalTagger;

/**
 * The newslens pipeline: load an article, annotate its text, extract people, places,
 * organizations, dates and quotes.
 *
 * <p>Build one with {@link #builder()} and share it: it is immutable and thread-safe, and its models
 * are loaded once, when it is built.
 *
 * <pre>{@code
 * NewsLens lens = NewsLens.builder().build();
 * Analysis a = lens.analyze(Path.of("article.txt"));
 * String json = lens.toJson(a);
 * }</pre>
 */
public final class NewsLens {

    private final TextAnnotator annotator;
    private final ArticleLoader textLoader;
    private final ArticleLoader htmlLoader;
    private final ArticleLoader plainLoader = new PlainLoader();
    private final EntityFinder entityFinder;
    private final TemporalTagger temporalTagger;
    private final QuoteFinder quoteFinder;

    private NewsLens(Builder b) {
        this.annotator = b.annotator != null ? b.annotator : OpenNlpAnnotator.english();
        this.textLoader = b.textLoader != null ? b.textLoader : new SavedTextLoader();
        this.htmlLoader = b.htmlLoader;
        this.entityFinder = b.entityFinder != null ? b.entityFinder : io.newslens.names.NewsEntityFinder.english();
        this.temporalTagger = b.temporalTagger;
        this.quoteFinder = b.quoteFinder;
    }

    /** A builder with newslens' own models and stages; each can be replaced. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Analyses a saved article file: {@code .html}/{@code .htm} as HTML, anything else as saved text.
     * A sidecar {@code NAME.meta.json} beside the file supplies known metadata.
     *
     * @throws ArticleException if the file cannot be read or holds no article
     */
    public Analysis analyze(Path file) throws ArticleException {
        return analyze(file, Metadata.none());
    }

    /**
     * Same as {@link #analyze(Path)}, with metadata the caller knows (it wins over the sidecar's).
     *
     * @throws ArticleException if the file cannot be read or holds no article
     */
    public Analysis analyze(Path file, Metadata known) throws ArticleException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(name, "cannot read file: " + e.getMessage(), e);
        }
        Metadata merged = known.orElse(Sidecar.read(file)).orElse(
                new Metadata(null, null, null, null, formatOf(file)));
        return analyze(name, TextDecoder.decode(bytes), merged);
    }

    /**
     * Analyses text whose metadata is known, e.g. an input record. With no format in {@code known}
     * the text is taken as the plain article body, unchanged.
     *
     * @throws ArticleException if the text holds no article
     */
    public Analysis analyze(String text, Metadata known) throws ArticleException {
        Objects.requireNonNull(text, "text");
        String name = known.id() != null ? known.id() : "-";
        return analyze(name, text, known.format() == null ? known.withFormat(InputFormat.PLAIN) : known);
    }

    private Analysis analyze(String name, String content, Metadata known) throws ArticleException {
        if (content.isBlank()) {
            throw new ArticleException(name, "empty article");
        }
        Article article = loaderFor(name, known.format()).load(content, known);
        if (article.text().isBlank()) {
            throw new ArticleException(name, "no article text found");
        }
        return extract(known.id(), new Source(name, known.format() == InputFormat.HTML ? InputFormat.HTML
                : InputFormat.TEXT), article);
    }

    /** Runs the extraction stages on an article that is already loaded. */
    public Analysis extract(String id, Source source, Article article) {
        AnnotatedText text = annotator.annotate(article.text());
        Entities entities = entityFinder == null ? null : entityFinder.find(text);
        List<Entity> people = entities == null ? null : entities.people();
        List<Entity> places = entities == null ? null : entities.places();
        List<Entity> orgs = entities == null ? null : entities.organizations();
        List<TimeExpression> dates = temporalTagger == null ? null
                : temporalTagger.tag(text, article.published() == null ? null : article.published().value());
        List<Quote> quotes = quoteFinder == null ? null
                : quoteFinder.find(text, entities == null ? Entities.none() : entities);
        return new Analysis(id, source, article, people, places, orgs, dates, quotes);
    }

    private ArticleLoader loaderFor(String name, InputFormat format) throws ArticleException {
        return switch (format) {
            case PLAIN -> plainLoader;
            case TEXT -> textLoader;
            case HTML -> {
                if (htmlLoader == null) {
                    throw new ArticleException(name, "HTML input is not supported yet");
                }
                yield htmlLoader;
            }
        };
    }

    private static InputFormat formatOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") ? InputFormat.HTML : InputFormat.TEXT;
    }

    /** The analysis as one line of JSON, per the newslens output contract. */
    public String toJson(Analysis analysis) {
        return io.newslens.json.AnalysisJson.toJson(analysis, false);
    }

    /** Configures a {@link NewsLens}. Stages left unset get newslens' own implementation. */
    public static final class Builder {
        private TextAnnotator annotator;
        private ArticleLoader textLoader;
        private ArticleLoader htmlLoader;
        private EntityFinder entityFinder;
        private TemporalTagger temporalTagger;
        private QuoteFinder quoteFinder;

        private Builder() {
        }

        /** Replaces the sentence, token and part-of-speech layer. */
        public Builder annotator(TextAnnotator value) {
            this.annotator = value;
            return this;
        }

        /** Replaces the saved-text loader. */
        public Builder textLoader(ArticleLoader value) {
            this.textLoader = value;
            return this;
        }

        /** Replaces the HTML loader. */
        public Builder htmlLoader(ArticleLoader value) {
            this.htmlLoader = value;
            return this;
        }

        /** Replaces the people, places and organizations stage. */
        public Builder entityFinder(EntityFinder value) {
            this.entityFinder = value;
            return this;
        }

        /** Replaces the date stage. */
        public Builder temporalTagger(TemporalTagger value) {
            this.temporalTagger = value;
            return this;
        }

        /** Replaces the quote stage. */
        public Builder quoteFinder(QuoteFinder value) {
            this.quoteFinder = value;
            return this;
        }

        /** Loads the models and builds the pipeline. */
        public NewsLens build() {
            return new NewsLens(this);
        }
    }
}

package io.newslens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import io.newslens.load.ArticleLoader;
import io.newslens.load.BinarySniffer;
import io.newslens.load.PlainLoader;
import io.newslens.load.SavedTextLoader;
import io.newslens.load.Sidecar;
import io.newslens.load.TextDecoder;
import io.newslens.load.html.HtmlDecoder;
import io.newslens.load.html.HtmlLoader;
import io.newslens.model.Analysis;
import io.newslens.model.Article;
import io.newslens.model.Entity;
import io.newslens.model.InputFormat;
import io.newslens.model.Quote;
import io.newslens.model.Source;
import io.newslens.model.TimeExpression;
import io.newslens.names.Entities;
import io.newslens.names.EntityFinder;
import io.newslens.names.NewsEntityFinder;
import io.newslens.nlp.AnnotatedText;
import io.newslens.nlp.OpenNlpAnnotator;
import io.newslens.nlp.TextAnnotator;
import io.newslens.quotes.QuoteFinder;
import io.newslens.quotes.RuleQuoteFinder;
import io.newslens.time.RuleTemporalTagger;
import io.newslens.time.TemporalTagger;

/**
 * The newslens pipeline: load an article, annotate its text, extract people, places,
 * organizations, dates and quotes.
 *
 * <p>Build one with {@link #builder()} and share it: it is immutable and thread-safe, and its models
 * are loaded once, side by side, when it is built. The name finder's model, the slowest, may still be
 * loading when {@code build()} returns, so that the first article's text is read and annotated
 * meanwhile: the first analysis that needs it waits for it, and a failure to load it is thrown there.
 *
 * <pre>{@code
 * NewsLens lens = NewsLens.builder().build();
 * Analysis a = lens.analyze(Path.of("article.txt"));
 * String json = lens.toJson(a);
 * }</pre>
 */
public final class NewsLens {

    /** The default size limit of one input: 10 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 10L * 1024 * 1024;

    private final TextAnnotator annotator;
    private final ArticleLoader textLoader;
    private final ArticleLoader htmlLoader;
    private final ArticleLoader plainLoader = new PlainLoader();
    /** Resolved on first use: see the class comment. */
    private final Supplier<EntityFinder> entityFinder;
    private final TemporalTagger temporalTagger;
    private final QuoteFinder quoteFinder;
    private final StageClock clock;
    private final long maxInputBytes;

    private NewsLens(Builder b) {
        this.clock = b.clock;
        this.maxInputBytes = b.maxInputBytes;
        // The two model sets load in the background while this thread builds the light stages.
        Supplier<TextAnnotator> annotatorLoad = b.annotator != null ? () -> b.annotator
                : Background.start(OpenNlpAnnotator::english);
        Supplier<EntityFinder> entityLoad = b.entityFinder != null ? () -> b.entityFinder
                : Background.start(NewsEntityFinder::english);
        this.textLoader = b.textLoader != null ? b.textLoader : new SavedTextLoader();
        this.htmlLoader = b.htmlLoader != null ? b.htmlLoader : new HtmlLoader();
        this.temporalTagger = b.temporalTagger != null ? b.temporalTagger : new RuleTemporalTagger();
        this.quoteFinder = b.quoteFinder != null ? b.quoteFinder : new RuleQuoteFinder();
        this.annotator = annotatorLoad.get();
        this.entityFinder = entityLoad;
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
        return analyze(name, read(file, name), () -> Sidecar.read(file), known);
    }

    /**
     * Same as {@link #analyze(Path, Metadata)} for a saved article's bytes read elsewhere, e.g. from a
     * distributed file system: {@code name} is its path, which gives its format and names it in errors.
     *
     * @param sidecar the bytes of its sidecar {@code NAME.meta.json}, or {@code null} when it has none
     * @throws ArticleException if the bytes hold no article or the sidecar is not valid
     */
    public Analysis analyze(String name, byte[] content, byte[] sidecar, Metadata known) throws ArticleException {
        checkSize(name, content.length);
        return analyze(name, content, () -> sidecar == null ? Metadata.none()
                : Sidecar.parse(Sidecar.nameOf(name), sidecar), known);
    }

    /** Where a saved article's sidecar metadata comes from. */
    private interface SidecarSource {
        Metadata read() throws ArticleException;
    }

    private Analysis analyze(String name, byte[] bytes, SidecarSource sidecar, Metadata known)
            throws ArticleException {
        String binary = BinarySniffer.binaryKind(bytes);
        if (binary != null) {
            throw new ArticleException(name, "not a text or HTML article (" + binary + ")");
        }
        Metadata merged = known.orElse(sidecar.read()).orElse(
                new Metadata(null, null, null, null, formatOf(name)));
        // HTML declares its own charset; other text is guessed.
        String content = merged.format() == InputFormat.HTML ? HtmlDecoder.decode(bytes) : TextDecoder.decode(bytes);
        return analyze(name, content, merged);
    }

    private byte[] read(Path file, String name) throws ArticleException {
        try {
            checkSize(name, Files.size(file));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(name, "cannot read file: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses an input of {@code size} bytes over the size limit, so that a caller can refuse a file it
     * has not read yet.
     *
     * @throws ArticleException if it is over the limit
     */
    public void checkSize(String name, long size) throws ArticleException {
        if (size > maxInputBytes) {
            throw new ArticleException(name, tooLarge(size));
        }
    }

    /** The size limit of one input, in bytes (characters, for strings). */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    private String tooLarge(long size) {
        return String.format(Locale.ROOT, "input of %.1f MiB is over the size limit of %.1f MiB",
                size / 1048576.0, maxInputBytes / 1048576.0);
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
        if (text.length() > maxInputBytes) {
            throw new ArticleException(name, tooLarge(text.length()));
        }
        return analyze(name, text, known.format() == null ? known.withFormat(InputFormat.PLAIN) : known);
    }

    private Analysis analyze(String name, String content, Metadata known) throws ArticleException {
        if (content.isBlank()) {
            throw new ArticleException(name, "empty article");
        }
        long t = clock.start();
        Article article = loaderFor(name, known.format()).load(content, known);
        clock.stop(StageClock.Stage.LOAD, t);
        if (article.text().isBlank()) {
            throw new ArticleException(name, "no article text found");
        }
        return extract(known.id(), new Source(name, known.format() == InputFormat.HTML ? InputFormat.HTML
                : InputFormat.TEXT), article);
    }

    /** Runs the extraction stages on an article that is already loaded. */
    public Analysis extract(String id, Source source, Article article) {
        AnnotatedText text = annotate(article.text());
        stopIfInterrupted();
        // Dates need no names: tagged first, they fill the time a cold start waits for the name model.
        long t = clock.start();
        List<TimeExpression> dates = temporalTagger == null ? null
                : temporalTagger.tag(text, article.published() == null ? null : article.published().value());
        clock.stop(StageClock.Stage.DATES, t);
        stopIfInterrupted();
        t = clock.start();
        Entities entities = entityFinder.get().find(text);
        clock.stop(StageClock.Stage.NAMES, t);
        List<Entity> people = entities == null ? null : entities.people();
        List<Entity> places = entities == null ? null : entities.places();
        List<Entity> orgs = entities == null ? null : entities.organizations();
        stopIfInterrupted();
        t = clock.start();
        List<Quote> quotes = quoteFinder == null ? null
                : quoteFinder.find(text, entities == null ? Entities.none() : entities);
        clock.stop(StageClock.Stage.QUOTES, t);
        return new Analysis(id, source, article, people, places, orgs, dates, quotes);
    }

    /** A caller that gave up on this analysis (a batch's time limit) interrupts it: stop at the next stage. */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("analysis interrupted");
        }
    }

    /** The stages this pipeline runs, in data order. */
    List<StageClock.Stage> stages() {
        List<StageClock.Stage> out = new java.util.ArrayList<>(List.of(StageClock.Stage.LOAD,
                StageClock.Stage.SENTENCES_TOKENS, StageClock.Stage.POS));
        if (entityFinder != null) {
            out.add(StageClock.Stage.NAMES);
        }
        if (temporalTagger != null) {
            out.add(StageClock.Stage.DATES);
        }
        if (quoteFinder != null) {
            out.add(StageClock.Stage.QUOTES);
        }
        out.add(StageClock.Stage.JSON);
        return out;
    }

    private AnnotatedText annotate(String text) {
        if (clock.running() && annotator instanceof OpenNlpAnnotator openNlp) {
            // The benchmark times tokens and tags apart: a tag-free pass, then the full one; the
            // difference is the tagger's share.
            long t0 = System.nanoTime();
            openNlp.annotate(text, false);
            long t1 = System.nanoTime();
            AnnotatedText full = openNlp.annotate(text, true);
            long t2 = System.nanoTime();
            clock.add(StageClock.Stage.SENTENCES_TOKENS, t1 - t0);
            clock.add(StageClock.Stage.POS, Math.max(0, (t2 - t1) - (t1 - t0)));
            return full;
        }
        return annotator.annotate(text);
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

    private static InputFormat formatOf(String name) {
        String n = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".mhtml") || n.endsWith(".mht")
                ? InputFormat.HTML : InputFormat.TEXT;
    }

    /** The analysis as one line of JSON, per the newslens output contract. */
    public String toJson(Analysis analysis) {
        long t = clock.start();
        String json = io.newslens.json.AnalysisJson.toJson(analysis, false);
        clock.stop(StageClock.Stage.JSON, t);
        return json;
    }

    /** Configures a {@link NewsLens}. Stages left unset get newslens' own implementation. */
    public static final class Builder {
        private TextAnnotator annotator;
        private ArticleLoader textLoader;
        private ArticleLoader htmlLoader;
        private EntityFinder entityFinder;
        private TemporalTagger temporalTagger;
        private QuoteFinder quoteFinder;
        private StageClock clock = StageClock.OFF;
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;

        private Builder() {
        }

        /** Times the stages (the benchmark's pipeline only). */
        Builder clock(StageClock value) {
            this.clock = value;
            return this;
        }

        /**
         * Inputs larger than this many bytes (characters, for strings) are refused with an error instead
         * of risking the memory of the whole process; default 10 MiB.
         */
        public Builder maxInputBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxInputBytes must be positive: " + value);
            }
            this.maxInputBytes = value;
            return this;
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

package io.newslens.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.model.Analysis;
import io.newslens.model.InputFormat;

/**
 * Scores newslens against a folder of gold documents in the format of the project's evaluation data:
 * loader documents ({@code input} file + gold {@code body}/{@code title}/{@code published}) and
 * annotated texts ({@code text} + {@code layers}).
 */
public final class Evaluator {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final NewsLens lens;

    /** Evaluates with {@code lens}. */
    public Evaluator(NewsLens lens) {
        this.lens = lens;
    }

    /**
     * Scores every gold document below {@code dir}. Non-English loader pages are skipped, as the
     * targets are set on English pages.
     *
     * @return the metrics of each scorer that applied to at least one document, in a fixed order,
     *     plus {@code documents} and {@code failed}
     */
    public Map<String, Double> evaluate(Path dir) {
        Tally all = new Tally();
        forEachDocument(dir, (index, gold, predicted) -> all.add(gold, predicted));
        return all.metrics();
    }

    /**
     * Scores every gold document below {@code dir} as {@link #evaluate(Path)} does, and also the
     * held-out part apart from the rest: document {@code i} of the scored documents, in sorted file order,
     * is held out when {@code i % every == 0}. The split is fixed by the file names, so it stays the same
     * from run to run; rules and models tuned while watching the other part can then be checked on
     * documents that did not guide them.
     *
     * @param dir the folder of gold documents, searched recursively
     * @param every hold out one document in {@code every}; at least 2
     * @return the metrics over all documents, the held-out ones and the others
     * @throws IllegalArgumentException if {@code every} is under 2
     */
    public Evaluation evaluate(Path dir, int every) {
        if (every < 2) {
            throw new IllegalArgumentException("hold-out must be at least 2, not " + every);
        }
        Tally all = new Tally();
        Tally heldOut = new Tally();
        Tally tuned = new Tally();
        forEachDocument(dir, (index, gold, predicted) ->
                all.add(gold, predicted, index % every == 0 ? heldOut : tuned));
        return new Evaluation(all.metrics(), heldOut.metrics(), tuned.metrics());
    }

    /** Analyses each scored gold document once and hands it on with its index among them. */
    private void forEachDocument(Path dir, DocumentSink sink) {
        int index = 0;
        for (Path file : goldFiles(dir)) {
            JsonNode gold = read(file);
            if (!isGold(gold) || gold.path("english").asBoolean(true) == false) {
                continue;
            }
            sink.accept(index++, gold, analyze(file, gold));
        }
    }

    /** Receives a gold document and its analysis ({@code null} when it failed). */
    private interface DocumentSink {
        void accept(int index, JsonNode gold, Analysis predicted);
    }

    /** The scorers of one set of documents, with its document and failure counts. */
    private static final class Tally {
        private final List<Scorer> scorers = List.of(new LoaderScorer(), new NerScorer(), new DateScorer(),
                new QuoteScorer(), new PeopleNameScorer());
        private int docs;
        private int failed;

        void add(JsonNode gold, Analysis predicted) {
            count(predicted);
            for (Scorer s : scorers) {
                if (s.appliesTo(gold)) {
                    s.add(gold, predicted);
                }
            }
        }

        /** Adds a document to this tally and to {@code part}, letting each scorer match it only once. */
        void add(JsonNode gold, Analysis predicted, Tally part) {
            count(predicted);
            part.count(predicted);
            for (int i = 0; i < scorers.size(); i++) {
                if (scorers.get(i).appliesTo(gold)) {
                    scorers.get(i).add(gold, predicted, part.scorers.get(i));
                }
            }
        }

        private void count(Analysis predicted) {
            docs++;
            if (predicted == null) {
                failed++;
            }
        }

        Map<String, Double> metrics() {
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("documents", (double) docs);
            metrics.put("failed", (double) failed);
            scorers.forEach(s -> metrics.putAll(s.metrics()));
            return metrics;
        }
    }

    private static boolean isGold(JsonNode gold) {
        return gold.isObject() && (gold.has("goldFields") && gold.has("input")
                || gold.has("text") && gold.has("layers"));
    }

    private Analysis analyze(Path goldFile, JsonNode gold) {
        try {
            if (gold.has("input")) {
                Path input = goldFile.resolveSibling(gold.get("input").asText());
                return lens.analyze(input, Metadata.none());
            }
            LocalDate published = gold.hasNonNull("published")
                    ? LocalDate.parse(gold.get("published").asText()) : null;
            return lens.analyze(gold.get("text").asText(), new Metadata(gold.path("id").asText(null), null,
                    published, null, InputFormat.PLAIN));
        } catch (ArticleException e) {
            System.err.println("eval: " + e.getMessage());
            return null;
        }
    }

    private static List<Path> goldFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> out = new ArrayList<>();
            files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("index.json"))
                    .filter(p -> !p.getFileName().toString().endsWith(".meta.json"))
                    .sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }
}

package io.newslens.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.model.Analysis;

/**
 * One input in, its one output line out: the analysis JSON, or the error JSON naming the input and
 * the reason. The command line and the Spark job both go through here, so that the same input gives
 * the same line, byte for byte, wherever it runs. Input records are read by {@link InputRecord}.
 */
public final class JsonLines {

    private JsonLines() {
    }

    /**
     * One output line.
     *
     * @param id the input record's id, or {@code null}
     * @param json the analysis or error JSON, without a line end
     * @param analysis the analysis, or {@code null} when the input failed
     * @param error why the input failed, or {@code null}
     */
    public record Line(String id, String json, Analysis analysis, ArticleException error) {

        /** Whether the input failed. */
        public boolean failed() {
            return error != null;
        }
    }

    /** An analysis that may fail for its input. */
    @FunctionalInterface
    public interface Analysing {
        /** Runs the analysis. */
        Analysis run() throws ArticleException;
    }

    /** Analyses an input record's content with the metadata the record gives. */
    @FunctionalInterface
    public interface RecordAnalysing {
        /** Runs the analysis. */
        Analysis run(String content, Metadata known) throws ArticleException;
    }

    /**
     * Runs one analysis and turns it, or its failure, into an output line.
     *
     * @param input the file or record analysed, named in an error that newslens did not foresee
     * @param id the record id echoed in an error line, or {@code null}
     */
    public static Line analyze(String input, String id, Analysing analysis, boolean indent) {
        try {
            Analysis a = analysis.run();
            return new Line(id, AnalysisJson.toJson(a, indent), a, null);
        } catch (ArticleException e) {
            return failure(id, e);
        } catch (RuntimeException | StackOverflowError e) {
            return failure(id, new ArticleException(input, "internal error: " + e, e));
        }
    }

    /** The error line for an input that could not be analysed. */
    public static Line failure(String id, ArticleException e) {
        return new Line(id, AnalysisJson.errorJson(id, e), null, e);
    }

    /**
     * Analyses one line of JSON Lines input.
     *
     * @param lineNo its line number, naming a record without an id ({@code "record 7"})
     * @param defaults what the record leaves out
     */
    public static Line record(String line, int lineNo, Metadata defaults, RecordAnalysing analysing) {
        InputRecord record;
        try {
            record = InputRecord.parse(line, "record " + lineNo);
        } catch (ArticleException e) {
            return failure(null, e);
        }
        return record(record, defaults, analysing);
    }

    /**
     * Analyses one input record already read as JSON.
     *
     * @param fallbackId the name of a record without an id
     * @param defaults what the record leaves out
     */
    public static Line record(ObjectNode record, String fallbackId, Metadata defaults, RecordAnalysing analysing) {
        return record(InputRecord.of(record, fallbackId), defaults, analysing);
    }

    private static Line record(InputRecord record, Metadata defaults, RecordAnalysing analysing) {
        return analyze(record.name(), record.id(), () -> {
            Metadata fromRecord = record.metadata();
            return analysing.run(record.content(fromRecord.format()), fromRecord.orElse(defaults));
        }, false);
    }
}

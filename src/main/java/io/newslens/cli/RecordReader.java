package io.newslens.cli;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.json.InputRecord;

/**
 * Turns JSON Lines input records, one article per line, into one output line each: its analysis or
 * an error object naming the record and what was wrong.
 */
final class RecordReader {

    private final NewsLens lens;
    private final Metadata defaults;

    /** Reads records for {@code lens}; {@code defaults} fill what a record leaves out. */
    RecordReader(NewsLens lens, Metadata defaults) {
        this.lens = lens;
        this.defaults = defaults;
    }

    /** Analyses one input line (line number {@code lineNo}) into its output line. */
    Batch.Line analyze(String line, int lineNo) {
        InputRecord record;
        try {
            record = InputRecord.parse(line, "record " + lineNo);
        } catch (ArticleException e) {
            return AnalyzeCommand.failure(null, e);
        }
        return AnalyzeCommand.analyze(record.name(), record.id(), () -> {
            Metadata fromRecord = record.metadata();
            return lens.analyze(record.content(fromRecord.format()), fromRecord.orElse(defaults));
        }, false);
    }
}

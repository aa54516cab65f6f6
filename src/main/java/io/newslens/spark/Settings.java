package io.newslens.spark;

import java.io.Serializable;
import java.time.LocalDate;

import org.apache.spark.util.LongAccumulator;

import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.json.JsonLines;

/**
 * What the executors need to know for a run, shipped with each task: nothing but these few values.
 *
 * @param published the publication date of inputs that do not say, or {@code null}
 * @param maxInputBytes inputs over this size get an error row
 * @param timeLimitSeconds an input that takes longer gets an error row
 * @param inputs counts the inputs, or {@code null}
 * @param failed counts the inputs that failed, or {@code null}
 */
record Settings(LocalDate published, long maxInputBytes, long timeLimitSeconds, LongAccumulator inputs,
        LongAccumulator failed)
        implements Serializable {

    /** The command line's defaults, without counting. */
    static Settings defaults() {
        return new Settings(null, NewsLens.DEFAULT_MAX_INPUT_BYTES, 60, null, null);
    }

    /** What inputs leave out. */
    Metadata known() {
        return published == null ? Metadata.none() : Metadata.published(published);
    }

    /** The executor's pipeline for these settings. */
    NewsLens lens() {
        return Lenses.get(maxInputBytes);
    }

    /** Counts one input's line, when counting, and returns it. */
    JsonLines.Line count(JsonLines.Line line) {
        if (inputs != null) {
            inputs.add(1);
            if (line.failed()) {
                failed.add(1);
            }
        }
        return line;
    }
}

package io.newslens.spark;

import java.io.Serializable;
import java.time.LocalDate;

import org.apache.spark.util.LongAccumulator;

import io.newslens.Metadata;
import io.newslens.NewsLens;

/**
 * What the executors need to know for a run, shipped with each task: nothing but these few values.
 *
 * @param published the publication date of inputs that do not say, or {@code null}
 * @param maxInputBytes inputs over this size get an error row
 * @param inputs counts the inputs, or {@code null}
 * @param failed counts the inputs that failed, or {@code null}
 */
record Settings(LocalDate published, long maxInputBytes, LongAccumulator inputs, LongAccumulator failed)
        implements Serializable {

    /** The command line's defaults, without counting. */
    static Settings defaults() {
        return new Settings(null, NewsLens.DEFAULT_MAX_INPUT_BYTES, null, null);
    }

    /** What inputs leave out. */
    Metadata known() {
        return published == null ? Metadata.none() : Metadata.published(published);
    }

    /** The executor's pipeline for these settings. */
    NewsLens lens() {
        return Lenses.get(maxInputBytes);
    }

    /** Counts one input, when counting. */
    void count(boolean inputFailed) {
        if (inputs != null) {
            inputs.add(1);
            if (inputFailed) {
                failed.add(1);
            }
        }
    }
}

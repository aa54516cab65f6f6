package io.newslens;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time spent in each pipeline stage, summed over threads. The pipeline's normal clock is
 * {@link #OFF}, which costs nothing; the benchmark builds a pipeline with a running one.
 */
final class StageClock {

    /** The stages of the pipeline, in data order. */
    enum Stage { LOAD, SENTENCES_TOKENS, POS, NAMES, DATES, QUOTES, JSON }

    static final StageClock OFF = new StageClock(false);

    private final boolean running;
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    StageClock(boolean running) {
        this.running = running;
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    boolean running() {
        return running;
    }

    long start() {
        return running ? System.nanoTime() : 0;
    }

    void stop(Stage stage, long start) {
        if (running) {
            nanos.get(stage).add(System.nanoTime() - start);
        }
    }

    void add(Stage stage, long elapsed) {
        nanos.get(stage).add(elapsed);
    }

    long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    void reset() {
        nanos.values().forEach(LongAdder::reset);
    }
}

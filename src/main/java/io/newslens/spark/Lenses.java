package io.newslens.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.newslens.NewsLens;

/**
 * The executor JVM's newslens pipelines, built on first use and shared by every task that runs there:
 * the models are loaded once per executor, never per row or per partition, and never shipped with a task.
 */
final class Lenses {

    /** One pipeline per size limit; a job uses one, so in practice there is one. */
    private static final Map<Long, NewsLens> BY_LIMIT = new ConcurrentHashMap<>();

    private Lenses() {
    }

    /** The pipeline refusing inputs over {@code maxInputBytes}, built by the first task that asks. */
    static NewsLens get(long maxInputBytes) {
        // computeIfAbsent blocks the executor's other tasks until the models are loaded: one load, not one per core.
        return BY_LIMIT.computeIfAbsent(maxInputBytes, limit -> NewsLens.builder().maxInputBytes(limit).build());
    }
}

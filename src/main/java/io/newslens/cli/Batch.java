package io.newslens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs analysis jobs on a pool of threads and writes their output lines as they finish, in input order
 * unless unordered. Only a bounded window of jobs is in flight, so memory does not grow with the number
 * of inputs.
 */
final class Batch implements AutoCloseable {

    /** One job's output: a JSON document and whether the input failed. */
    record Line(String json, boolean failed) {
    }

    private final ExecutorService pool;
    private final CompletionService<Line> completed;
    private final Deque<Future<Line>> inFlight = new ArrayDeque<>();
    private final int window;
    private final boolean ordered;
    private final Writer out;
    private final Progress progress;
    private int pending;
    private int done;
    private int failed;

    Batch(int threads, boolean ordered, Writer out, Progress progress) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newslens-worker");
            t.setDaemon(true);
            return t;
        });
        this.completed = new ExecutorCompletionService<>(pool);
        this.window = threads * 4;
        this.ordered = ordered;
        this.out = out;
        this.progress = progress;
    }

    /** Queues a job, first writing finished lines if the window is full. */
    void submit(Callable<Line> job) {
        Future<Line> f = completed.submit(job);
        if (ordered) {
            inFlight.addLast(f);
        }
        pending++;
        while (pending >= window) {
            writeNext();
        }
    }

    /** Waits for every queued job and writes its line. */
    void finish() {
        while (pending > 0) {
            writeNext();
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output", e);
        }
    }

    int done() {
        return done;
    }

    int failed() {
        return failed;
    }

    private void writeNext() {
        Line line = await(ordered ? inFlight.removeFirst() : take());
        pending--;
        done++;
        if (line.failed()) {
            failed++;
        }
        try {
            out.write(line.json());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output", e);
        }
        progress.update(done, failed);
    }

    private Future<Line> take() {
        try {
            return completed.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Line await(Future<Line> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // Jobs turn every failure into an error line; reaching this is a bug in newslens itself.
            throw new IllegalStateException("analysis job failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

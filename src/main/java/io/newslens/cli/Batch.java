package io.newslens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.newslens.ArticleException;

/**
 * Runs analysis jobs on a pool of threads and writes their output lines as they finish, in input order
 * unless unordered. Only a bounded window of jobs is in flight, so memory does not grow with the number
 * of inputs. A job that runs over the time limit gets an error line in its place and its thread is
 * interrupted and replaced, so one input can never stall the batch.
 */
final class Batch implements AutoCloseable {

    /** One job's output: a JSON document and whether the input failed. */
    record Line(String json, boolean failed) {
    }

    private record Job(String input, String id, Future<Line> future, AtomicLong startedAt) {
    }

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final ThreadPoolExecutor pool;
    private final Deque<Job> inFlight = new ArrayDeque<>();
    private final int window;
    private final boolean ordered;
    private final long limitNanos;
    private final Writer out;
    private final Progress progress;
    private int done;
    private int failed;

    Batch(int threads, boolean ordered, Duration timeLimit, Writer out, Progress progress) {
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "newslens-worker");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 4;
        this.ordered = ordered;
        this.limitNanos = timeLimit.toNanos();
        this.out = out;
        this.progress = progress;
    }

    /**
     * Queues a job, first writing finished lines if the window is full.
     *
     * @param input the file or record the job analyses, for its error line
     * @param id the record id, or {@code null}
     * @param job the analysis, turning its own failures into error lines
     */
    void submit(String input, String id, Callable<Line> job) {
        AtomicLong startedAt = new AtomicLong();
        Future<Line> f = pool.submit(() -> {
            startedAt.set(System.nanoTime());
            return job.call();
        });
        inFlight.addLast(new Job(input, id, f, startedAt));
        while (inFlight.size() >= window) {
            writeNext();
        }
    }

    /** Waits for every queued job and writes its line. */
    void finish() {
        while (!inFlight.isEmpty()) {
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

    /** Writes the next line: the oldest job's when ordered, else the first to finish. */
    private void writeNext() {
        while (true) {
            Iterator<Job> it = inFlight.iterator();
            while (it.hasNext()) {
                Job job = it.next();
                Line line = job.future().isDone() ? result(job) : overdue(job) ? timedOut(job) : null;
                if (line != null) {
                    it.remove();
                    write(line);
                    return;
                }
                if (ordered) {
                    break;
                }
            }
            waitBriefly(inFlight.peekFirst());
        }
    }

    private boolean overdue(Job job) {
        long started = job.startedAt().get();
        return started != 0 && System.nanoTime() - started > limitNanos;
    }

    private Line timedOut(Job job) {
        job.future().cancel(true);
        // The interrupted thread may be stuck in code that ignores interrupts: give the pool a fresh
        // thread so the batch keeps its parallelism.
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        return AnalyzeCommand.failure(job.id(), new ArticleException(job.input(),
                "time limit of " + TimeUnit.NANOSECONDS.toSeconds(limitNanos) + " s exceeded"));
    }

    private void waitBriefly(Job head) {
        try {
            head.future().get(POLL_NANOS, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException | CancellationException e) {
            // checked again by the caller's loop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Line result(Job job) {
        try {
            return job.future().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | CancellationException e) {
            // Jobs turn every failure into an error line; reaching this is a bug in newslens itself.
            throw new IllegalStateException("analysis job failed: " + job.input(), e);
        }
    }

    private void write(Line line) {
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

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

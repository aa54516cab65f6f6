package io.newslens.spark;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.newslens.ArticleException;
import io.newslens.json.JsonLines;

/**
 * The per-input time limit, as on the command line: an analysis that runs over it gets the command
 * line's error line ("time limit of 60 s exceeded") and its thread is interrupted and left behind, so
 * that one input can never stall a task, and so a job.
 */
final class TimeLimit {

    /**
     * The executor JVM's idle analysis threads, each a single-thread executor, kept across tasks and
     * reused last-in first-out. The pipeline keeps per-thread state (the tokenizer's memory of the text it
     * has split, the taggers' buffers), so the analyses must stay on as few threads as there are running
     * tasks: a cached thread pool starts a new thread whenever the last one has not yet gone back to
     * waiting, and each new thread starts with an empty memory. A thread stuck past its limit is not put
     * back; the next call starts another.
     */
    private static final Deque<ExecutorService> IDLE = new ConcurrentLinkedDeque<>();

    private TimeLimit() {
    }

    /** Runs one analysis, or gives the time-limit error line for {@code input} when it runs over. */
    static JsonLines.Line run(long seconds, String input, Supplier<JsonLines.Line> analysis) {
        ExecutorService worker = IDLE.pollFirst();
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "newslens-analysis");
                t.setDaemon(true);
                return t;
            });
        }
        Future<JsonLines.Line> f = worker.submit(analysis::get);
        try {
            JsonLines.Line line = f.get(seconds, TimeUnit.SECONDS);
            IDLE.addFirst(worker);
            return line;
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdown();
            return JsonLines.failure(null, new ArticleException(input, "time limit of " + seconds + " s exceeded"));
        } catch (InterruptedException e) {
            // Spark kills the task: stop the analysis with it.
            f.cancel(true);
            worker.shutdown();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            IDLE.addFirst(worker);
            // Analyses turn every failure into an error line; reaching this is a bug in newslens itself.
            throw new IllegalStateException("analysis failed: " + input, e.getCause());
        }
    }
}

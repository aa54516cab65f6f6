package io.newslens.spark;

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
     * The executor JVM's analysis threads, kept across tasks: the pipeline keeps per-thread state (the
     * tokenizer's memory of text it has split, the taggers' buffers) that a thread per task would rebuild
     * for every partition. A thread stuck past its limit is left busy; the pool starts another.
     */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "newslens-analysis");
        t.setDaemon(true);
        return t;
    });

    private TimeLimit() {
    }

    /** Runs one analysis, or gives the time-limit error line for {@code input} when it runs over. */
    static JsonLines.Line run(long seconds, String input, Supplier<JsonLines.Line> analysis) {
        Future<JsonLines.Line> f = WORKERS.submit(analysis::get);
        try {
            return f.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return JsonLines.failure(null, new ArticleException(input, "time limit of " + seconds + " s exceeded"));
        } catch (InterruptedException e) {
            // Spark kills the task: stop the analysis with it.
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // Analyses turn every failure into an error line; reaching this is a bug in newslens itself.
            throw new IllegalStateException("analysis failed: " + input, e.getCause());
        }
    }
}

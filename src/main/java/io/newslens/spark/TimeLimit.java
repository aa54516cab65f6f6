package io.newslens.spark;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

import io.newslens.ArticleException;
import io.newslens.json.JsonLines;

/**
 * A task's time limit per input, as on the command line: an analysis that runs over it gets the command
 * line's error line ("time limit of 60 s exceeded") and its thread is interrupted and left behind, so that
 * one input can never stall a task, and so a job.
 */
final class TimeLimit {

    private final long seconds;
    private ExecutorService worker = newWorker();

    private TimeLimit(long seconds) {
        this.seconds = seconds;
    }

    /** A time limit for the running task's inputs, released when the task ends. */
    static TimeLimit forTask(long seconds) {
        TimeLimit limit = new TimeLimit(seconds);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) ctx -> limit.worker.shutdownNow());
        }
        return limit;
    }

    /** Runs one analysis, or gives the time-limit error line for {@code input} when it runs over. */
    JsonLines.Line run(String input, Supplier<JsonLines.Line> analysis) {
        Future<JsonLines.Line> f = worker.submit(analysis::get);
        try {
            return f.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            // The interrupted thread may be stuck in code that ignores interrupts: leave it, take a fresh one.
            worker.shutdownNow();
            worker = newWorker();
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

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newslens-analysis");
            t.setDaemon(true);
            return t;
        });
    }
}

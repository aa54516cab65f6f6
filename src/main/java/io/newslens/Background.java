package io.newslens;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Runs a slow start-up task (a model, a word list) on a thread of its own, so that the models load side
 * by side: reading them one after the other was most of a one-article {@code analyze}'s time.
 */
public final class Background {

    private Background() {
    }

    /**
     * Starts {@code task} now and returns what waits for its result; a failure of the task is thrown
     * from {@link Supplier#get()}, as it would have been thrown by the task itself.
     */
    public static <T> Supplier<T> start(Supplier<T> task) {
        FutureTask<T> future = new FutureTask<>(task::get);
        Thread t = new Thread(future, "newslens-loader");
        t.setDaemon(true);
        t.start();
        return () -> result(future);
    }

    private static <T> T result(FutureTask<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

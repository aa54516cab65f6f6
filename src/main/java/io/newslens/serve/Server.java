package io.newslens.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.json.AnalysisJson;

/**
 * newslens as a local HTTP service on the JDK's own HTTP server: {@code POST /v1/analyze} and
 * {@code /v1/view}, a paste page at {@code GET /view}, health, version and an OpenAPI description.
 *
 * <p>Analyses run on a fixed pool of workers behind a bounded queue: a request that finds the queue full
 * gets 503 with {@code Retry-After} at once instead of waiting without end, and one that runs over the time
 * limit gets 503 and its analysis is interrupted. Requests are read and answered on threads of their own,
 * so health checks answer even when every worker is busy.
 */
public final class Server implements AutoCloseable {

    /** Read at start so the first request does not pay for loading the models. */
    private static final String WARM_UP = "SEOUL - Secretary of State Mike Pompeo said on Thursday that "
            + "\"talks will go on\", the State Department told reporters in Washington.";

    private final NewsLens lens;
    private final Settings settings;
    private final Guard guard;
    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor handlers;
    private final HttpServer http;
    private final Routes routes;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Server(NewsLens lens, Settings settings) throws IOException {
        this.lens = lens;
        this.settings = settings;
        this.guard = new Guard(settings.anyHost());
        this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.SECONDS,
                settings.queue() == 0 ? new java.util.concurrent.SynchronousQueue<>()
                        : new ArrayBlockingQueue<>(settings.queue()), threads("newslens-worker"));
        // Enough request threads for every request a worker runs or the queue holds, and a few for
        // health checks and refusals: a request waiting for its analysis holds its thread.
        int handlerThreads = settings.workers() + settings.queue() + 4;
        this.handlers = new ThreadPoolExecutor(handlerThreads, handlerThreads, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads("newslens-http"));
        this.routes = new Routes(this);
        this.http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 128);
        http.createContext("/", this::handle);
        http.setExecutor(handlers);
    }

    /**
     * Loads the models (an analysis of a short text makes sure), then listens.
     *
     * @throws IOException if the address cannot be bound
     */
    public static Server start(NewsLens lens, Settings settings) throws IOException {
        ReadTimeout.apply(settings.readTimeout());
        try {
            lens.analyze(WARM_UP, Metadata.published(LocalDate.of(2020, 7, 16)));
        } catch (ArticleException e) {
            throw new IllegalStateException("the pipeline cannot analyse its warm-up text", e);
        }
        Server server = new Server(lens, settings);
        server.http.start();
        return server;
    }

    /** The address the server listens on (its port, when 0 was asked, is the one given). */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** The port the server listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /**
     * Stops taking requests and lets those in flight finish, waiting up to {@code grace} for them.
     */
    public void stop(Duration grace) {
        if (stopped.getCount() == 0) {
            return;
        }
        int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, grace.toSeconds()));
        http.stop(seconds);
        workers.shutdown();
        handlers.shutdown();
        try {
            workers.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        handlers.shutdownNow();
        stopped.countDown();
    }

    /** Waits until {@link #stop} has run. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }

    NewsLens lens() {
        return lens;
    }

    Settings settings() {
        return settings;
    }

    /** Analyses waiting for a worker (for tests). */
    int queued() {
        return workers.getQueue().size();
    }

    /** Analyses running (for tests). */
    int running() {
        return workers.getActiveCount();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            try {
                guard.check(exchange);
                routes.route(exchange);
            } catch (Failure f) {
                error(exchange, f);
            } catch (RuntimeException | StackOverflowError e) {
                // The service outlives any bug a request may hit.
                error(exchange, new Failure(500, "internal error: " + e));
            }
        } catch (IOException e) {
            // The client went away or sent too slowly: nothing left to answer.
        }
    }

    /**
     * Runs {@code job} on a worker: 503 when the queue is full or the time limit passes.
     *
     * @throws Failure 422 when the job's input is no article
     */
    String run(Callable<String> job) throws Failure {
        Future<String> f = submit(job);
        if (f == null) {
            throw busy();
        }
        return await(f);
    }

    /** Queues a job, or returns {@code null} when the queue is full. */
    Future<String> submit(Callable<String> job) {
        try {
            return workers.submit(job);
        } catch (RejectedExecutionException full) {
            return null;
        }
    }

    /** The job's result within the time limit. */
    String await(Future<String> f) throws Failure {
        try {
            return f.get(settings.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | CancellationException e) {
            f.cancel(true);
            throw new Failure(503, "time limit of " + settings.timeLimit().toSeconds() + " s exceeded");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failure(503, "server shutting down");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ArticleException a) {
                throw new Failure(422, a.reason());
            }
            if (e.getCause() instanceof Failure failure) {
                throw failure;
            }
            if (e.getCause() instanceof CancellationException) {
                throw new Failure(503, "time limit of " + settings.timeLimit().toSeconds() + " s exceeded");
            }
            throw new Failure(500, "internal error: " + e.getCause());
        }
    }

    static Failure busy() {
        return new Failure(503, "server busy: the queue of analyses is full, retry later", true);
    }

    /** Answers with the error object, if the answer has not begun. */
    static void error(HttpExchange exchange, Failure f) throws IOException {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        if (f.retry()) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        String json = AnalysisJson.errorJson(null, new ArticleException(Request.describe(exchange), f.getMessage()));
        send(exchange, f.status(), "application/json", json + "\n");
    }

    /** Answers with {@code body} in UTF-8. */
    static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static java.util.concurrent.ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

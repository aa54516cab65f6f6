package io.newslens.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import com.sun.net.httpserver.HttpExchange;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.json.AnalysisJson;
import io.newslens.json.InputRecord;
import io.newslens.model.Analysis;
import io.newslens.model.InputFormat;
import io.newslens.view.HtmlView;

/** The service's endpoints: which request gets which answer. */
final class Routes {

    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";
    private static final String HTML = "text/html";
    private static final String FORM = "application/x-www-form-urlencoded";

    private static final String OPENAPI = resource("openapi.json");
    private static final String PASTE_PAGE = resource("paste.html");

    private final Server server;
    private final NewsLens lens;
    private final long maxBytes;

    Routes(Server server) {
        this.server = server;
        this.lens = server.lens();
        this.maxBytes = server.settings().maxBytes();
    }

    void route(HttpExchange ex) throws Failure, IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        switch (path) {
            case "/v1/health" -> get(ex, method, () -> Server.send(ex, 200, JSON, "{\"status\":\"ok\"}\n"));
            case "/v1/version" -> get(ex, method, () -> Server.send(ex, 200, JSON, version()));
            case "/v1/openapi.json" -> get(ex, method, () -> Server.send(ex, 200, JSON, OPENAPI));
            case "/view", "/" -> get(ex, method, () -> html(ex, PASTE_PAGE));
            case "/v1/analyze" -> post(ex, method, () -> analyze(ex));
            case "/v1/view" -> post(ex, method, () -> view(ex));
            default -> throw new Failure(404, "no such endpoint: " + path);
        }
    }

    private interface Answer {
        void send() throws Failure, IOException;
    }

    private static void get(HttpExchange ex, String method, Answer answer) throws Failure, IOException {
        if (!method.equals("GET")) {
            ex.getResponseHeaders().set("Allow", "GET");
            throw new Failure(405, "method " + method + " not allowed: use GET");
        }
        answer.send();
    }

    private static void post(HttpExchange ex, String method, Answer answer) throws Failure, IOException {
        if (!method.equals("POST")) {
            ex.getResponseHeaders().set("Allow", "POST");
            throw new Failure(405, "method " + method + " not allowed: use POST");
        }
        answer.send();
    }

    private void analyze(HttpExchange ex) throws Failure, IOException {
        Request r = new Request(ex);
        if (r.mediaType().equals(NDJSON)) {
            stream(ex, r);
            return;
        }
        Job job = job(r, false);
        Server.send(ex, 200, JSON, server.run(() -> lens.toJson(job.analyze())) + "\n");
    }

    private void view(HttpExchange ex) throws Failure, IOException {
        Job job = job(new Request(ex), true);
        html(ex, server.run(() -> HtmlView.render(job.analyze())));
    }

    private static void html(HttpExchange ex, String page) throws IOException {
        ex.getResponseHeaders().set("Content-Security-Policy", HtmlView.CONTENT_SECURITY_POLICY);
        ex.getResponseHeaders().set("X-Frame-Options", "DENY");
        Server.send(ex, 200, HTML, page);
    }

    /** An analysis to run on a worker. */
    private interface Job {
        Analysis analyze() throws ArticleException;
    }

    /** Reads the request's article; {@code form} also takes the paste page's form. */
    private Job job(Request r, boolean form) throws Failure, IOException {
        switch (r.mediaType()) {
            case "text/plain", HTML -> {
                InputFormat format = r.format(r.mediaType().equals(HTML) ? InputFormat.HTML : InputFormat.TEXT);
                Metadata known = new Metadata(null, null, r.published(), null, format);
                String text = r.text(maxBytes);
                return () -> lens.analyze(text, known);
            }
            case JSON -> {
                InputRecord record = record(r.text(maxBytes), "request");
                Metadata known = recordMetadata(record).orElse(Metadata.published(r.published()));
                String text = recordContent(record, known.format());
                return () -> lens.analyze(text, known);
            }
            case FORM -> {
                if (!form) {
                    throw unsupported(r);
                }
                Map<String, String> fields = Request.form(new String(r.bytes(maxBytes), StandardCharsets.US_ASCII));
                String text = fields.getOrDefault("text", "");
                Metadata known = new Metadata(null, null, Request.date(fields.get("published")), null,
                        Request.format(fields.get("format"), InputFormat.TEXT));
                return () -> lens.analyze(text, known);
            }
            default -> throw unsupported(r);
        }
    }

    private static Failure unsupported(Request r) {
        return new Failure(415, r.mediaType().isEmpty() ? "no Content-Type: send text/plain, text/html, "
                + "application/json or application/x-ndjson"
                : "unsupported Content-Type " + r.mediaType()
                        + ": send text/plain, text/html, application/json or application/x-ndjson");
    }

    private static InputRecord record(String json, String name) throws Failure {
        try {
            return InputRecord.parse(json, name);
        } catch (ArticleException e) {
            throw new Failure(400, e.reason());
        }
    }

    /** The record's metadata; a record without an id gets none in its answer. */
    private static Metadata recordMetadata(InputRecord record) throws Failure {
        try {
            Metadata m = record.metadata();
            return new Metadata(record.id(), m.title(), m.published(), m.url(), m.format());
        } catch (ArticleException e) {
            throw new Failure(400, e.reason());
        }
    }

    private static String recordContent(InputRecord record, InputFormat format) throws Failure {
        try {
            return record.content(format);
        } catch (ArticleException e) {
            throw new Failure(400, e.reason());
        }
    }

    /**
     * JSON Lines in, JSON Lines out in input order, each line written as soon as it and those before it
     * are done. Up to one record per worker runs at once; a record that cannot be analysed gets its error
     * line, as in {@code analyze --records}.
     */
    private void stream(HttpExchange ex, Request r) throws Failure, IOException {
        // Read whole before answering: the read timeout covers the body, and a stream read as its
        // analyses finish could take longer than that.
        String[] lines = r.text(maxBytes).split("\r?\n", -1);
        Metadata defaults = Metadata.published(r.published());
        Deque<Future<String>> window = new ArrayDeque<>();
        OutputStream out = null;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Callable<String> job = recordJob(lines[i], i + 1, defaults);
            Future<String> f = server.submit(job);
            if (out == null) {
                if (f == null) {
                    throw Server.busy();
                }
                ex.getResponseHeaders().set("Content-Type", NDJSON + "; charset=utf-8");
                ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                ex.sendResponseHeaders(200, 0);
                out = ex.getResponseBody();
            }
            window.addLast(f != null ? f : waitForWorker(job, window, out));
            while (window.size() > server.settings().workers()) {
                writeLine(out, window.removeFirst());
            }
        }
        if (out == null) {
            throw new Failure(400, "no records in the request body");
        }
        while (!window.isEmpty()) {
            writeLine(out, window.removeFirst());
        }
        out.close();
    }

    /** With every worker busy, writes finished lines until a record can be queued. */
    private Future<String> waitForWorker(Callable<String> job, Deque<Future<String>> window, OutputStream out)
            throws IOException {
        while (true) {
            if (!window.isEmpty()) {
                writeLine(out, window.removeFirst());
            } else {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            Future<String> f = server.submit(job);
            if (f != null) {
                return f;
            }
        }
    }

    private void writeLine(OutputStream out, Future<String> f) throws IOException {
        String line;
        try {
            line = server.await(f);
        } catch (Failure e) {
            line = errorLine("record", e.getMessage());
        }
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private Callable<String> recordJob(String line, int n, Metadata defaults) {
        return () -> {
            InputRecord record;
            try {
                record = InputRecord.parse(line, "record " + n);
            } catch (ArticleException e) {
                return AnalysisJson.errorJson(null, e);
            }
            try {
                Metadata known = record.metadata();
                return lens.toJson(lens.analyze(record.content(known.format()), known.orElse(defaults)));
            } catch (ArticleException e) {
                return AnalysisJson.errorJson(record.id(), e);
            }
        };
    }

    private static String errorLine(String input, String reason) {
        return AnalysisJson.errorJson(null, new ArticleException(input, reason));
    }

    private static String version() {
        String v = Routes.class.getPackage().getImplementationVersion();
        return "{\"name\":\"newslens\",\"version\":\"" + (v == null ? "development build" : v.replace("\"", ""))
                + "\",\"schema\":\"" + AnalysisJson.SCHEMA + "\"}\n";
    }

    private static String resource(String name) {
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.newslens.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.model.InputFormat;
import io.newslens.quotes.QuoteFinder;

/** Real HTTP round trips with the JDK's client against a server on an ephemeral loopback port. */
class ServerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SEED = Path.of("testdata/seeds/000_322f0aae7f5fed0d.txt");
    private static final long MAX_BYTES = 200_000;

    private static NewsLens lens;
    private static Server server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        // A short read timeout for the slow-client test; the JDK server reads it once, at its first start.
        System.setProperty(ReadTimeout.PROPERTY, "2");
        lens = NewsLens.builder().maxInputBytes(MAX_BYTES).build();
        server = Server.start(lens, settings(4, 64, Duration.ofSeconds(60)));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    private static Settings settings(int workers, int queue, Duration timeLimit) {
        return new Settings("127.0.0.1", 0, workers, queue, timeLimit, MAX_BYTES, Duration.ofSeconds(2), false);
    }

    private static HttpResponse<String> get(Server s, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(s, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(Server s, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(Server s, String path) {
        return URI.create("http://127.0.0.1:" + s.port() + path);
    }

    private static String reason(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return MAPPER.readTree(r.body()).at("/error/reason").asText();
    }

    @Test
    void healthVersionAndOpenApiDescribeTheService() throws Exception {
        assertEquals("ok", MAPPER.readTree(get(server, "/v1/health").body()).get("status").asText());
        JsonNode version = MAPPER.readTree(get(server, "/v1/version").body());
        assertEquals("newslens", version.get("name").asText());
        assertEquals("newslens/1", version.get("schema").asText());
        JsonNode api = MAPPER.readTree(get(server, "/v1/openapi.json").body());
        assertEquals("3.0.3", api.get("openapi").asText());
        for (String path : List.of("/v1/analyze", "/v1/view", "/view", "/v1/health", "/v1/version", "/v1/openapi.json")) {
            assertTrue(api.get("paths").has(path), path);
        }
    }

    @Test
    void plainTextGivesTheSameJsonAsTheCommandLine() throws Exception {
        String text = Files.readString(SEED);
        HttpResponse<String> r = post(server, "/v1/analyze", "text/plain; charset=utf-8", text);

        assertEquals(200, r.statusCode());
        assertEquals(lens.toJson(lens.analyze(text, Metadata.none().withFormat(InputFormat.TEXT))), r.body().strip());
        JsonNode json = MAPPER.readTree(r.body());
        assertEquals("Pompeo downplays possibility of summit with North Korea", json.at("/article/title").asText());
        assertEquals("Mike Pompeo", json.at("/people/0/name").asText());
    }

    @Test
    void queryParametersSetThePublicationDateAndFormat() throws Exception {
        String text = "Mike Pompeo spoke in Seoul on Thursday.";
        JsonNode json = MAPPER.readTree(post(server, "/v1/analyze?published=2020-07-16&format=plain", "text/plain",
                text).body());

        assertEquals(text, json.at("/article/text").asText());
        assertEquals("2020-07-16", json.at("/article/published/value").asText());
        assertEquals("2020-07-16", json.at("/dates/0/value").asText());
    }

    @Test
    void htmlIsReadAsAPage() throws Exception {
        Path page = Path.of("testdata/fixtures/html/opengraph.html");
        HttpResponse<String> r = post(server, "/v1/analyze", "text/html; charset=utf-8", Files.readString(page));

        assertEquals(200, r.statusCode());
        JsonNode json = MAPPER.readTree(r.body());
        assertEquals("html", json.at("/source/format").asText());
        assertEquals(lens.analyze(page).article().title(), json.at("/article/title").asText());
    }

    @Test
    void aJsonInputRecordKeepsItsIdAndMetadata() throws Exception {
        String record = "{\"id\": \"doc-17\", \"text\": \"Mike Pompeo spoke in Seoul on Thursday.\", "
                + "\"published\": \"2020-07-16\", \"format\": \"plain\"}";
        JsonNode json = MAPPER.readTree(post(server, "/v1/analyze", "application/json", record).body());

        assertEquals("doc-17", json.get("id").asText());
        assertEquals("2020-07-16", json.at("/dates/0/value").asText());
    }

    @Test
    void jsonLinesAnswerOneLinePerRecordInInputOrder() throws Exception {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            records.add(i == 4 ? "not json" : "{\"id\": \"r" + i + "\", \"text\": \"Mike Pompeo spoke in Seoul on day "
                    + i + ".\"}");
        }
        HttpResponse<String> r = post(server, "/v1/analyze", "application/x-ndjson", String.join("\n", records) + "\n");

        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        String[] lines = r.body().split("\n");
        assertEquals(9, lines.length);
        for (int i = 0; i < 9; i++) {
            JsonNode line = MAPPER.readTree(lines[i]);
            if (i == 4) {
                assertEquals("record 5", line.at("/error/input").asText());
            } else {
                assertEquals("r" + i, line.get("id").asText());
                assertTrue(line.at("/article/text").asText().endsWith("day " + i + "."));
            }
        }
    }

    @Test
    void viewPagesDrawTheArticleAndThePastePagePostsToThem() throws Exception {
        HttpResponse<String> paste = get(server, "/view");
        assertEquals(200, paste.statusCode());
        assertTrue(paste.headers().firstValue("Content-Security-Policy").isPresent());
        Document form = Jsoup.parse(paste.body());
        assertEquals("/v1/view", form.selectFirst("form").attr("action"));
        assertNotNull(form.selectFirst("textarea[name=text]"));

        HttpResponse<String> r = post(server, "/v1/view", "application/x-www-form-urlencoded",
                "format=plain&published=2020-07-16&text=" + java.net.URLEncoder.encode(
                        "Mike Pompeo said \"<script>alert(1)</script>\" in Seoul on Thursday.", StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        Document page = Jsoup.parse(r.body());
        assertEquals(1, page.select("script").size());
        assertEquals("Mike Pompeo", page.selectFirst("#body mark.m.per").text());
        assertEquals("Date: 2020-07-16", page.selectFirst("#body mark.d").attr("title"));

        HttpResponse<String> fromText = post(server, "/v1/view", "text/plain", Files.readString(SEED));
        assertEquals("Pompeo downplays possibility of summit with North Korea",
                Jsoup.parse(fromText.body()).selectFirst("h1").text());
    }

    @Test
    void badRequestsGetTheirErrorStatus() throws Exception {
        HttpResponse<String> malformed = post(server, "/v1/analyze", "application/json", "{\"text\": ");
        assertEquals(400, malformed.statusCode());
        assertTrue(reason(malformed).startsWith("record is not valid JSON"));
        HttpResponse<String> badDate = post(server, "/v1/analyze?published=July", "text/plain", "Some text.");
        assertEquals(400, badDate.statusCode());
        assertEquals("published is not a date (YYYY-MM-DD): July", reason(badDate));
        assertEquals(400, post(server, "/v1/analyze", "application/json", "{\"text\": 42}").statusCode());

        HttpResponse<String> big = post(server, "/v1/analyze", "text/plain", "word ".repeat(50_000));
        assertEquals(413, big.statusCode());
        assertEquals("request body is over the size limit of 0.2 MiB", reason(big));

        HttpResponse<String> xml = post(server, "/v1/analyze", "application/xml", "<a/>");
        assertEquals(415, xml.statusCode());
        assertTrue(reason(xml).startsWith("unsupported Content-Type application/xml"));
        assertEquals(415, post(server, "/v1/analyze", null, "text").statusCode());

        HttpResponse<String> empty = post(server, "/v1/analyze", "text/plain", "   \n ");
        assertEquals(422, empty.statusCode());
        assertEquals("empty article", reason(empty));

        assertEquals(404, get(server, "/v2/analyze").statusCode());
        HttpResponse<String> wrongMethod = get(server, "/v1/analyze");
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElse(null));
        // and the server still answers
        assertEquals(200, get(server, "/v1/health").statusCode());
    }

    @Test
    void concurrentRequestsGiveTheSameJsonAsSequentialOnes() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path p : List.of(SEED, Path.of("testdata/seeds/002_d10553fbf6ab2ee2.txt"),
                Path.of("testdata/bench/01_port_strike.txt"), Path.of("testdata/bench/03_space_launch.txt"))) {
            texts.add(Files.readString(p));
        }
        List<String> sequential = new ArrayList<>();
        for (String t : texts) {
            sequential.add(post(server, "/v1/analyze", "text/plain", t).body());
        }
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(client.sendAsync(HttpRequest.newBuilder(uri(server, "/v1/analyze"))
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(texts.get(i % 4)))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < 16; i++) {
            HttpResponse<String> r = answers.get(i).get(120, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode());
            assertEquals(sequential.get(i % 4), r.body());
        }
    }

    @Test
    void pagesOfOtherSitesCannotReachTheServer() throws Exception {
        String rebound = raw(server, "GET /v1/health HTTP/1.1\r\nHost: evil.example:" + server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
        assertTrue(rebound.contains("host not allowed: evil.example"));
        String local = raw(server, "GET /v1/health HTTP/1.1\r\nHost: localhost:" + server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(local.startsWith("HTTP/1.1 200"), local);

        HttpResponse<String> crossSite = client.send(HttpRequest.newBuilder(uri(server, "/v1/view"))
                .header("Content-Type", "text/plain").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("Mike Pompeo spoke.")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, crossSite.statusCode());
        HttpResponse<String> sameSite = client.send(HttpRequest.newBuilder(uri(server, "/v1/view"))
                .header("Content-Type", "text/plain").header("Origin", "http://127.0.0.1:" + server.port())
                .POST(HttpRequest.BodyPublishers.ofString("Mike Pompeo spoke.")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sameSite.statusCode());
    }

    @Test
    void aClientThatStopsSendingItsBodyIsDisconnected() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 1000\r\n\r\nonly a few bytes").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            s.setSoTimeout(60_000);
            // The server closes the connection (read timeout 2 s here) instead of waiting for the rest.
            assertEquals(-1, s.getInputStream().read());
        }
        assertEquals(200, get(server, "/v1/health").statusCode());
    }

    @Test
    void aFullQueueGets503AndASlowAnalysisTheTimeLimitWhileInFlightRequestsFinishOnStop() throws Exception {
        Gate gate = new Gate();
        NewsLens slow = NewsLens.builder().quoteFinder(gate).build();
        Server small = Server.start(slow, settings(1, 1, Duration.ofSeconds(600)));
        gate.open();
        gate.close();
        try {
            CompletableFuture<HttpResponse<String>> running = postAsync(small, "Mike Pompeo spoke in Seoul.");
            gate.awaitEntered();
            CompletableFuture<HttpResponse<String>> queued = postAsync(small, "Moon Jae-in spoke in Seoul.");
            while (small.queued() < 1) {
                Thread.sleep(5);
            }
            HttpResponse<String> busy = post(small, "/v1/analyze", "text/plain", "Kim Jong Un spoke.");
            assertEquals(503, busy.statusCode());
            assertEquals("1", busy.headers().firstValue("Retry-After").orElse(null));
            assertTrue(reason(busy).startsWith("server busy"));
            assertEquals(200, get(small, "/v1/health").statusCode(), "health answers while workers are busy");

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> small.stop(Duration.ofSeconds(30)));
            gate.open();
            assertEquals(200, running.get(60, TimeUnit.SECONDS).statusCode());
            assertEquals(200, queued.get(60, TimeUnit.SECONDS).statusCode());
            stopping.get(60, TimeUnit.SECONDS);
            assertThrows(IOException.class, () -> get(small, "/v1/health"));
        } finally {
            gate.open();
            small.stop(Duration.ofSeconds(1));
        }

        Gate never = new Gate();
        Server limited = Server.start(NewsLens.builder().quoteFinder(never).build(),
                settings(1, 1, Duration.ofSeconds(1)));
        never.open();
        never.close();
        try {
            HttpResponse<String> late = post(limited, "/v1/analyze", "text/plain", "Mike Pompeo spoke in Seoul.");
            assertEquals(503, late.statusCode());
            assertEquals("time limit of 1 s exceeded", reason(late));
            assertNull(late.headers().firstValue("Retry-After").orElse(null));
            never.open();
            assertEquals(200, post(limited, "/v1/analyze", "text/plain", "Mike Pompeo spoke.").statusCode());
        } finally {
            never.open();
            limited.stop(Duration.ofSeconds(1));
        }
    }

    private static CompletableFuture<HttpResponse<String>> postAsync(Server s, String text) {
        return client.sendAsync(HttpRequest.newBuilder(uri(s, "/v1/analyze")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String raw(Server s, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A quote stage that holds each analysis until the test lets it through. */
    private static final class Gate implements QuoteFinder {
        private volatile CountDownLatch open = new CountDownLatch(0);
        private final CountDownLatch entered = new CountDownLatch(1);

        void close() {
            open = new CountDownLatch(1);
        }

        void open() {
            open.countDown();
        }

        void awaitEntered() throws InterruptedException {
            assertTrue(entered.await(60, TimeUnit.SECONDS));
        }

        @Override
        public List<io.newslens.model.Quote> find(io.newslens.nlp.AnnotatedText text, io.newslens.names.Entities e) {
            entered.countDown();
            try {
                open.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }
    }

    @Test
    void settingsRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> settings(0, 1, Duration.ofSeconds(1)));
        assertFalse(Guard.isLoopback("evil.example"));
        assertTrue(Guard.isLoopback("127.0.0.1"));
        assertTrue(Guard.isLoopback("::1"));
        assertEquals("::1", Guard.hostName("[::1]:8080"));
        assertEquals(LocalDate.of(2020, 7, 16), LocalDate.parse("2020-07-16"));
    }
}

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of `newslens serve` (not a test; loopback only, bounded): REQUESTS POSTs of the bench and
 * seed articles from CLIENTS concurrent clients; every answer must be 200 and equal the answer the same
 * server gave that article alone. Prints throughput, p50/p99 latency, the server's CPU time per request,
 * and the same for `analyze --threads 2` on the same articles, and the warm p50 of a 700-word article
 * sent by one client.
 *
 * Run from the repository root after the build: java .ci/LoadBench.java [REQUESTS] [CLIENTS]
 */
public class LoadBench {

    static final String JAR = "target/newslens.jar";

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("testdata/bench", "testdata/seeds")) {
            try (var list = Files.list(Path.of(dir))) {
                list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f));
        }
        System.out.printf(Locale.ROOT, "load-bench: %d requests, %d clients, %d articles, %d cores, load average %s%n",
                requests, clients, texts.size(), Runtime.getRuntime().availableProcessors(), loadAverage());

        Process server = new ProcessBuilder("java", "-jar", JAR, "serve", "--port", "0", "--workers", "2")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + port(server) + "/v1/analyze");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(clients)).build();
            List<String> expected = new ArrayList<>();
            for (String t : texts) {
                expected.add(post(client, uri, t).body());
            }
            for (int i = 0; i < 40; i++) {
                post(client, uri, texts.get(i % texts.size()));
            }
            Duration cpu0 = cpu(server);
            long[] latencies = new long[requests];
            AtomicInteger errors = new AtomicInteger();
            AtomicInteger diffs = new AtomicInteger();
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        int a = i % texts.size();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = post(client, uri, texts.get(a));
                            latencies[i] = System.nanoTime() - t0;
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            } else if (!r.body().equals(expected.get(a))) {
                                diffs.incrementAndGet();
                            }
                        } catch (Exception e) {
                            latencies[i] = System.nanoTime() - t0;
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Duration cpu = cpu(server).minus(cpu0);
            pool.shutdown();
            // One client after the load, so the JIT has compiled what the requests run.
            long[] warm = new long[60];
            String article700 = Files.readString(Path.of("testdata/bench/01_port_strike.txt"));
            Duration warmCpu0 = cpu(server);
            for (int i = 0; i < warm.length; i++) {
                long t0 = System.nanoTime();
                post(client, uri, article700);
                warm[i] = System.nanoTime() - t0;
            }
            double warmCpuMs = cpu(server).minus(warmCpu0).toNanos() / 1e6 / warm.length;
            Arrays.sort(warm);

            Arrays.sort(latencies);
            System.out.printf(Locale.ROOT, "serve: %d requests in %.1f s: %.1f req/s, p50 %.0f ms, p99 %.0f ms, "
                    + "errors %d, JSON differences %d, server CPU %.1f ms/request%n", requests, seconds,
                    requests / seconds, ms(latencies, 0.50), ms(latencies, 0.99), errors.get(), diffs.get(),
                    cpu.toNanos() / 1e6 / requests);
            System.out.printf(Locale.ROOT, "serve: 700-word article (%s), one client, warm: p50 %.1f ms, "
                    + "server CPU %.1f ms/request%n", "testdata/bench/01_port_strike.txt", ms(warm, 0.50), warmCpuMs);
            if (errors.get() > 0 || diffs.get() > 0) {
                System.exit(1);
            }
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
        analyzeCompared(texts, requests);
        // The HTTP client's threads would keep the JVM alive.
        System.exit(0);
    }

    /** `analyze --threads 2` on the same REQUESTS articles as records, its start-up (one record) taken off. */
    static void analyzeCompared(List<String> texts, int requests) throws Exception {
        Path dir = Files.createTempDirectory("load-bench");
        Path all = dir.resolve("all.jsonl");
        Path one = dir.resolve("one.jsonl");
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < requests; i++) {
            records.append("{\"id\":\"r").append(i).append("\",\"format\":\"text\",\"text\":")
                    .append(quote(texts.get(i % texts.size()))).append("}\n");
        }
        Files.writeString(all, records);
        Files.writeString(one, records.substring(0, records.indexOf("\n") + 1));
        double[] startup = analyze(one);
        double[] full = analyze(all);
        double seconds = full[0] - startup[0];
        System.out.printf(Locale.ROOT, "analyze --threads 2: %d articles in %.1f s after a %.1f s start: %.1f art/s, "
                + "CPU %.1f ms/article%n", requests, seconds, startup[0], requests / seconds,
                (full[1] - startup[1]) * 1000 / requests);
        Files.delete(all);
        Files.delete(one);
        Files.delete(dir);
    }

    /** Wall and CPU seconds of one `analyze --threads 2` run. */
    static double[] analyze(Path records) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("java", "-jar", JAR, "analyze", "--threads", "2", "--no-progress", "--records",
                records.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle handle = p.toHandle();
        Duration[] lastCpu = {Duration.ZERO};
        while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
            handle.info().totalCpuDuration().ifPresent(d -> lastCpu[0] = d);
        }
        if (p.exitValue() != 0) {
            throw new IOException("analyze failed on " + records);
        }
        return new double[] {(System.nanoTime() - t0) / 1e9, lastCpu[0].toNanos() / 1e9};
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    static HttpResponse<String> post(HttpClient client, URI uri, String text) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }

    static Duration cpu(Process p) {
        return p.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static int port(Process server) throws IOException {
        Pattern serving = Pattern.compile("serving on http://[^:]+:(\\d+)/");
        BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            Matcher m = serving.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        err.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the server is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IOException("serve did not start");
    }
}

package io.newslens;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.newslens.model.Analysis;
import io.newslens.nlp.OpenNlpAnnotator;

/**
 * Measures newslens' speed on a fixed set of articles: articles and tokens per second for the whole
 * pipeline (one thread and several) and for each stage, peak heap, and the wall time of a one-article
 * {@code analyze} from a cold JVM. This is what {@code newslens bench} runs.
 */
public final class Benchmark {

    private final List<Path> articles;
    private final Duration runTime;
    private final int threads;

    /**
     * @param articles the article files, analysed round-robin
     * @param runTime how long each measured run lasts (after an equal warm-up)
     * @param threads the thread count of the parallel run
     */
    public Benchmark(List<Path> articles, Duration runTime, int threads) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to benchmark");
        }
        this.articles = List.copyOf(articles);
        this.runTime = runTime;
        this.threads = threads;
    }

    /**
     * Runs every measurement and returns the figures by name, in print order.
     *
     * @throws ArticleException if an article of the set cannot be analysed
     */
    public Map<String, Double> run() throws ArticleException {
        Map<String, Double> out = new LinkedHashMap<>();
        NewsLens lens = NewsLens.builder().build();
        long[] tokens = tokenCounts();
        out.put("articles", (double) articles.size());
        out.put("words.per.article", average(tokens));
        throughput(lens, 1, tokens);
        double[] one = throughput(lens, 1, tokens);
        out.put("pipeline.1thread.articles_per_s", one[0]);
        out.put("pipeline.1thread.tokens_per_s", one[1]);
        double[] many = throughput(lens, threads, tokens);
        out.put("pipeline." + threads + "threads.articles_per_s", many[0]);
        out.put("pipeline." + threads + "threads.tokens_per_s", many[1]);
        out.put("pipeline.speedup", many[0] / one[0]);
        out.putAll(stages(tokens));
        out.put("heap.peak_mib", peakHeapMiB());
        Double cold = coldStartSeconds();
        if (cold != null) {
            out.put("cold.analyze_one_article_s", cold);
        }
        return out;
    }

    private long[] tokenCounts() {
        OpenNlpAnnotator annotator = OpenNlpAnnotator.english();
        NewsLens lens = NewsLens.builder().annotator(annotator).build();
        long[] counts = new long[articles.size()];
        for (int i = 0; i < counts.length; i++) {
            try {
                counts[i] = annotator.annotate(lens.analyze(articles.get(i)).article().text(), false).tokenCount();
            } catch (ArticleException e) {
                throw new IllegalArgumentException("benchmark article fails: " + e.getMessage(), e);
            }
        }
        return counts;
    }

    /** Analyses round-robin on {@code n} threads for the run time; returns {articles/s, tokens/s}. */
    private double[] throughput(NewsLens lens, int n, long[] tokens) throws ArticleException {
        AtomicLong done = new AtomicLong();
        AtomicLong tokenSum = new AtomicLong();
        long deadline = System.nanoTime() + runTime.toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                int offset = w;
                workers.add(pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < deadline; i += n) {
                        int k = i % articles.size();
                        lens.toJson(analyze(lens, k));
                        done.incrementAndGet();
                        tokenSum.addAndGet(tokens[k]);
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (Exception e) {
            throw new ArticleException("benchmark", "run failed: " + e, e);
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new double[] {done.get() / seconds, tokenSum.get() / seconds};
    }

    private Analysis analyze(NewsLens lens, int k) {
        try {
            return lens.analyze(articles.get(k));
        } catch (ArticleException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One thread with the stage clock on: articles/s and tokens/s of each stage alone. */
    private Map<String, Double> stages(long[] tokens) throws ArticleException {
        StageClock clock = new StageClock(true);
        NewsLens timed = NewsLens.builder().clock(clock).build();
        throughput(timed, 1, tokens);
        clock.reset();
        long articlesDone = 0;
        long tokensDone = 0;
        long deadline = System.nanoTime() + runTime.toNanos();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            int k = i % articles.size();
            timed.toJson(timed.analyze(articles.get(k)));
            articlesDone++;
            tokensDone += tokens[k];
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (StageClock.Stage s : timed.stages()) {
            double seconds = Math.max(1e-9, clock.nanos(s) / 1e9);
            String name = "stage." + s.name().toLowerCase(java.util.Locale.ROOT);
            out.put(name + ".articles_per_s", articlesDone / seconds);
            out.put(name + ".tokens_per_s", tokensDone / seconds);
        }
        return out;
    }

    private static double peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }

    /** Wall time of {@code java -jar newslens.jar analyze FILE} in a new JVM, or null when not run from a jar. */
    private Double coldStartSeconds() {
        try {
            File jar = new File(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!jar.isFile()) {
                return null;
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            long start = System.nanoTime();
            Process p = new ProcessBuilder(java, "-jar", jar.getPath(), "analyze", articles.get(0).toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            return code == 0 ? (System.nanoTime() - start) / 1e9 : null;
        } catch (IOException | URISyntaxException | SecurityException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static double average(long[] values) {
        long sum = 0;
        for (long v : values) {
            sum += v;
        }
        return (double) sum / values.length;
    }
}

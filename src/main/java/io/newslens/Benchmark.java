package io.newslens;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.newslens.model.Analysis;
import io.newslens.nlp.AnnotatedText;
import io.newslens.nlp.OpenNlpAnnotator;

/**
 * Measures newslens' speed on a fixed set of articles: articles, tokens and words per second for the
 * whole pipeline (one thread and several), with articles per second scaled to a typical
 * {@value #TYPICAL_WORDS}-word article, each stage's throughput, peak heap, and the wall time of a
 * one-article {@code analyze} from a cold JVM. This is what {@code newslens bench} runs.
 */
public final class Benchmark {

    /** The length of a typical news article, in words, that the normalised figures scale to. */
    public static final int TYPICAL_WORDS = 700;
    private static final int COLD_RUNS = 3;

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
        NewsLens lens = NewsLens.builder().annotator(OpenNlpAnnotator.english(false)).build();
        long[][] counts = counts();
        long[] tokens = counts[0];
        double wordsPerToken = (double) sum(counts[1]) / sum(tokens);
        out.put("articles", (double) articles.size());
        out.put("words.per.article", average(counts[1]));
        out.put("tokens.per.article", average(tokens));
        out.put("sentences.per.article", average(counts[2]));
        throughput(lens, 1, tokens);
        double[] one = throughput(lens, 1, tokens);
        putPipeline(out, "pipeline.1thread", one, wordsPerToken);
        double[] many = throughput(lens, threads, tokens);
        putPipeline(out, "pipeline." + threads + "threads", many, wordsPerToken);
        out.put("pipeline.speedup", many[0] / one[0]);
        out.putAll(stages(tokens, sum(counts[2]) / (double) sum(tokens)));
        out.put("heap.peak_mib", peakHeapMiB());
        Double cold = coldStartSeconds();
        if (cold != null) {
            out.put("cold.analyze_one_article_s", cold);
        }
        return out;
    }

    /**
     * Articles/s and tokens/s of a run, and articles/s scaled to {@link #TYPICAL_WORDS}-word articles
     * (words/s over that length), so runs on articles of other lengths compare.
     */
    private static void putPipeline(Map<String, Double> out, String name, double[] run, double wordsPerToken) {
        out.put(name + ".articles_per_s", run[0]);
        out.put(name + ".tokens_per_s", run[1]);
        out.put(name + ".words_per_s", run[1] * wordsPerToken);
        out.put(name + ".articles_per_s_at_" + TYPICAL_WORDS + "_words", run[1] * wordsPerToken / TYPICAL_WORDS);
        // Per CPU-second of the workers: what other processes on a busy machine take does not count.
        out.put(name + ".articles_per_cpu_s_at_" + TYPICAL_WORDS + "_words", run[2] * wordsPerToken / TYPICAL_WORDS);
    }

    /** Per article, {tokens, words, sentences} of the body text the pipeline reads. */
    private long[][] counts() {
        OpenNlpAnnotator annotator = OpenNlpAnnotator.english();
        NewsLens lens = NewsLens.builder().annotator(annotator).build();
        long[][] counts = new long[3][articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            try {
                String text = lens.analyze(articles.get(i)).article().text();
                AnnotatedText annotated = annotator.annotate(text, false);
                counts[0][i] = annotated.tokenCount();
                counts[1][i] = words(text);
                counts[2][i] = annotated.sentences().size();
            } catch (ArticleException e) {
                throw new IllegalArgumentException("benchmark article fails: " + e.getMessage(), e);
            }
        }
        return counts;
    }

    /** Words as a reader counts them: runs of non-space characters holding a letter or digit. */
    static long words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).count();
    }

    /**
     * Analyses round-robin on {@code n} threads for the run time; returns {articles/s, tokens/s, tokens
     * per CPU-second of the worker threads}.
     */
    private double[] throughput(NewsLens lens, int n, long[] tokens) throws ArticleException {
        AtomicLong done = new AtomicLong();
        AtomicLong tokenSum = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + runTime.toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                int offset = w;
                workers.add(pool.submit(() -> {
                    long cpu0 = cpu.getCurrentThreadCpuTime();
                    for (int i = offset; System.nanoTime() < deadline; i += n) {
                        int k = i % articles.size();
                        lens.toJson(analyze(lens, k));
                        done.incrementAndGet();
                        tokenSum.addAndGet(tokens[k]);
                    }
                    cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpu0);
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
        return new double[] {done.get() / seconds, tokenSum.get() / seconds, tokenSum.get() / (cpuNanos.get() / 1e9)};
    }

    private Analysis analyze(NewsLens lens, int k) {
        try {
            return lens.analyze(articles.get(k));
        } catch (ArticleException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One thread with the stage clock on: articles/s and tokens/s of each stage alone, and the
     * microseconds each stage spends on a sentence.
     */
    private Map<String, Double> stages(long[] tokens, double sentencesPerToken) throws ArticleException {
        StageClock clock = new StageClock(true);
        NewsLens timed = NewsLens.builder().clock(clock).annotator(OpenNlpAnnotator.english(false)).build();
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
            out.put(name + ".us_per_sentence", 1e6 * seconds / (tokensDone * sentencesPerToken));
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

    /**
     * Median wall time of three {@code java -jar newslens.jar analyze FILE} runs, each in a new JVM (one
     * run alone is at the mercy of whatever else the machine does), or null when not run from a jar.
     */
    private Double coldStartSeconds() {
        double[] runs = new double[COLD_RUNS];
        for (int i = 0; i < runs.length; i++) {
            Double s = coldStartOnce();
            if (s == null) {
                return null;
            }
            runs[i] = s;
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    private Double coldStartOnce() {
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
        return (double) sum(values) / values.length;
    }

    private static long sum(long[] values) {
        return Arrays.stream(values).sum();
    }
}

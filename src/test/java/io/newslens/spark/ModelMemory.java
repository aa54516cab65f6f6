package io.newslens.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Locale;

import io.newslens.ArticleException;
import io.newslens.NewsLens;

/**
 * How much heap one executor's newslens pipeline keeps (its models, lexicons and rules), for sizing
 * Spark executors: the live heap after a full collection, before and after building the pipeline and
 * analysing one article (which finishes loading the name model). A measurement, not a test:
 * {@code java -cp target/newslens.jar:target/test-classes io.newslens.spark.ModelMemory}.
 */
public final class ModelMemory {

    private ModelMemory() {
    }

    public static void main(String[] args) throws ArticleException, InterruptedException {
        long before = liveHeap();
        NewsLens lens = NewsLens.builder().build();
        lens.analyze(Path.of("testdata", "seeds", "000_322f0aae7f5fed0d.txt"));
        long after = liveHeap();
        System.out.printf(Locale.ROOT, "pipeline.live_heap_mib\t%.1f%n", (after - before) / 1048576.0);
        Reference.reachabilityFence(lens);
    }

    private static long liveHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}

package io.newslens.names;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newslens.nlp.AnnotatedText;
import io.newslens.nlp.OpenNlpAnnotator;

/**
 * Rough single-thread speed of the name stage (model, rules, propagation, entities) in tokens per
 * second, on the {@code text} of gold JSON files or on plain text files:
 * {@code java -cp target/newslens.jar:target/test-classes io.newslens.names.NameFinderBenchmark DIR [MODEL]}.
 * Texts are annotated (sentences, tokens, POS) before timing; only {@link NewsEntityFinder#find} is timed,
 * in CPU time of the thread (stable on a busy machine) and in wall-clock time. A second argument names
 * a model file to use instead of the shipped one (to compare pruned or retrained candidates).
 */
public final class NameFinderBenchmark {

    private static final int WARM_UP = 3;
    private static final int ROUNDS = 10;

    private NameFinderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<AnnotatedText> texts = new ArrayList<>();
        OpenNlpAnnotator annotator = OpenNlpAnnotator.english();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".json") && !name.equals("index.json")) {
                    texts.add(annotator.annotate(json.readTree(f.toFile()).path("text").asText()));
                } else if (name.endsWith(".txt")) {
                    texts.add(annotator.annotate(Files.readString(f)));
                }
            }
        }
        long tokens = texts.stream().mapToLong(AnnotatedText::tokenCount).sum();
        NewsEntityFinder finder = args.length > 1 ? NewsEntityFinder.fromFile(Path.of(args[1]))
                : NewsEntityFinder.english();
        for (int r = 0; r < WARM_UP; r++) {
            texts.forEach(finder::find);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int r = 0; r < ROUNDS; r++) {
            texts.forEach(finder::find);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        // CPU time is what one thread costs; wall time also counts other processes on a busy machine.
        System.out.printf(Locale.ROOT, "%d documents, %d tokens, %d rounds: %.0f tokens per CPU second, "
                + "%.0f tokens/s wall clock (one thread)%n", texts.size(), tokens, ROUNDS,
                tokens * ROUNDS / cpuSeconds, tokens * ROUNDS / seconds);
    }
}

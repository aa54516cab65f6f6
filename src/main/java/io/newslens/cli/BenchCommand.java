package io.newslens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.newslens.ArticleException;
import io.newslens.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newslens bench}: speed and memory on a fixed set of articles. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures articles/s, tokens/s and words/s (whole pipeline, one thread and all cores, "
                + "with articles/s scaled to 700-word articles; and per stage), peak heap, and a cold-JVM "
                + "one-article analyze. Prints one figure per line.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
            description = "Articles to run on (default: testdata/bench, news articles of about 700 words).")
    List<Path> inputs = new ArrayList<>(List.of(Path.of("testdata", "bench")));

    @Option(names = "--seconds", description = "Length of each measured run (default: ${DEFAULT-VALUE}).")
    int seconds = 10;

    @Option(names = "--threads", description = "Threads of the parallel run (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException, ArticleException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(AnalyzeCommand::isArticleFile).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        Map<String, Double> figures = new Benchmark(files, Duration.ofSeconds(seconds), threads).run();
        figures.forEach((k, v) -> System.out.println(k + "\t" + String.format(Locale.ROOT, "%.2f", v)));
        return 0;
    }
}

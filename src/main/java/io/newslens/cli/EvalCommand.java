package io.newslens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newslens.NewsLens;
import io.newslens.eval.Evaluator;
import io.newslens.names.NewsEntityFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newslens eval}: scores newslens against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores newslens against a folder of gold documents (the evaluation data format) "
                + "and prints one metric per line.")
final class EvalCommand implements Callable<Integer> {

    /** Exit code when a metric falls under its floor. */
    static final int BELOW_FLOOR = 3;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of gold documents.")
    List<Path> dirs;

    @Option(names = "--min", paramLabel = "METRIC=VALUE",
            description = "Fail (exit 3) when METRIC is under VALUE, e.g. body.f1=0.92.")
    Map<String, Double> floors = new LinkedHashMap<>();

    @Option(names = "--names-model", paramLabel = "FILE",
            description = "Score with this name-finder model instead of the shipped one (e.g. one train-ner wrote).")
    Path namesModel;

    @Override
    public Integer call() throws IOException {
        NewsLens.Builder builder = NewsLens.builder();
        if (namesModel != null) {
            builder.entityFinder(NewsEntityFinder.fromFile(namesModel));
        }
        NewsLens lens = builder.build();
        Evaluator evaluator = new Evaluator(lens);
        int status = 0;
        for (Path dir : dirs) {
            Map<String, Double> metrics = evaluator.evaluate(dir);
            System.out.println("# " + dir);
            metrics.forEach((k, v) -> System.out.println(k + "\t" + format(v)));
            for (Map.Entry<String, Double> floor : floors.entrySet()) {
                Double got = metrics.get(floor.getKey());
                if (got == null || got < floor.getValue()) {
                    System.err.printf(Locale.ROOT, "eval: %s %s = %s is under its floor %s%n", dir,
                            floor.getKey(), got == null ? "missing" : format(got), format(floor.getValue()));
                    status = BELOW_FLOOR;
                }
            }
        }
        return status;
    }

    private static String format(double v) {
        return v == Math.rint(v) && (Math.abs(v) >= 1 || v == 0) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }
}

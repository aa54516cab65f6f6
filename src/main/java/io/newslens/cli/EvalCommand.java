package io.newslens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newslens.NewsLens;
import io.newslens.eval.Evaluation;
import io.newslens.eval.Evaluator;
import io.newslens.names.NewsEntityFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

    @Option(names = "--holdout", paramLabel = "N",
            description = "Also print the metrics of the held-out documents (every N-th in sorted file order, "
                    + "lines prefixed heldout.) and of the rest (prefixed tuned.). Floors apply to all documents.")
    Integer holdout;

    @Option(names = "--names-model", paramLabel = "FILE",
            description = "Score with this name-finder model instead of the shipped one (e.g. one train-ner wrote).")
    Path namesModel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (holdout != null && holdout < 2) {
            throw new ParameterException(spec.commandLine(), "--holdout must be at least 2");
        }
        NewsLens.Builder builder = NewsLens.builder();
        if (namesModel != null) {
            builder.entityFinder(NewsEntityFinder.fromFile(namesModel));
        }
        NewsLens lens = builder.build();
        Evaluator evaluator = new Evaluator(lens);
        int status = 0;
        for (Path dir : dirs) {
            if (!meetsFloors(dir, evaluateAndPrint(evaluator, dir))) {
                status = BELOW_FLOOR;
            }
        }
        return status;
    }

    /**
     * Prints the metrics of all documents, then, with a hold-out, of the held-out part and of the rest;
     * returns those of all documents, which the floors apply to.
     */
    private Map<String, Double> evaluateAndPrint(Evaluator evaluator, Path dir) {
        if (holdout == null) {
            Map<String, Double> all = evaluator.evaluate(dir);
            System.out.println("# " + dir);
            print("", all);
            return all;
        }
        Evaluation e = evaluator.evaluate(dir, holdout);
        System.out.println("# " + dir);
        print("", e.all());
        print("heldout.", e.heldOut());
        print("tuned.", e.tuned());
        return e.all();
    }

    private static void print(String prefix, Map<String, Double> metrics) {
        metrics.forEach((k, v) -> System.out.println(prefix + k + "\t" + format(v)));
    }

    /** Whether every floor holds on {@code metrics}; reports each that does not. */
    private boolean meetsFloors(Path dir, Map<String, Double> metrics) {
        boolean ok = true;
        for (Map.Entry<String, Double> floor : floors.entrySet()) {
            Double got = metrics.get(floor.getKey());
            if (got == null || got < floor.getValue()) {
                System.err.printf(Locale.ROOT, "eval: %s %s = %s is under its floor %s%n", dir,
                        floor.getKey(), got == null ? "missing" : format(got), format(floor.getValue()));
                ok = false;
            }
        }
        return ok;
    }

    private static String format(double v) {
        return v == Math.rint(v) && (Math.abs(v) >= 1 || v == 0) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }
}

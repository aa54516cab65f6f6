package io.newslens.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.names.NewsEntityFinder;
import io.newslens.json.JsonLines;
import io.newslens.load.ArticleFiles;
import io.newslens.load.TextDecoder;
import io.newslens.model.InputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newslens analyze}: files, folders, standard input or JSON Lines records to JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyses saved articles and prints JSON: one document for one input file, "
                + "JSON Lines (one analysis per line, in input order) for several.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-",
            description = "Saved article files (.txt, .html), folders (searched recursively for them) or - "
                    + "for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--records", paramLabel = "FILE|-",
            description = "Read JSON Lines input records ({\"id\", \"text\"|\"html\", \"published\", "
                    + "\"title\", \"url\", \"format\"}).")
    String records;

    @Option(names = "--jsonl", description = "Print JSON Lines even for a single input.")
    boolean jsonl;

    @Option(names = "--pretty", description = "Indent the JSON (single document output only).")
    boolean pretty;

    @Option(names = "--names-model", paramLabel = "FILE",
            description = "Find names with this name-finder model instead of the shipped one (e.g. one train-ner wrote).")
    Path namesModel;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of the inputs, when the files do not say.")
    LocalDate published;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--unordered", description = "Write results as they finish instead of in input order.")
    boolean unordered;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (moved into place when the run completes) instead of standard output.")
    Path output;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Give up on an article after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeLimit = 60;

    @Option(names = "--max-size", paramLabel = "MIB",
            description = "Refuse inputs larger than this many MiB (default: ${DEFAULT-VALUE}).")
    double maxSizeMiB = 10;

    @Option(names = "--no-progress", description = "No progress bar, even when standard error is a terminal.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        if (inputs.isEmpty() && records == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one FILE, DIR, - or --records");
        }
        if (threads < 1 || timeLimit < 1 || maxSizeMiB * 1024 * 1024 < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads, --time-limit and --max-size must be positive");
        }
        List<Path> files = expand();
        boolean single = !jsonl && records == null && inputs.size() == 1 && files.size() <= 1;
        NewsLens.Builder builder = NewsLens.builder().maxInputBytes((long) (maxSizeMiB * 1024 * 1024));
        if (namesModel != null) {
            builder.entityFinder(NewsEntityFinder.fromFile(namesModel));
        }
        NewsLens lens = builder.build();
        Progress progress = new Progress(System.err, !noProgress && Progress.stderrIsTerminal());
        progress.total(records == null ? files.size() : -1);
        int failed;
        int done;
        if (output == null) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            int[] counts = run(lens, files, out, single, progress);
            done = counts[0];
            failed = counts[1];
        } else {
            try (AtomicOutput file = new AtomicOutput(output)) {
                int[] counts = run(lens, files, file.writer(), single, progress);
                file.commit();
                done = counts[0];
                failed = counts[1];
            }
        }
        progress.summary(done, failed);
        return failed == 0 ? 0 : Main.SOME_FAILED;
    }

    /** Runs every input through a batch; returns {done, failed}. */
    private int[] run(NewsLens lens, List<Path> files, Writer out, boolean single, Progress progress)
            throws IOException {
        Metadata known = published == null ? Metadata.none() : Metadata.published(published);
        boolean indent = pretty && single;
        try (Batch batch = new Batch(threads, !unordered, java.time.Duration.ofSeconds(timeLimit), out, progress)) {
            for (Path file : files) {
                if (file == null) {
                    String text = readStdin((long) (maxSizeMiB * 1024 * 1024));
                    batch.submit("-", null, () -> analyze("-", null, () -> lens.analyze(text,
                            known.withFormat(InputFormat.TEXT)), indent));
                } else {
                    batch.submit(file.toString(), null,
                            () -> analyze(file.toString(), null, () -> lens.analyze(file, known), indent));
                }
            }
            if (records != null) {
                RecordReader reader = new RecordReader(lens, known);
                try (InputStream in = open(records)) {
                    RecordReader.lines(in, new RecordReader.LineHandler() {
                        @Override
                        public void line(int n, String record) {
                            if (!record.isBlank()) {
                                batch.submit("record " + n, null, () -> reader.analyze(record, n));
                            }
                        }

                        @Override
                        public void undecodable(int n, String reason) {
                            batch.submit("record " + n, null, () -> RecordReader.failure(n, reason));
                        }
                    });
                }
            }
            batch.finish();
            return new int[] {batch.done(), batch.failed()};
        }
    }

    /** Runs one analysis and turns it, or its failure, into an output line. */
    static Batch.Line analyze(String input, String id, JsonLines.Analysing analysis, boolean indent) {
        return toBatch(JsonLines.analyze(input, id, analysis, indent));
    }

    static Batch.Line failure(String id, ArticleException e) {
        return toBatch(JsonLines.failure(id, e));
    }

    /** The batch's line for an output line, telling standard error why an input failed. */
    static Batch.Line toBatch(JsonLines.Line line) {
        if (line.failed()) {
            System.err.println("newslens: " + line.error().getMessage());
        }
        return new Batch.Line(line.json(), line.failed());
    }

    /** Reads standard input, stopping one byte past the size limit (the analysis then refuses it). */
    static String readStdin(long limit) {
        try {
            return TextDecoder.decode(System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    /** The input files in order; {@code null} stands for standard input. */
    private List<Path> expand() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String arg : inputs) {
            if (arg.equals("-")) {
                out.add(null);
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(AnalyzeCommand::isArticleFile).sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isArticleFile(Path p) {
        return ArticleFiles.isArticle(p.toString().replace(File.separatorChar, '/'), f -> Files.exists(Path.of(f)));
    }

    private static InputStream open(String fileOrDash) throws IOException {
        return fileOrDash.equals("-") ? System.in : Files.newInputStream(Path.of(fileOrDash));
    }
}

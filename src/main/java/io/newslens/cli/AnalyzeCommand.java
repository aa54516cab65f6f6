package io.newslens.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.json.AnalysisJson;
import io.newslens.load.TextDecoder;
import io.newslens.model.Analysis;
import io.newslens.model.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newslens analyze}: files, folders, standard input or JSON Lines records to JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyses saved articles and prints JSON: one document for one input, "
                + "JSON Lines (one analysis per line) for several.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-",
            description = "Saved article files (.txt, .html), folders (searched recursively) or - for "
                    + "standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--records", paramLabel = "FILE|-",
            description = "Read JSON Lines input records ({\"id\", \"text\"|\"html\", \"published\", "
                    + "\"title\", \"url\", \"format\"}).")
    String records;

    @Option(names = "--jsonl", description = "Print JSON Lines even for a single input.")
    boolean jsonl;

    @Option(names = "--pretty", description = "Indent the JSON (single document output only).")
    boolean pretty;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of the inputs, when the files do not say.")
    LocalDate published;

    private int failures;

    @Override
    public Integer call() throws IOException {
        if (inputs.isEmpty() && records == null) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "give at least one FILE, DIR, - or --records");
        }
        NewsLens lens = NewsLens.builder().build();
        List<Input> all = expand();
        boolean lines = jsonl || all.size() != 1 || records != null;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        for (Input input : all) {
            emit(out, input, lens, lines);
        }
        if (records != null) {
            try (BufferedReader in = reader(records)) {
                failures += new RecordReader(lens).analyzeAll(in, out);
            }
        }
        out.flush();
        return failures == 0 ? 0 : Main.SOME_FAILED;
    }

    private void emit(PrintWriter out, Input input, NewsLens lens, boolean lines) {
        Metadata known = published == null ? Metadata.none() : Metadata.published(published);
        try {
            Analysis a = input.stdin()
                    ? lens.analyze(readStdin(), known.withFormat(InputFormat.TEXT))
                    : lens.analyze(input.path(), known);
            writeResult(out, a, lines);
        } catch (ArticleException e) {
            failures++;
            System.err.println("newslens: " + e.getMessage());
            out.println(AnalysisJson.errorJson(null, e));
        }
    }

    private void writeResult(PrintWriter out, Analysis a, boolean lines) {
        AnalysisJson.write(a, out, pretty && !lines);
        out.println();
    }

    private static String readStdin() {
        try {
            InputStream in = System.in;
            return TextDecoder.decode(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    private List<Input> expand() throws IOException {
        List<Input> out = new ArrayList<>();
        for (String arg : inputs) {
            if (arg.equals("-")) {
                out.add(new Input(null));
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(AnalyzeCommand::isArticleFile).sorted()
                            .forEach(f -> out.add(new Input(f)));
                }
            } else {
                out.add(new Input(p));
            }
        }
        return out;
    }

    static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.endsWith(".meta.json") && !inSavedPageFolder(p) && (n.endsWith(".txt") || n.endsWith(".text")
                || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".mhtml") || n.endsWith(".mht"));
    }

    /** Inside the NAME_files/ folder a browser's "complete page" save puts beside NAME.html. */
    private static boolean inSavedPageFolder(Path p) {
        for (Path dir = p.getParent(); dir != null && dir.getFileName() != null; dir = dir.getParent()) {
            String d = dir.getFileName().toString();
            if (d.endsWith("_files")) {
                String stem = d.substring(0, d.length() - "_files".length());
                if (Files.exists(dir.resolveSibling(stem + ".html")) || Files.exists(dir.resolveSibling(stem + ".htm"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Input(Path path) {
        boolean stdin() {
            return path == null;
        }
    }

    static BufferedReader reader(String fileOrDash) throws IOException {
        return fileOrDash.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(fileOrDash), StandardCharsets.UTF_8);
    }
}

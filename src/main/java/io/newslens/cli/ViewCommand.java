package io.newslens.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.model.Analysis;
import io.newslens.model.InputFormat;
import io.newslens.view.HtmlView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newslens view}: one analysed article as a self-contained HTML page. */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = "Draws an analysed article as one self-contained HTML page: people, places, "
                + "organizations, dates and quotes marked in the text, and listed beside it.")
final class ViewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|-", description = "A saved article (.txt, .html), or - for standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.html",
            description = "Write the page to OUT.html instead of standard output.")
    Path output;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of the article, when the file does not say.")
    LocalDate published;

    @Override
    public Integer call() throws IOException {
        NewsLens lens = NewsLens.builder().build();
        Metadata known = published == null ? Metadata.none() : Metadata.published(published);
        Analysis analysis;
        try {
            analysis = input.equals("-")
                    ? lens.analyze(AnalyzeCommand.readStdin(NewsLens.DEFAULT_MAX_INPUT_BYTES), known.withFormat(InputFormat.TEXT))
                    : lens.analyze(Path.of(input), known);
        } catch (ArticleException e) {
            System.err.println("newslens: " + e.getMessage());
            return Main.SOME_FAILED;
        }
        String page = HtmlView.render(analysis);
        if (output == null) {
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            out.write(page);
            out.flush();
        } else {
            try (AtomicOutput file = new AtomicOutput(output)) {
                file.writer().write(page);
                file.commit();
            }
        }
        return 0;
    }
}

package io.newslens.names.train;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import io.newslens.nlp.AnnotatedText;
import io.newslens.nlp.OpenNlpAnnotator;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;

/**
 * Splits raw text (one paragraph per line, plain or gzip) into the sentences and tokens newslens sees
 * at run time, one sentence per output line, tokens joined by a space: the text the word clusters are
 * learnt from, so that a cluster lexicon's words are spelled as the name finder's tokens are.
 */
public final class TokenizeText {

    private TokenizeText() {
    }

    /**
     * Usage: {@code TokenizeText OUT IN...}; each input may be gzip-compressed ({@code .gz}).
     *
     * @param args the output file, then the input files
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TokenizeText OUT IN...");
            System.exit(2);
        }
        OpenNlpAnnotator annotator = OpenNlpAnnotator.english(false);
        long sentences = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(args[0])),
                StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 1; i < args.length; i++) {
                sentences += tokenize(Path.of(args[i]), annotator, out);
            }
        }
        System.err.println("TokenizeText: " + sentences + " sentences");
    }

    private static long tokenize(Path in, OpenNlpAnnotator annotator, Writer out) throws IOException {
        long count = 0;
        try (BufferedReader lines = reader(in)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                AnnotatedText text = annotator.annotate(line, false);
                for (Sentence s : text.sentences()) {
                    StringBuilder b = new StringBuilder();
                    for (Token t : s.tokens()) {
                        if (b.length() > 0) {
                            b.append(' ');
                        }
                        b.append(t.text());
                    }
                    out.write(b.append('\n').toString());
                    count++;
                }
            }
        }
        return count;
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}

package io.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

class TrainNerCommandTest {

    @Test
    void trainsAModelThatFindsNames(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("tiny.bin");
        int code = Main.run("train-ner", "--corpus", "testdata/names/tiny-train.txt",
                "--params", "testdata/names/tiny-params.txt", "--out", out.toString());
        assertEquals(0, code);
        NameFinderME finder = new NameFinderME(new TokenNameFinderModel(out));
        Span[] spans = finder.find("Anna Berg visited Oslo on Monday .".split(" "));
        assertEquals(2, spans.length);
        assertEquals(new Span(0, 2, "person"), spans[0]);
        assertEquals(new Span(3, 4, "location"), spans[1]);
    }

    @Test
    void missingCorpusIsAnError(@TempDir Path dir) {
        Path out = dir.resolve("none.bin");
        int code = Main.run("train-ner", "--corpus", dir.resolve("absent.txt").toString(),
                "--params", "testdata/names/tiny-params.txt", "--out", out.toString());
        assertEquals(Main.SOME_FAILED, code);
        assertTrue(Files.notExists(out));
    }
}

package io.newslens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.newslens.model.Analysis;
import io.newslens.model.InputFormat;

class NewsLensTest {

    private static final NewsLens LENS = NewsLens.builder().build();

    @Test
    void plainTextIsTakenAsTheBodyUnchanged() throws Exception {
        String text = "  Pompeo spoke in Seoul.\r\nHe left on Thursday.  ";
        Analysis a = LENS.analyze(text, Metadata.published(LocalDate.of(2020, 7, 16)));
        assertEquals(text, a.article().text());
        assertEquals(InputFormat.TEXT, a.source().format(), "the contract knows text and html only");
        assertEquals(LocalDate.of(2020, 7, 16), a.article().published().value());
    }

    @Test
    void blankInputIsAnEmptyArticleError() {
        ArticleException e = assertThrows(ArticleException.class,
                () -> LENS.analyze(" \n\t ", new Metadata("doc-3", null, null, null, null)));
        assertEquals("doc-3", e.input());
        assertEquals("empty article", e.reason());
        assertEquals("doc-3: empty article", e.getMessage());
    }

    @Test
    void missingFileErrorNamesTheFile() {
        ArticleException e = assertThrows(ArticleException.class, () -> LENS.analyze(Path.of("no/such.txt")));
        assertEquals(Path.of("no/such.txt").toString(), e.input());
        assertEquals(true, e.reason().startsWith("cannot read file"));
    }

    @Test
    void oneInstanceSharedByThreadsGivesTheSameJsonAsOneThread() throws Exception {
        List<Path> seeds = List.of(Path.of("testdata/seeds/000_322f0aae7f5fed0d.txt"),
                Path.of("testdata/seeds/002_d10553fbf6ab2ee2.txt"));
        List<String> expected = new ArrayList<>();
        for (Path p : seeds) {
            expected.add(LENS.toJson(LENS.analyze(p)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Path p = seeds.get(i % 2);
                futures.add(pool.submit(() -> LENS.toJson(LENS.analyze(p))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % 2), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}

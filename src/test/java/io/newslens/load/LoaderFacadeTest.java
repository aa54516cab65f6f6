package io.newslens.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.model.Analysis;
import io.newslens.model.Published;

/** The loader as the facade uses it: empty files, sidecars and the --published option. */
class LoaderFacadeTest {

    private static NewsLens lens;

    @BeforeAll
    static void build() {
        lens = NewsLens.builder().build();
    }

    @Test
    void emptyFileIsAnError() {
        ArticleException e = assertThrows(ArticleException.class,
                () -> lens.analyze(Fixtures.FIXTURES.resolve("09_empty.txt")));
        assertEquals("empty article", e.reason());
    }

    @Test
    void sidecarSuppliesTitleAndDate() throws ArticleException {
        Analysis a = lens.analyze(Fixtures.FIXTURES.resolve("10_sidecar.txt"));
        assertEquals("Council approves tree plan", a.article().title());
        assertEquals(new Published(LocalDate.of(2020, 7, 17), "metadata"), a.article().published());
    }

    @Test
    void theTimestampLineWinsOverAGivenDate() throws ArticleException {
        Analysis a = lens.analyze(Fixtures.FIXTURES.resolve("03_published_updated.txt"),
                Metadata.published(LocalDate.of(2020, 7, 20)));
        assertEquals(new Published(LocalDate.of(2020, 7, 16), "timestamp"), a.article().published());
    }
}

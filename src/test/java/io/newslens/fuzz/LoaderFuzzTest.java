package io.newslens.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.model.Analysis;
import io.newslens.model.InputFormat;

/**
 * Fuzz targets for the loaders and the whole analysis path: any input gives an analysis or an
 * {@link ArticleException}, never another exception, a hang or a crash.
 *
 * <p>In the normal test suite each target replays its committed inputs
 * ({@code src/test/resources/io/newslens/fuzz/LoaderFuzzTestInputs/<target>/}); to fuzz for real, see the
 * README ("Fuzzing"): each target then runs for ten minutes.
 */
class LoaderFuzzTest {

    private static final NewsLens LENS = NewsLens.builder().build();

    @FuzzTest(maxDuration = "10m")
    void savedText(FuzzedDataProvider data) {
        analyze(data.consumeRemainingAsString(), InputFormat.TEXT);
    }

    @FuzzTest(maxDuration = "10m")
    void html(FuzzedDataProvider data) {
        analyze(data.consumeRemainingAsString(), InputFormat.HTML);
    }

    @FuzzTest(maxDuration = "10m")
    void fileBytes(FuzzedDataProvider data) throws IOException {
        String suffix = data.pickValue(new String[] {".txt", ".html", ".htm"});
        Path file = Files.createTempFile("fuzz", suffix);
        try {
            Files.write(file, data.consumeRemainingAsBytes());
            check(LENS.analyze(file));
        } catch (ArticleException expected) {
            assertNotNull(expected.reason());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void analyze(String content, InputFormat format) {
        try {
            check(LENS.analyze(content, Metadata.none().withFormat(format)));
        } catch (ArticleException expected) {
            assertNotNull(expected.reason());
        }
    }

    private static void check(Analysis a) {
        assertFalse(a.article().text().isBlank(), "an analysis has a body");
        String json = LENS.toJson(a);
        assertFalse(json.isEmpty());
    }
}

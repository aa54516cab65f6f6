package io.newslens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newslens.model.Analysis;

/** Defined behaviour for broken and hostile inputs: a result or a clear error, never a crash. */
class HostileInputTest {

    private static final NewsLens LENS = NewsLens.builder().maxInputBytes(200_000).build();
    private static final String STORY = "LONDON (Reuters) - The council approved the budget on Tuesday after a "
            + "long debate, officials said, and the mayor called the vote “a fair deal” for the city.\n";

    @TempDir
    Path dir;

    private ArticleException refused(String name, byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        return assertThrows(ArticleException.class, () -> LENS.analyze(file));
    }

    private Analysis analysed(String name, byte[] bytes) throws Exception {
        return LENS.analyze(Files.write(dir.resolve(name), bytes));
    }

    @Test
    void binaryFilesAreNotArticles() throws Exception {
        assertEquals("not a text or HTML article (PDF)",
                refused("report.html", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)).reason());
        assertEquals("not a text or HTML article (PNG image)",
                refused("a.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}).reason());
        assertEquals("not a text or HTML article (ZIP archive)",
                refused("a.htm", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}).reason());
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        assertEquals("not a text or HTML article (binary data)", refused("noise.txt", noise).reason());
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreEmptyArticles() throws Exception {
        assertEquals("empty article", refused("empty.txt", new byte[0]).reason());
        assertEquals("empty article", refused("blank.txt", " \n\r\n\t \n".getBytes(StandardCharsets.US_ASCII)).reason());
    }

    @Test
    void filesOverTheSizeLimitAreRefusedBeforeReading() throws Exception {
        ArticleException e = refused("huge.txt", STORY.repeat(2000).getBytes(StandardCharsets.UTF_8));
        assertTrue(e.reason().startsWith("input of 0.3 MiB is over the size limit of 0.2 MiB"), e.reason());
    }

    @Test
    void everyEncodingGivesTheSameBody() throws Exception {
        String utf8 = analysed("utf8.txt", STORY.getBytes(StandardCharsets.UTF_8)).article().text();
        assertTrue(utf8.contains("“a fair deal”"));
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            assertEquals(utf8, analysed("nobom-" + cs + ".txt", STORY.getBytes(cs)).article().text(), cs.name());
        }
        assertEquals(utf8, analysed("bom16.txt", STORY.getBytes(StandardCharsets.UTF_16)).article().text());
        assertEquals(utf8, analysed("cp1252.txt", STORY.getBytes(Charset.forName("windows-1252"))).article().text());
    }

    @Test
    void invalidUtf8AndIso88591AreReadAsWindows1252() throws Exception {
        byte[] latin1 = (STORY.replace('“', '"').replace('”', '"') + "Café façade déjà vu.\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Analysis a = analysed("latin1.txt", latin1);
        assertFalse(a.article().text().contains("\uFFFD"));
    }

    @Test
    void controlCharactersAndMegabyteLinesGiveAResultOrAClearError() throws Exception {
        String withControls = STORY.replace("budget", "bud\u0007get\u001B") + STORY;
        Analysis a = LENS.analyze(withControls, Metadata.none());
        assertEquals(withControls, a.article().text());

        String longLine = "word ".repeat(30_000) + "\n" + STORY;
        try {
            Analysis big = analysed("long-line.txt", longLine.getBytes(StandardCharsets.UTF_8));
            assertFalse(big.article().text().isBlank());
        } catch (ArticleException e) {
            assertFalse(e.reason().isBlank());
        }
    }

    @Test
    void deeplyNestedHtmlAndHtmlWithoutBodyGiveAResultOrAClearError() throws Exception {
        String deep = "<html><body>" + "<div>".repeat(20_000) + "<p>" + STORY + "</p>" + "</div>".repeat(20_000)
                + "</body></html>";
        try {
            Analysis a = analysed("deep.html", deep.getBytes(StandardCharsets.UTF_8));
            assertTrue(a.article().text().contains("The council approved the budget"));
        } catch (ArticleException e) {
            assertFalse(e.reason().isBlank());
        }
        ArticleException noBody = refused("head-only.html",
                "<html><head><title>Nothing here</title></head></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals("no article text found", noBody.reason());
    }
}

package io.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newslens.NewsLens;

class EvaluatorTest {

    @TempDir
    static Path dir;

    private static Evaluator evaluator;

    /** Five made-up gold documents, plus files that are not gold documents and take no index. */
    @BeforeAll
    static void setUp() throws Exception {
        String[] names = {"Mara Quill", "Tobias Fenn", "Ines Varga", "Oren Blake", "Lucia Marsh"};
        for (int i = 0; i < names.length; i++) {
            String text = names[i] + " spoke to reporters in Lisbon on Monday.";
            Files.writeString(dir.resolve("doc-" + i + ".json"), """
                    {"id": "doc-%d", "text": "%s", "layers": ["people"],
                     "people": [{"start": 0, "end": %d, "text": "%s"}]}
                    """.formatted(i, text, names[i].length(), names[i]));
        }
        Files.writeString(dir.resolve("doc-0a.json"), "{\"notes\": \"not a gold document\"}");
        Files.writeString(dir.resolve("index.json"), "{\"documents\": []}");
        evaluator = new Evaluator(NewsLens.builder().build());
    }

    @Test
    void holdOutSplitsTheDocumentsBySortedIndex() {
        Evaluation e = evaluator.evaluate(dir, 2);
        assertEquals(5.0, e.all().get("documents"));
        assertEquals(3.0, e.heldOut().get("documents"), "doc-0, doc-2, doc-4");
        assertEquals(2.0, e.tuned().get("documents"), "doc-1, doc-3");
        assertEquals(3.0, e.heldOut().get("people.gold"));
        assertEquals(2.0, e.tuned().get("people.gold"));

        Evaluation third = evaluator.evaluate(dir, 3);
        assertEquals(2.0, third.heldOut().get("documents"), "doc-0, doc-3");
        assertEquals(3.0, third.tuned().get("documents"));
    }

    @Test
    void allDocumentsScoreAsWithoutHoldOut() {
        Map<String, Double> plain = evaluator.evaluate(dir);
        Evaluation e = evaluator.evaluate(dir, 2);
        assertEquals(plain, e.all());
        assertEquals(plain.keySet().stream().toList(), e.all().keySet().stream().toList(), "same print order");
        assertEquals(5.0, plain.get("people.gold"));
        assertEquals(0.0, plain.get("failed"));
    }

    @Test
    void holdOutUnderTwoIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(dir, 1));
    }
}

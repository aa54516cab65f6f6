package io.newslens.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newslens.model.Entity;
import io.newslens.nlp.OpenNlpAnnotator;

/** Pruning a model file: a smaller model that still finds names, and clear errors for other files. */
class NameModelPrunerTest {

    @TempDir
    Path dir;

    @Test
    void aPrunedModelIsSmallerAndStillFindsPeopleAndPlaces() throws IOException {
        Path shipped = dir.resolve("en-ner.bin");
        try (InputStream in = NameModelPrunerTest.class.getResourceAsStream(NewsEntityFinder.MODEL)) {
            Files.copy(in, shipped);
        }
        Path pruned = dir.resolve("pruned.bin");
        NameModelPruner.Result r = NameModelPruner.prune(shipped, pruned, 8);
        assertTrue(r.featuresAfter() < r.featuresBefore() / 2, r.toString());
        assertTrue(r.weightsAfter() < r.weightsBefore() / 2, r.toString());
        assertTrue(Files.size(pruned) < Files.size(shipped), "pruned file size");
        Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(pruned),
                "a model is written with the permissions of any new file, not private to its owner");
        try (var left = Files.list(dir)) {
            assertEquals(List.of("en-ner.bin", "ordinary.txt", "pruned.bin"),
                    left.map(f -> f.getFileName().toString()).sorted().toList(), "no partial file left");
        }

        NewsEntityFinder finder = NewsEntityFinder.fromFile(pruned);
        List<Entity> people = finder.find(OpenNlpAnnotator.english()
                .annotate("Secretary of State Mike Pompeo arrived in Seoul on Thursday.")).people();
        assertEquals("Mike Pompeo", people.get(0).name());
    }

    @Test
    void aFileThatIsNotAModelIsNamedInTheError() throws IOException {
        Path notModel = Files.writeString(dir.resolve("notes.txt"), "not a model");
        Path out = dir.resolve("out.bin");
        IOException e = assertThrows(IOException.class, () -> NameModelPruner.prune(notModel, out, 1));
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
        assertFalse(Files.exists(out), "no output is left behind");
    }
}

package io.newslens.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newslens.model.Article;
import io.newslens.model.Segment;

/** Every non-blank input line ends up, as often as it occurs, in the body or in a removed segment. */
class NothingLostTest {

    @Test
    void everyLineIsInTheBodyOrRemoved() {
        assertFalse(Fixtures.allTexts().isEmpty());
        for (Path file : Fixtures.allTexts()) {
            Article a = Fixtures.load(file);
            Map<String, Integer> output = new HashMap<>();
            count(a.text(), output);
            for (Segment s : a.removed()) {
                count(s.text(), output);
            }
            Map<String, Integer> input = new HashMap<>();
            count(Fixtures.text(file), input);
            assertEquals(input, output, file.toString());
        }
    }

    private static void count(String text, Map<String, Integer> counts) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                counts.merge(line.strip(), 1, Integer::sum);
            }
        }
    }
}

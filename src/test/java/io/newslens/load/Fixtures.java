package io.newslens.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.newslens.ArticleException;
import io.newslens.model.Article;
import io.newslens.model.Segment;
import io.newslens.model.SegmentKind;

/** Reads the saved-text fixtures and seeds the loader tests run on. */
final class Fixtures {

    static final Path FIXTURES = Path.of("testdata", "fixtures");
    static final Path SEEDS = Path.of("testdata", "seeds");

    private static final SavedTextLoader LOADER = new SavedTextLoader();

    private Fixtures() {
    }

    /** The decoded text of {@code file}. */
    static String text(Path file) {
        try {
            return TextDecoder.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code file} loaded as the facade loads it: decoded, with its sidecar's metadata. */
    static Article load(Path file) {
        try {
            return LOADER.load(text(file), Sidecar.read(file));
        } catch (ArticleException e) {
            throw new IllegalStateException(e);
        }
    }

    static Article fixture(String name) {
        return load(FIXTURES.resolve(name));
    }

    /** The seed whose file name starts with {@code prefix}. */
    static Article seed(String prefix) {
        return load(only(SEEDS, prefix));
    }

    /** Every saved-text file of the fixtures and seeds that holds text. */
    static List<Path> allTexts() {
        return Stream.concat(list(FIXTURES), list(SEEDS))
                .filter(p -> p.toString().endsWith(".txt"))
                .filter(p -> !text(p).isBlank())
                .sorted().toList();
    }

    static List<SegmentKind> kinds(Article a) {
        return a.removed().stream().map(Segment::kind).toList();
    }

    private static Path only(Path dir, String prefix) {
        return list(dir).filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no file " + prefix + "* in " + dir));
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

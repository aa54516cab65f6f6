package io.newslens.names;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Packs the name finder's two large text resources into the lookup tables the runtime reads as they lie:
 * the word cluster lexicon ({@code word-clusters.tsv} to {@code .bin}) and the place gazetteer
 * ({@code places.txt} to {@code .bin}), and where the name model's table files its keys
 * ({@link NameModelIndex}). The build runs it; the text forms stay the committed sources,
 * the ones a script writes and a reader checks. Parsing and hashing them was over a CPU-second of every
 * cold start.
 */
public final class ResourcePacker {

    private ResourcePacker() {
    }

    /**
     * Usage: {@code ResourcePacker SOURCE_DIR OUT_DIR}, the folders of the text resources and of the
     * packed ones.
     *
     * @param args the two folders
     * @throws IOException if a resource cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ResourcePacker SOURCE_DIR OUT_DIR");
        }
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        WordClusters clusters;
        try (InputStream in = Files.newInputStream(source.resolve("word-clusters.tsv"))) {
            clusters = WordClusters.read(in);
        }
        try (DataOutputStream data = open(out.resolve("word-clusters.bin"))) {
            clusters.write(data);
        }
        String places = Files.readString(source.resolve("places.txt"), StandardCharsets.UTF_8);
        try (DataOutputStream data = open(out.resolve("places.bin"))) {
            WordSet.of(Lexicon.entries(places)).write(data);
        }
        try (InputStream in = Files.newInputStream(source.resolve("en-ner.bin"));
                DataOutputStream data = open(out.resolve("en-ner.index"))) {
            NameModelIndex.write(in, data);
        }
    }

    private static DataOutputStream open(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }
}

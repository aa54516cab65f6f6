package io.newslens.names;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Collection;

import io.newslens.nlp.FeatureTable;

/**
 * A large fixed set of words (the place gazetteer), kept as a {@link FeatureTable} of keys so that it
 * can be stored as it lies in memory: the build packs the text list ({@link ResourcePacker}) and a cold
 * start reads the table in milliseconds instead of hashing 140,000 lines into a set. Immutable.
 */
final class WordSet {

    /** The packed form's first four bytes ("NLWS") and its version. */
    private static final int MAGIC = 0x4E4C5753;
    private static final int VERSION = 1;

    private final FeatureTable words;

    private WordSet(FeatureTable words) {
        this.words = words;
    }

    static WordSet of(Collection<String> words) {
        return new WordSet(new FeatureTable(words.toArray(String[]::new)));
    }

    boolean contains(String word) {
        return words.find(word) != FeatureTable.ABSENT;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        words.write(out);
    }

    /** Reads the packed set in the class-path resource {@code resource}. */
    static WordSet readResource(String resource) {
        try {
            return read(PackedResource.read(resource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }

    static WordSet read(ByteBuffer in) throws IOException {
        try {
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IOException("not a packed word list of version " + VERSION);
            }
            return new WordSet(FeatureTable.read(in));
        } catch (BufferUnderflowException e) {
            throw new IOException("packed word list cut short", e);
        }
    }
}

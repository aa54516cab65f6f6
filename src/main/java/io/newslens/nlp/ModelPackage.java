package io.newslens.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OpenNLP model package (a zip) uncompressed, in memory, before OpenNLP reads it. OpenNLP
 * reads a model's feature names and weights a few bytes at a time, and from a compressed entry each of
 * those small reads goes through the inflater; inflating each entry once, in one go, and storing it
 * halved the CPU time of loading Apache's sentence, token and POS models (about 450 to 200 ms, cold).
 * (newslens' own name model gained nothing measurable from it at run time; the build stores it so,
 * see {@link #main}.) The entries and their bytes are the model's own, unless {@code edit} changes them.
 */
public final class ModelPackage {

    /** Changes the bytes of one entry of the package (or returns them as they are). */
    interface Edit {
        byte[] apply(String entry, byte[] data) throws IOException;
    }

    private ModelPackage() {
    }

    /**
     * Usage: {@code ModelPackage IN OUT}: writes the model package {@code IN} with its entries stored
     * uncompressed to {@code OUT}. The build stores newslens' name model so: in the jar it is
     * compressed once, by the jar, where a compressed package in the jar was inflated twice (about
     * 40 ms of a cold start's CPU for its 11 MB), at the same size of jar.
     *
     * @param args the two files
     * @throws IOException if the package cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ModelPackage IN OUT");
        }
        byte[] stored;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            stored = uncompressed(in).readAllBytes();
        }
        Files.write(Path.of(args[1]), stored);
    }

    /** {@code modelPackage} with its entries stored uncompressed. */
    static InputStream uncompressed(InputStream modelPackage) throws IOException {
        return uncompressed(modelPackage, (entry, data) -> data);
    }

    /** {@code modelPackage} with its entries stored uncompressed, each changed by {@code edit}. */
    static InputStream uncompressed(InputStream modelPackage, Edit edit) throws IOException {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(modelPackage); ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = edit.apply(e.getName(), in.readAllBytes());
                out.putNextEntry(stored(e.getName(), data));
                out.write(data);
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(rewritten.toByteArray());
    }

    /** A STORED entry must state its size and checksum before its data. */
    private static ZipEntry stored(String name, byte[] data) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        return entry;
    }
}

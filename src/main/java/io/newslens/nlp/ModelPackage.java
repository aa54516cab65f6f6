package io.newslens.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OpenNLP model package (a zip) uncompressed, in memory, before OpenNLP reads it. OpenNLP
 * reads a model's feature names and weights a few bytes at a time, and from a compressed entry each of
 * those small reads goes through the inflater; inflating each entry once, in one go, and storing it
 * halved the CPU time of loading Apache's sentence, token and POS models (about 450 to 200 ms, cold).
 * (newslens' own name model gained nothing measurable, so it is read as it is.) The entries and their
 * bytes are the model's own, unless {@code edit} changes them.
 */
final class ModelPackage {

    /** Changes the bytes of one entry of the package (or returns them as they are). */
    interface Edit {
        byte[] apply(String entry, byte[] data) throws IOException;
    }

    private ModelPackage() {
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

package io.newslens.names;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Shrinks a name-finder model file by dropping the perceptron weights nearest zero (see
 * {@code docs/models/en-ner.md} for what each threshold costs): {@code newslens train-ner --prune}.
 * Every other part of the model package (manifest, feature descriptor) is copied unchanged, so the
 * result is still a model OpenNLP itself can read.
 */
public final class NameModelPruner {

    private static final String PERCEPTRON_ENTRY = "nameFinder.model";

    /** Features and weights of the model before and after pruning. */
    public record Result(int featuresBefore, int weightsBefore, int featuresAfter, int weightsAfter) {
    }

    private NameModelPruner() {
    }

    /**
     * Writes to {@code out} the model in {@code in} without its weights under {@code minWeight} in
     * magnitude; {@code out} is only replaced once the whole model is written.
     *
     * @throws IOException if {@code in} is not a name-finder model holding a perceptron, or a file
     *         cannot be read or written
     */
    public static Result prune(Path in, Path out, double minWeight) throws IOException {
        if (!(minWeight >= 0)) {
            throw new IllegalArgumentException("the smallest weight kept must be 0 or more, not " + minWeight);
        }
        // Not Files.createTempFile: its files are private to the owner, and a model is meant to be shared.
        Path partial = out.resolveSibling("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            Result result;
            try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(in));
                    ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(partial))) {
                result = copyPruned(zin, zout, minWeight, in);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Result copyPruned(ZipInputStream zin, ZipOutputStream zout, double minWeight, Path in)
            throws IOException {
        Result result = null;
        for (ZipEntry entry; (entry = zin.getNextEntry()) != null; ) {
            zout.putNextEntry(new ZipEntry(entry.getName()));
            if (entry.getName().equals(PERCEPTRON_ENTRY)) {
                result = writePruned(zin, zout, minWeight, in);
            } else {
                zin.transferTo(zout);
            }
            zout.closeEntry();
        }
        if (result == null) {
            throw new IOException(in + " is not a name-finder model: it has no " + PERCEPTRON_ENTRY);
        }
        return result;
    }

    private static Result writePruned(InputStream model, OutputStream out, double minWeight, Path in)
            throws IOException {
        byte[] bytes = model.readAllBytes();
        if (!PackedPerceptron.isPerceptron(bytes)) {
            throw new IOException(in + " does not hold a perceptron model; only perceptrons are pruned");
        }
        PackedPerceptron before = PackedPerceptron.read(bytes);
        PackedPerceptron after = before.pruned(minWeight);
        ByteArrayOutputStream written = new ByteArrayOutputStream(bytes.length);
        after.write(written);
        written.writeTo(out);
        int[] b = before.size();
        int[] a = after.size();
        return new Result(b[0], b[1], a[0], a[1]);
    }
}

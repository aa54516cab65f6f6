package io.newslens.names;

import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.newslens.nlp.FeatureTable;

/**
 * Where the shipped name model's feature table files its keys, packed by the build
 * ({@link ResourcePacker}): filing 200,000 keys was about a third of loading the model on a cold JVM,
 * and reading where they go takes a few milliseconds. The index starts with a checksum of the model's
 * perceptron bytes, and is used only for a model with those bytes: any other model, such as one
 * {@code train-ner} wrote, has its keys filed as it loads.
 */
final class NameModelIndex {

    static final String RESOURCE = "/io/newslens/names/en-ner.index";

    private NameModelIndex() {
    }

    /** Writes the index of the perceptron in the name model package {@code modelPackage}. */
    static void write(InputStream modelPackage, DataOutput out) throws IOException {
        byte[] model = perceptron(modelPackage);
        out.writeLong(checksum(model));
        PackedPerceptron.read(model).features().writeIndex(out);
    }

    /** The shipped index if it is of {@code model} (a perceptron's bytes), else null. */
    static FeatureTable.Index forModel(byte[] model) {
        try (InputStream in = NameModelIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null || new DataInputStream(in).readLong() != checksum(model)) {
                return null;
            }
            return FeatureTable.Index.read(ByteBuffer.wrap(PackedResource.readAll(in)));
        } catch (EOFException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name model's index " + RESOURCE, e);
        }
    }

    private static long checksum(byte[] model) {
        CRC32 crc = new CRC32();
        crc.update(model);
        return (long) model.length << 32 ^ crc.getValue();
    }

    /** The perceptron's bytes in a name model package. */
    static byte[] perceptron(InputStream modelPackage) throws IOException {
        try (ZipInputStream in = new ZipInputStream(modelPackage)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(NameModel.MODEL_ENTRY)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("no " + NameModel.MODEL_ENTRY + " in the name model");
    }
}

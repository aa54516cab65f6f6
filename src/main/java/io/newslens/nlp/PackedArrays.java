package io.newslens.nlp;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Arrays written as their length and then their values (big-endian, as {@link DataOutput} writes
 * them), and read back from a {@link ByteBuffer} in one bulk copy each: how the build's packed models
 * load without parsing.
 */
final class PackedArrays {

    private PackedArrays() {
    }

    static void write(int[] values, DataOutput out) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    static void write(long[] values, DataOutput out) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    static void write(double[] values, DataOutput out) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeLong(Double.doubleToRawLongBits(v));
        }
    }

    /** Writes a short ASCII or UTF-16 text as its length and then its characters. */
    static void write(String text, DataOutput out) throws IOException {
        out.writeInt(text.length());
        out.writeChars(text);
    }

    static int[] readInts(ByteBuffer in) throws IOException {
        int[] values = new int[length(in, Integer.BYTES)];
        in.asIntBuffer().get(values);
        in.position(in.position() + Integer.BYTES * values.length);
        return values;
    }

    static long[] readLongs(ByteBuffer in) throws IOException {
        long[] values = new long[length(in, Long.BYTES)];
        in.asLongBuffer().get(values);
        in.position(in.position() + Long.BYTES * values.length);
        return values;
    }

    static double[] readDoubles(ByteBuffer in) throws IOException {
        double[] values = new double[length(in, Double.BYTES)];
        in.asDoubleBuffer().get(values);
        in.position(in.position() + Double.BYTES * values.length);
        return values;
    }

    static String readString(ByteBuffer in) throws IOException {
        char[] text = new char[length(in, Character.BYTES)];
        in.asCharBuffer().get(text);
        in.position(in.position() + Character.BYTES * text.length);
        return new String(text);
    }

    /**
     * Reads a length announced for values of {@code bytesEach} bytes, checked against what is left.
     *
     * @throws IOException if it is negative or more than the buffer holds
     */
    static int length(ByteBuffer in, int bytesEach) throws IOException {
        if (in.remaining() < Integer.BYTES) {
            throw new IOException("packed data cut short: no length");
        }
        int n = in.getInt();
        if (n < 0 || (long) n * bytesEach > in.remaining()) {
            throw new IOException("packed data cut short: " + n + " values announced, " + in.remaining() + " bytes left");
        }
        return n;
    }
}

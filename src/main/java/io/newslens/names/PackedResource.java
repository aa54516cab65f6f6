package io.newslens.names;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads a packed table ({@link ResourcePacker}) from the class path into one array of its exact size.
 * {@code readAllBytes} reads a stream of unknown length in small pieces and then copies them into one
 * array: for tables of ten megabytes, twice the memory to allocate and touch, which a cold start pays
 * in page faults.
 */
public final class PackedResource {

    private PackedResource() {
    }

    /**
     * The bytes of {@code resource}.
     *
     * @throws IOException if it is not on the class path or cannot be read
     */
    static ByteBuffer read(String resource) throws IOException {
        try (InputStream in = PackedResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            return ByteBuffer.wrap(readAll(in));
        }
    }

    /** All the bytes of {@code in}, in one array of the size its {@code available()} gives when it gives all. */
    public static byte[] readAll(InputStream in) throws IOException {
        // A jar entry's stream knows how many bytes are left; another may say fewer.
        byte[] bytes = new byte[Math.max(0, in.available())];
        int read = in.readNBytes(bytes, 0, bytes.length);
        byte[] rest = in.readAllBytes();
        return read < bytes.length || rest.length > 0 ? concat(Arrays.copyOf(bytes, read), rest) : bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}

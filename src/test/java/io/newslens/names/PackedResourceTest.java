package io.newslens.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

/** A packed resource's bytes are all its bytes, whatever its stream says is left. */
class PackedResourceTest {

    private static final byte[] DATA = "0123456789abcdefghij".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** A stream whose {@code available()} says {@code says}, as a stream may. */
    private static InputStream saying(int says) {
        return new ByteArrayInputStream(DATA) {
            @Override
            public synchronized int available() {
                return says;
            }
        };
    }

    @Test
    void readsEverythingWhenTheStreamSaysTheExactSize() throws IOException {
        assertArrayEquals(DATA, PackedResource.readAll(saying(DATA.length)));
    }

    @Test
    void readsEverythingWhenTheStreamSaysLessOrNothing() throws IOException {
        assertArrayEquals(DATA, PackedResource.readAll(saying(7)));
        assertArrayEquals(DATA, PackedResource.readAll(saying(0)));
    }

    @Test
    void readsEverythingWhenTheStreamSaysMore() throws IOException {
        assertArrayEquals(DATA, PackedResource.readAll(saying(DATA.length + 5)));
    }

    @Test
    void readsAShippedTableWhole() throws IOException {
        ByteBuffer places = PackedResource.read("/io/newslens/names/places.bin");
        assertEquals(0x4E4C5753, places.getInt(0), "a packed word list starts with its magic number");
        assertTrue(places.capacity() > 1_000_000, "the whole gazetteer: " + places.capacity());
        assertThrows(IOException.class, () -> PackedResource.read("/io/newslens/names/no-such.bin"));
    }
}

package io.newslens.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void padWritesWhatFormatWrites() {
        for (int width : new int[] {2, 4}) {
            for (int v : new int[] {-120, -5, 0, 7, 12, 99, 100, 2020, 12345}) {
                assertEquals(String.format(Locale.ROOT, "%0" + width + "d", v), Values.pad(v, width), v + " in " + width);
            }
        }
        assertEquals("0800", Values.year(800));
    }
}

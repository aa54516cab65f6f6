package io.newslens.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a saved page: UTF-8 with or without BOM, UTF-16 with BOM, and windows-1252
 * when the bytes are not valid UTF-8 (what older Windows tools save). Line ends become {@code \n}
 * and no-break spaces plain spaces, so later stages see one kind of each.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Decodes and normalizes {@code bytes}. */
    public static String decode(byte[] bytes) {
        return normalize(decodeRaw(bytes));
    }

    static String decodeRaw(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset utf16 = utf16Order(b);
        if (utf16 != null) {
            return new String(b, utf16);
        }
        try {
            return strictUtf8().decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(b, WINDOWS_1252);
        }
    }

    /**
     * UTF-16 without a byte order mark, recognized by its zero bytes: ASCII-range text in UTF-16 has a
     * zero in every other byte, always on the same side. Returns the byte order, or {@code null}.
     */
    static Charset utf16Order(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** CRLF and CR to LF, no-break and other odd spaces to a plain space, BOM characters dropped. */
    public static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\t') {
                out.append(' ');
            } else if (c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

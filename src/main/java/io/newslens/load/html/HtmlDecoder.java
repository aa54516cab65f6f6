package io.newslens.load.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newslens.load.TextDecoder;

/**
 * Decodes the bytes of a saved HTML page with the charset the page declares ({@code <meta charset>}
 * or the {@code http-equiv} form), as browsers do; without a byte-order mark or a declaration it
 * falls back to {@link TextDecoder}'s UTF-8 / windows-1252 guess. MHTML files are plain ASCII at
 * this level (their HTML part is decoded later), so they pass through the fallback unchanged.
 */
public final class HtmlDecoder {

    /** Browsers look for the declaration in the first 1024 bytes; saved pages put comments first. */
    private static final int PRESCAN = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    /** Decodes {@code bytes} and normalizes line ends and odd spaces like {@link TextDecoder}. */
    public static String decode(byte[] bytes) {
        Charset declared = hasBom(bytes) ? null : declaredCharset(bytes);
        // A page declared UTF-8 that is not valid UTF-8 was saved by an older tool: let the guess decide.
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            return TextDecoder.decode(bytes);
        }
        return TextDecoder.normalize(new String(bytes, declared));
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xEF);
    }

    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : null;
    }

    /** A charset by its label, or {@code null} when Java does not know it. */
    static Charset charset(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        // As in the WHATWG encoding standard: these labels mean windows-1252 on the web.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        // A UTF-16 declaration inside an ASCII-readable page is always wrong.
        if (name.startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}

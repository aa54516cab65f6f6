package io.newslens.load;

/**
 * Recognizes inputs that are not text at all (a PDF renamed .html, an image, an archive), so they get
 * a clear error instead of a page of garbage analysed as an article.
 */
public final class BinarySniffer {

    private static final int SAMPLE = 4096;

    private BinarySniffer() {
    }

    /**
     * What kind of binary file {@code bytes} hold ("PDF", "PNG", "ZIP archive", ...), or {@code null}
     * when they look like text in some encoding (UTF-16 included).
     */
    public static String binaryKind(byte[] bytes) {
        String magic = magic(bytes);
        if (magic != null) {
            return magic;
        }
        if (TextDecoder.utf16Order(bytes) != null) {
            return null;
        }
        int n = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "binary data";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        // Text has the odd form feed or escape; a tenth of control bytes is data.
        return n > 0 && control * 10 > n ? "binary data" : null;
    }

    private static String magic(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return "PDF";
        }
        if (startsWith(b, "\u0089PNG")) {
            return "PNG image";
        }
        if (startsWith(b, "GIF8")) {
            return "GIF image";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "JPEG image";
        }
        if (startsWith(b, "PK\u0003\u0004") || startsWith(b, "PK\u0005\u0006")) {
            return "ZIP archive";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return "gzip archive";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, String latin1) {
        if (b.length < latin1.length()) {
            return false;
        }
        for (int i = 0; i < latin1.length(); i++) {
            if ((b[i] & 0xFF) != latin1.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

package io.newslens.view;

/** HTML escaping for text and attribute values. */
final class Html {

    private Html() {
    }

    /** {@code s} safe as element text or as a quoted attribute value; {@code null} gives "". */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // NUL and other C0 controls are not allowed in HTML text; keep line breaks and tabs.
                default -> out.append(c < 0x20 && c != '\n' && c != '\r' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** An id fragment made only of letters, digits, '-' and '_', whatever the analysis holds. */
    static String idPart(String s) {
        return s == null ? "" : s.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}

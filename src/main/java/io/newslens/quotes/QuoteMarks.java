package io.newslens.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level quoted stretches of a text in every common mark style: “ ” „ “ « » ‘ ’, straight
 * double quotes, the {@code `` ''} of older wire text and the {@code '' ''} of some newspaper archives. Marks nested inside an open quote stay part of
 * it. A paragraph that opens a quote without closing it continues in the next paragraph when that one
 * opens with a quote mark (the news convention for quotes over several paragraphs).
 */
final class QuoteMarks {

    /**
     * One quoted stretch.
     *
     * @param open offset of the opening mark
     * @param start offset of the first quoted character
     * @param end end of the quoted characters (exclusive)
     * @param close offset just after the closing mark ({@code end} when the quote is left unclosed)
     * @param continues whether this stretch continues the quote of the paragraph before
     */
    record Quoted(int open, int start, int end, int close, boolean continues) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private QuoteMarks() {
    }

    /** The quoted stretches of {@code text}, in text order. */
    static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        Scan scan = new Scan(text);
        int i = 0;
        boolean openParagraph = false;
        while (i < text.length()) {
            Opening o = opening(text, i);
            if (o == null) {
                i++;
                continue;
            }
            Quoted q = scan.close(o);
            if (q == null) {
                i = o.end;
            } else {
                boolean continues = openParagraph && text.substring(text.lastIndexOf('\n', o.start) + 1, o.start).isBlank();
                if (q.end > q.start && !text.substring(q.start, q.end).isBlank()) {
                    out.add(trimmed(text, q, continues));
                }
                openParagraph = scan.continues(q);
                i = q.close;
            }
        }
        return out;
    }

    /** The quote without spaces just inside its marks ("« oui »"). */
    private static Quoted trimmed(String text, Quoted q, boolean continues) {
        int s = q.start();
        int e = q.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Quoted(q.open(), s, e, q.close(), continues);
    }

    /** An opening mark at some offset: its kind decides which marks close it. */
    private record Opening(int start, int end, char kind) {
    }

    /** The opening mark at {@code i}, or {@code null}. */
    private static Opening opening(String t, int i) {
        char c = t.charAt(i);
        switch (c) {
            case '\u201C', '\u201E', '\u00AB' -> {
                return new Opening(i, i + 1, c);
            }
            case '\u201D' -> {
                // A right mark in opening position: the same mark on both sides (Swedish style, or typos).
                return startsWord(t, i) ? new Opening(i, i + 1, c) : null;
            }
            case '"' -> {
                return startsWord(t, i) ? new Opening(i, i + 1, c) : null;
            }
            case '\u2018' -> {
                return startsWord(t, i) ? new Opening(i, i + 1, c) : null;
            }
            case '`' -> {
                return t.startsWith("``", i) ? new Opening(i, i + 2, c) : null;
            }
            case '\'' -> {
                // Two apostrophes on both sides, as some newspapers' archives write double quotes.
                return t.startsWith("''", i) && startsWord(t, i) && i + 2 < t.length()
                        && !Character.isWhitespace(t.charAt(i + 2)) ? new Opening(i, i + 2, '`') : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** A mark before a word, after a space, line start or opening bracket/dash. */
    private static boolean startsWord(String t, int i) {
        boolean before = i == 0 || Character.isWhitespace(t.charAt(i - 1)) || "([{—–-/".indexOf(t.charAt(i - 1)) >= 0;
        boolean after = i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
        return before && after;
    }

    /** Finds closing marks, following quotes over paragraph breaks. */
    private static final class Scan {
        private final String t;

        Scan(String t) {
            this.t = t;
        }

        /** The quote opened by {@code o}, or {@code null} if it is not a quote after all. */
        Quoted close(Opening o) {
            int depth = 0;
            int i = o.end;
            while (i < t.length()) {
                char c = t.charAt(i);
                if (c == '\n') {
                    // Open at the paragraph's end: the quote goes on if the next paragraph opens with a mark.
                    return continuation(i, o.kind) < 0 ? unclosed(o, i) : new Quoted(o.start, o.end, i, i, false);
                }
                int closeLen = closes(o.kind, i);
                if (closeLen > 0 && depth == 0) {
                    return new Quoted(o.start, o.end, i, i + closeLen, false);
                }
                if (closeLen > 0) {
                    depth--;
                } else if (reopens(o.kind, i)) {
                    depth++;
                }
                i++;
            }
            return unclosed(o, i);
        }

        /** A quote left open at a paragraph's end counts when it opened the paragraph or followed a colon. */
        private Quoted unclosed(Opening o, int end) {
            int lineStart = t.lastIndexOf('\n', o.start) + 1;
            String before = t.substring(lineStart, o.start).strip();
            if (!before.isEmpty() && !before.endsWith(":")) {
                return null;
            }
            int e = end;
            while (e > o.end && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            return new Quoted(o.start, o.end, e, e, false);
        }

        /** Whether the quote {@code q} runs on into the next paragraph. */
        boolean continues(Quoted q) {
            return q.close() < t.length() && t.charAt(q.close()) == '\n' && q.close() == q.end();
        }

        /** Offset just after the opening mark of the next paragraph if it continues the quote, else -1. */
        private int continuation(int newline, char kind) {
            int j = newline;
            while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
                j++;
            }
            if (j >= t.length()) {
                return -1;
            }
            Opening next = opening(t, j);
            return next != null && family(next.kind) == family(kind) ? next.end : -1;
        }

        /** Length of the closing mark for {@code kind} at {@code i}, or 0. */
        private int closes(char kind, int i) {
            char c = t.charAt(i);
            return switch (kind) {
                case '\u201C', '\u201D' -> c == '\u201D' || c == '"' && !startsWord(t, i) ? 1 : 0;
                case '\u201E' -> c == '\u201C' || c == '\u201D' ? 1 : 0;
                case '\u00AB' -> c == '\u00BB' ? 1 : 0;
                case '"' -> c == '"' && !startsWord(t, i) || c == '\u201D' ? 1 : 0;
                case '\u2018' -> c == '\u2019' && !letterAt(i + 1) ? 1 : 0;
                case '`' -> t.startsWith("''", i) ? 2 : 0;
                default -> 0;
            };
        }

        /** Whether the mark at {@code i} opens a quote nested in one of the same {@code kind}. */
        private boolean reopens(char kind, int i) {
            char c = t.charAt(i);
            return switch (kind) {
                case '\u201C', '\u201D' -> c == '\u201C';
                case '\u00AB' -> c == '\u00AB';
                case '\u2018' -> c == '\u2018';
                case '`' -> t.startsWith("``", i);
                default -> false;
            };
        }

        private boolean letterAt(int i) {
            return i < t.length() && Character.isLetterOrDigit(t.charAt(i));
        }
    }

    /** Marks of one family continue each other over paragraphs: double, single, guillemets. */
    private static int family(char kind) {
        return switch (kind) {
            case '\u2018' -> 1;
            case '\u00AB' -> 2;
            default -> 0;
        };
    }
}

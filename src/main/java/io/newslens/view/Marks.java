package io.newslens.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Lays marked spans over a text as properly nested HTML. Spans may nest (a name inside a quote) or cross
 * (a quote that ends inside a name); a crossing span is closed and reopened around the boundary, so the
 * HTML stays well-formed and every span is drawn whole. All text is escaped.
 */
final class Marks {

    /**
     * One span to mark.
     *
     * @param start offset of its first character
     * @param end end offset (exclusive)
     * @param rank which of two spans with the same extent goes outside (lower is outer)
     * @param open the opening tag of its first piece
     * @param reopen the opening tag of a piece after a crossing span cut it
     * @param tail HTML put inside the span just before its end (e.g. a link to a quote's speaker)
     * @param close the closing tag
     */
    record Span(int start, int end, int rank, String open, String reopen, String tail, String close) {
    }

    private Marks() {
    }

    /** The text, escaped, with every valid span marked; spans outside the text are left out. */
    static String render(String text, List<Span> spans) {
        List<Span> valid = new ArrayList<>();
        TreeSet<Integer> bounds = new TreeSet<>();
        for (Span s : spans) {
            if (s.start() >= 0 && s.end() <= text.length() && s.start() < s.end()) {
                valid.add(s);
                bounds.add(s.start());
                bounds.add(s.end());
            }
        }
        valid.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
                .thenComparingInt(Span::rank));
        StringBuilder out = new StringBuilder(text.length() * 2);
        List<Span> open = new ArrayList<>();
        int pos = 0;
        int next = 0;
        for (int b : bounds) {
            out.append(Html.escape(text.substring(pos, b)));
            pos = b;
            closeEndingAt(b, open, out);
            while (next < valid.size() && valid.get(next).start() == b) {
                Span s = valid.get(next++);
                out.append(s.open());
                open.add(s);
            }
        }
        out.append(Html.escape(text.substring(pos)));
        return out.toString();
    }

    /** Closes the spans that end at {@code b}, cutting (and reopening) any opened inside them that go on. */
    private static void closeEndingAt(int b, List<Span> open, StringBuilder out) {
        int deepest = -1;
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).end() == b) {
                deepest = i;
                break;
            }
        }
        if (deepest < 0) {
            return;
        }
        List<Span> reopen = new ArrayList<>();
        for (int i = open.size() - 1; i >= deepest; i--) {
            Span s = open.remove(i);
            if (s.end() == b) {
                out.append(s.tail()).append(s.close());
            } else {
                out.append(s.close());
                reopen.add(0, s);
            }
        }
        for (Span s : reopen) {
            out.append(s.reopen());
            open.add(s);
        }
    }
}

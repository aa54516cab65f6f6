package io.newslens.load.html;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link amounts of every element below a root, counted in one pass so that link density
 * costs nothing per element. Counts non-space characters. Valid while the tree is not changed.
 */
final class TextStats {

    /** In-page anchors (footnotes, contents) are part of the text, so they count less as links. */
    private static final double ANCHOR_WEIGHT = 0.3;

    private final Map<Element, double[]> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                // counted on the way up
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    s.close(e);
                }
            }
        }, root);
        return s;
    }

    private void close(Element e) {
        double chars = 0;
        double links = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                chars += visibleChars(t.getWholeText());
            } else if (child instanceof Element c) {
                double[] cc = counts.get(c);
                chars += cc[0];
                links += cc[1];
            }
        }
        if (e.normalName().equals("a")) {
            links = e.attr("href").startsWith("#") ? chars * ANCHOR_WEIGHT : chars;
        }
        counts.put(e, new double[] {chars, links});
    }

    private static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
                n++;
            }
        }
        return n;
    }

    /** Non-space characters of the element's text. */
    int chars(Element e) {
        double[] c = counts.get(e);
        return c == null ? e.text().replaceAll("\\s", "").length() : (int) c[0];
    }

    /** Share of the element's text that sits inside links. */
    double linkDensity(Element e) {
        double[] c = counts.get(e);
        if (c == null) {
            return TextStats.of(e).linkDensity(e);
        }
        return c[0] == 0 ? 0 : Math.min(1, c[1] / c[0]);
    }
}

package io.newslens.load.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import io.newslens.model.Segment;
import io.newslens.model.SegmentKind;

/**
 * Extracts the article's paragraphs from a page body: finds the article element with
 * {@link ContentScorer}, adds sibling elements that read like more of the same article, then walks
 * that part of the page block by block, keeping prose, headings and lists and moving captions,
 * credits, bylines, share bars and promotions to removed segments.
 */
final class ContentExtractor {

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?( |$)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final double PROMO_LINK_DENSITY = 0.6;
    private static final int PROSE_PARAGRAPH = 150;
    private static final int MIN_PROSE = 60;
    private static final int LONG_PARAGRAPH = 80;

    /** The article's paragraphs and the removed parts around and within them. */
    record Result(List<String> paragraphs, List<Segment> removed) {
        String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    private ContentExtractor() {
    }

    /**
     * Extracts from {@code body}, which is modified (non-content elements are taken out), with the
     * page's declared {@code articleBody} (or {@code null}) as evidence.
     */
    static Result extract(Element body, String title, String articleBody) {
        prune(body);
        TextStats stats = TextStats.of(body);
        Set<Element> comments = Boilerplate.insideComments(body);
        BodyHint hint = BodyHint.of(articleBody);
        ContentScorer.Scored scored = ContentScorer.best(body, stats, comments, hint);
        List<Element> parts = withSiblings(scored, body, stats, comments, hint);
        Walker w = new Walker(title, stats, parts.stream().mapToInt(stats::chars).sum());
        for (Element part : parts) {
            w.visitChildren(part);
            w.flush();
        }
        return new Result(w.paragraphs, w.removed);
    }

    /** Removes scripts, styles, forms controls and hidden elements. */
    static void prune(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (Boilerplate.DROPPED_TAGS.contains(e.normalName()) || e.hasAttr("hidden")
                    || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                drop.add(e);
            }
        }
        drop.forEach(Element::remove);
    }

    /** The top candidate plus siblings that score close to it or read as prose paragraphs. */
    private static List<Element> withSiblings(ContentScorer.Scored scored, Element body, TextStats stats,
                                              Set<Element> comments, BodyHint hint) {
        Element top = scored.top();
        Element parent = top.parent();
        if (top == body || parent == null) {
            return List.of(top);
        }
        double topScore = scored.scoreOf(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || joins(sibling, top, scored, threshold, stats, hint)) {
                out.add(sibling);
            }
        }
        return withTwins(out, top, body, stats, comments);
    }

    /**
     * Adds elements elsewhere on the page that share the top candidate's tag and class names and hold
     * prose: articles split into chunks around ads or media put each chunk in such a twin.
     */
    private static List<Element> withTwins(List<Element> parts, Element top, Element body, TextStats stats,
                                           Set<Element> comments) {
        if (top.className().isBlank()) {
            return parts;
        }
        List<Element> all = new ArrayList<>(parts);
        for (Element e : body.getElementsByTag(top.normalName())) {
            if (e != top && !comments.contains(e) && e.className().equals(top.className()) && !overlaps(e, all)
                    && Boilerplate.kindOf(e, stats) == null && isProse(e, stats)) {
                all.add(e);
            }
        }
        if (all.size() == parts.size()) {
            return parts;
        }
        Map<Element, Integer> order = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            order.put(e, order.size());
        }
        all.sort(Comparator.comparing(order::get));
        return all;
    }

    private static boolean overlaps(Element e, List<Element> parts) {
        for (Element p : parts) {
            if (p == e || e.parents().contains(p) || p.parents().contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean joins(Element sibling, Element top, ContentScorer.Scored scored, double threshold,
                                 TextStats stats, BodyHint hint) {
        if (hint.weight(sibling.text()) < 1) {
            return false; // the page's declared body says this is something else
        }
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                ? scored.scoreOf(top) * 0.2 : 0;
        if (scored.scoreOf(sibling) + bonus >= threshold && Boilerplate.kindOf(sibling, stats) == null) {
            return true;
        }
        if (Boilerplate.kindOf(sibling, stats) != null) {
            return false;
        }
        String text = sibling.text();
        if (!sibling.normalName().equals("p") && ContentScorer.hasBlockChild(sibling)) {
            // A wrapper around paragraphs of prose (a lead paragraph in its own box) belongs too.
            return text.length() >= PROSE_PARAGRAPH && proseChars(sibling, stats) * 2 >= stats.chars(sibling);
        }
        double links = stats.linkDensity(sibling);
        return text.length() > LONG_PARAGRAPH ? links < 0.25
                : !text.isEmpty() && links == 0 && SENTENCE_END.matcher(text).find();
    }

    /** Whether {@code e} reads as article text: sentences, hardly any links. */
    static boolean isProse(Element e, TextStats stats) {
        String text = e.text();
        return text.length() >= MIN_PROSE && SENTENCE_END.matcher(text).find() && stats.linkDensity(e) < 0.2;
    }

    /** Characters in long, link-free paragraphs below {@code e}: article prose, not teasers. */
    static int proseChars(Element e, TextStats stats) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            int len = stats.chars(p);
            if (len >= PROSE_PARAGRAPH && stats.linkDensity(p) < 0.2) {
                n += len;
            }
        }
        return n;
    }

    /** Walks the chosen elements in page order, collecting paragraphs and removed parts. */
    private static final class Walker {
        private final String title;
        private final TextStats stats;
        /** Text in the chosen parts: the measure for removals that would be too big. */
        private final int totalChars;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Segment> removed = new ArrayList<>();
        /** The paragraph being collected, and how much of it is link text. */
        private final StringBuilder current = new StringBuilder();
        private int linkChars;
        private int inLink;

        Walker(String title, TextStats stats, int totalChars) {
            this.title = title;
            this.stats = stats;
            this.totalChars = totalChars;
        }

        /** Visits a chosen part's content; the part itself is never removed by its class name. */
        void visitChildren(Element part) {
            if (ContentScorer.BLOCK_TAGS.contains(part.normalName())) {
                flush();
            }
            for (Node child : part.childNodes()) {
                visit(child);
            }
        }

        /**
         * A removal by class name that would take most of the article is wrong: such names sit on
         * wrappers ("has-sidebar", "share-enabled").
         */
        private boolean tooBig(SegmentKind kind, Element e) {
            if (kind != SegmentKind.PROMO && kind != SegmentKind.NAVIGATION || Boilerplate.isComments(e)) {
                return false;
            }
            return stats.chars(e) > totalChars / 2 || proseChars(e, stats) > totalChars / 4;
        }

        void visit(Node node) {
            if (node instanceof TextNode t) {
                append(t.text());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                flush();
                return;
            }
            SegmentKind kind = Boilerplate.kindOf(e, stats);
            if (kind != null && !tooBig(kind, e)) {
                flush();
                remove(kind, e.text());
                return;
            }
            boolean block = ContentScorer.BLOCK_TAGS.contains(tag);
            if (block) {
                flush();
            }
            boolean link = tag.equals("a");
            inLink += link ? 1 : 0;
            for (Node child : e.childNodes()) {
                visit(child);
            }
            inLink -= link ? 1 : 0;
            if (block) {
                flush();
            }
        }

        private void append(String text) {
            if (text.isBlank()) {
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                return;
            }
            current.append(text);
            if (inLink > 0) {
                linkChars += text.strip().length();
            }
        }

        void flush() {
            String text = SPACES.matcher(current).replaceAll(" ").strip();
            int links = linkChars;
            current.setLength(0);
            linkChars = 0;
            if (text.isEmpty()) {
                return;
            }
            SegmentKind kind = Boilerplate.kindOfLine(text);
            if (kind == null && (double) links / text.length() > PROMO_LINK_DENSITY) {
                kind = SegmentKind.PROMO;
            }
            if (kind == null && title != null && text.equalsIgnoreCase(title)) {
                kind = SegmentKind.OTHER;
            }
            if (kind != null) {
                remove(kind, text);
            } else {
                paragraphs.add(text);
            }
        }

        private void remove(SegmentKind kind, String text) {
            String t = SPACES.matcher(text).replaceAll(" ").strip();
            if (!t.isEmpty()) {
                removed.add(new Segment(kind, t));
            }
        }
    }
}

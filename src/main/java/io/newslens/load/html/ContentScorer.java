package io.newslens.load.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article, by the readability method: every paragraph of prose
 * gives points (more for length and commas) to its parent and, less, to its further ancestors; an
 * ancestor's points are discounted by its link density and shifted by its class names. The winner
 * is the element whose children are paragraphs of prose, not links.
 */
final class ContentScorer {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "table", "ul", "ol",
            "dl", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figure", "header", "footer", "form",
            "aside", "nav", "li", "tr", "td", "th", "tbody", "thead", "dd", "dt", "address", "hr", "center",
            "details", "summary", "fieldset", "figcaption");
    private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "font", "span",
            "center", "blockquote");
    private static final Pattern POSITIVE = Pattern.compile("(?:^|[^a-z])(?:article|body|content|entry|hentry|"
            + "h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text)(?:$|[^a-z])");
    private static final Pattern NEGATIVE = Pattern.compile("(?:^|[^a-z])(?:-?ad-|hidden|banner|combx|comment|"
            + "com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|"
            + "shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu|social|newsletter|"
            + "recommend|popular|trending|teaser)");
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;

    /** A candidate needs this much paragraph text below it: class names alone must not make a winner. */
    private static final int MIN_CANDIDATE_TEXT = 140;

    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Map<Element, Integer> textBelow = new IdentityHashMap<>();

    private ContentScorer(TextStats stats) {
        this.stats = stats;
    }

    /**
     * The best candidate below {@code body}, or {@code body} itself when no paragraph qualifies;
     * paragraphs in {@code comments} do not count, and {@code hint} weighs the others.
     */
    static Scored best(Element body, TextStats stats, Set<Element> comments, BodyHint hint) {
        ContentScorer s = new ContentScorer(stats);
        s.scoreParagraphs(body, comments, hint);
        return new Scored(s.top(body), s.scores);
    }

    /** The winning element and the scores of all candidates (for sibling decisions). */
    record Scored(Element top, Map<Element, Double> scores) {
        double scoreOf(Element e) {
            return scores.getOrDefault(e, 0.0);
        }
    }

    private void scoreParagraphs(Element body, Set<Element> comments, BodyHint hint) {
        for (Element e : body.getAllElements()) {
            if (comments.contains(e)) {
                continue;
            }
            String text = paragraphText(e);
            if (text == null || text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double points = (1 + count(text, ',') + count(text, '，') + Math.min(text.length() / 100.0, 3))
                    * hint.weight(text);
            // Loose text in a container makes the container itself the paragraph's holder.
            Element ancestor = SCORED_TAGS.contains(e.normalName()) || !hasBlockChild(e) ? e.parent() : e;
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                if (ancestor == body.parent()) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.putIfAbsent(ancestor, initial(ancestor));
                scores.merge(ancestor, points / divider, Double::sum);
                textBelow.merge(ancestor, text.length(), Integer::sum);
                ancestor = ancestor.parent();
            }
        }
    }

    /** The prose a scored element contributes: its text, or a container's own loose text. */
    private static String paragraphText(Element e) {
        String tag = e.normalName();
        if (SCORED_TAGS.contains(tag)) {
            return e.text();
        }
        if (CONTAINER_TAGS.contains(tag)) {
            if (!hasBlockChild(e)) {
                return tag.equals("span") || tag.equals("font") ? null : e.text();
            }
            String own = ownText(e);
            return own.length() >= 4 * MIN_PARAGRAPH ? own : null;
        }
        return null;
    }

    private Element top(Element body) {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> c : scores.entrySet()) {
            double final0 = c.getValue() * (1 - stats.linkDensity(c.getKey()));
            c.setValue(final0);
            if (final0 > bestScore && textBelow.get(c.getKey()) >= MIN_CANDIDATE_TEXT) {
                bestScore = final0;
                best = c.getKey();
            }
        }
        if (best == null) {
            return body;
        }
        return climb(best, body);
    }

    /** Moves up while a parent scores better, or while the candidate is its parent's only child. */
    private Element climb(Element top, Element body) {
        Element best = top;
        double last = scores.get(top);
        double floor = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Double s = scores.get(p);
            if (s == null) {
                continue;
            }
            if (s < floor) {
                break;
            }
            if (s > last) {
                best = p;
                break;
            }
            last = s;
        }
        while (best.parent() != null && best.parent() != body && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        return best;
    }

    /** Readability's starting points for a candidate: by tag, then by class/id names. */
    private static double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    static double classWeight(Element e) {
        String names = Boilerplate.names(e);
        if (names.isEmpty()) {
            return 0;
        }
        double w = 0;
        if (NEGATIVE.matcher(names).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(names).find()) {
            w += 25;
        }
        return w;
    }

    static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String ownText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            } else if (n instanceof Element c && !BLOCK_TAGS.contains(c.normalName())) {
                sb.append(c.text());
            }
        }
        return sb.toString().strip();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}

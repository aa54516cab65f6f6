package io.newslens.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newslens.model.Analysis;
import io.newslens.model.Article;
import io.newslens.model.Dateline;
import io.newslens.model.Entity;
import io.newslens.model.Mention;
import io.newslens.model.Quote;
import io.newslens.model.Segment;
import io.newslens.model.TimeExpression;

/**
 * Draws an analysed article as one self-contained HTML page: no external assets, no network, readable
 * with JavaScript off. Every mention, date and quote is marked in the body with a colour and a label or
 * pattern, its entity, value or speaker shown on hover and focus; a side panel lists what was found,
 * each item a link to its place in the text. Article text is always escaped, and the page's
 * Content-Security-Policy allows no script but its own.
 */
public final class HtmlView {

    private static final String CSS = resource("view.css");
    private static final String SCRIPT = resource("view.js");

    /** The policy of every page: only the page's own style and script, nothing loaded from anywhere. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'sha256-" + sha256(SCRIPT) + "'; img-src data:; form-action 'self'; base-uri 'none'";

    private static final int SNIPPET = 90;

    private HtmlView() {
    }

    /** The page of {@code analysis}. */
    public static String render(Analysis analysis) {
        Article a = analysis.article();
        StringBuilder out = new StringBuilder(a.text().length() * 3 + 8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(Html.escape(CONTENT_SECURITY_POLICY)).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(a.title() == null ? "Untitled article" : a.title()))
                .append(" · newslens</title>\n<style>").append(CSS).append("</style></head>\n<body>\n")
                .append("<div class=\"page\">\n<main>\n");
        header(a, out);
        legend(out);
        out.append("<div class=\"body\" id=\"body\">").append(Marks.render(a.text(), spans(analysis)))
                .append("</div>\n");
        removed(a, out);
        out.append("</main>\n<aside aria-label=\"Found in this article\">\n");
        entities("People", "per", analysis.people(), out);
        entities("Places", "loc", analysis.places(), out);
        entities("Organizations", "org", analysis.organizations(), out);
        dates(analysis.dates(), out);
        quotes(analysis.quotes(), out);
        out.append("</aside>\n</div>\n<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        return out.toString();
    }

    private static void header(Article a, StringBuilder out) {
        out.append("<header>\n<h1>").append(Html.escape(a.title() == null ? "(no title found)" : a.title()))
                .append("</h1>\n<dl class=\"meta\">");
        if (!a.authors().isEmpty()) {
            meta("By", Html.escape(String.join(", ", a.authors())), out);
        }
        if (a.publisher() != null) {
            meta("Publisher", Html.escape(a.publisher()), out);
        }
        meta("Published", a.published() == null ? "unknown"
                : "<time datetime=\"" + a.published().value() + "\">" + a.published().value() + "</time>"
                        + " <span class=\"basis\">(from " + Html.escape(a.published().basis()) + ")</span>", out);
        if (a.dateline() != null) {
            meta("Dateline", "<a href=\"#dateline\">" + Html.escape(datelineText(a.dateline())) + "</a>", out);
        }
        out.append("</dl>\n</header>\n");
    }

    private static void meta(String name, String html, StringBuilder out) {
        out.append("<div><dt>").append(name).append("</dt><dd>").append(html).append("</dd></div>");
    }

    private static String datelineText(Dateline d) {
        return d.agency() == null ? d.place() : d.place() + " (" + d.agency() + ")";
    }

    private static void legend(StringBuilder out) {
        out.append("<p class=\"legend\">Marked: ");
        out.append("<mark class=\"m per\" data-label=\"PER\">person</mark> ");
        out.append("<mark class=\"m loc\" data-label=\"LOC\">place</mark> ");
        out.append("<mark class=\"m org\" data-label=\"ORG\">organization</mark> ");
        out.append("<mark class=\"d\" data-label=\"DATE\">date</mark> ");
        out.append("<span class=\"q\">quote<span class=\"who\">speaker</span></span>");
        out.append(" · hover or focus a mark (Tab) to see what it is.</p>\n");
    }

    /** Every mark of the body: quotes outermost, then the dateline, names and dates. */
    private static List<Marks.Span> spans(Analysis analysis) {
        List<Marks.Span> spans = new ArrayList<>();
        List<Quote> quotes = analysis.quotes() == null ? List.of() : analysis.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            spans.add(quoteSpan(quotes.get(i), i));
        }
        Dateline d = analysis.article().dateline();
        if (d != null) {
            String attrs = " class=\"dl\" data-start=\"" + d.start() + "\" data-end=\"" + d.end()
                    + "\" title=\"Dateline: " + Html.escape(datelineText(d)) + "\"";
            spans.add(new Marks.Span(d.start(), d.end(), 1, "<span id=\"dateline\"" + attrs + ">",
                    "<span" + attrs + ">", "", "</span>"));
        }
        mentionSpans(analysis.people(), "per", "Person", spans);
        mentionSpans(analysis.places(), "loc", "Place", spans);
        mentionSpans(analysis.organizations(), "org", "Organization", spans);
        List<TimeExpression> dates = analysis.dates() == null ? List.of() : analysis.dates();
        for (int i = 0; i < dates.size(); i++) {
            TimeExpression t = dates.get(i);
            String attrs = " class=\"d\" data-label=\"DATE\" tabindex=\"0\" data-start=\"" + t.start()
                    + "\" data-end=\"" + t.end() + "\" title=\"" + Html.escape(dateTip(t)) + "\"";
            spans.add(new Marks.Span(t.start(), t.end(), 3, "<mark id=\"d-" + i + "\"" + attrs + ">",
                    "<mark" + attrs + ">", "", "</mark>"));
        }
        return spans;
    }

    private static Marks.Span quoteSpan(Quote q, int i) {
        Quote.Speaker s = q.speaker();
        String who = s == null ? "no speaker named" : s.name();
        String attrs = " class=\"q " + q.kind().name().toLowerCase(Locale.ROOT) + "\" data-mode=\"" + modeName(q)
                + "\" data-start=\"" + q.start() + "\" data-end=\"" + q.end() + "\"" + (s != null && s.entity() != null
                        ? " data-speaker=\"" + Html.escape(s.entity()) + "\"" : "")
                + " title=\"" + Html.escape(kindName(q) + " quote" + (q.cue() == null ? "" : " (" + q.cue() + ")")
                        + modeLabel(q) + ": " + who) + "\"";
        String tail;
        if (s != null && s.entity() != null) {
            tail = "<a class=\"who\" href=\"#ent-" + Html.idPart(s.entity()) + "\" data-speaker=\""
                    + Html.escape(s.entity()) + "\">" + Html.escape(s.name()) + "</a>";
        } else {
            tail = "<span class=\"who none\">" + Html.escape(who) + "</span>";
        }
        return new Marks.Span(q.start(), q.end(), 0, "<span id=\"q-" + i + "\"" + attrs + ">",
                "<span" + attrs + ">", tail, "</span>");
    }

    private static String modeName(Quote q) {
        return q.mode().name().toLowerCase(Locale.ROOT);
    }

    /** ", belief" and the like: a quote that reports no words said says so, speech says nothing. */
    private static String modeLabel(Quote q) {
        return q.mode() == Quote.Mode.SPEECH ? "" : ", " + modeName(q);
    }

    private static String kindName(Quote q) {
        String k = q.kind().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(k.charAt(0)) + k.substring(1);
    }

    private static String dateTip(TimeExpression t) {
        return t.type().name().charAt(0) + t.type().name().substring(1).toLowerCase(Locale.ROOT) + ": " + t.value()
                + (t.mod() == null ? "" : " (" + t.mod() + ")");
    }

    private static void mentionSpans(List<Entity> entities, String kind, String kindName, List<Marks.Span> spans) {
        if (entities == null) {
            return;
        }
        for (Entity e : entities) {
            String id = Html.idPart(e.id());
            String tip = kindName + ": " + e.name() + (e.roles().isEmpty() ? "" : ", " + String.join(", ", e.roles()));
            for (int i = 0; i < e.mentions().size(); i++) {
                Mention m = e.mentions().get(i);
                String attrs = " class=\"m " + kind + "\" data-label=\"" + kind.toUpperCase(Locale.ROOT)
                        + "\" data-entity=\"" + Html.escape(e.id()) + "\" data-start=\"" + m.start()
                        + "\" data-end=\"" + m.end() + "\" tabindex=\"0\" title=\"" + Html.escape(tip) + "\"";
                spans.add(new Marks.Span(m.start(), m.end(), 2, "<mark id=\"m-" + id + "-" + i + "\"" + attrs + ">",
                        "<mark" + attrs + ">", "", "</mark>"));
            }
        }
    }

    private static void removed(Article a, StringBuilder out) {
        if (a.removed().isEmpty()) {
            return;
        }
        out.append("<details class=\"removed\"><summary>Removed from the page (")
                .append(a.removed().size()).append(" parts: navigation, captions, credits…)</summary>\n<ol>\n");
        for (Segment s : a.removed()) {
            out.append("<li><span class=\"kind\">").append(s.kind().name().toLowerCase(Locale.ROOT))
                    .append("</span> ").append(Html.escape(s.text())).append("</li>\n");
        }
        out.append("</ol></details>\n");
    }

    private static void entities(String heading, String kind, List<Entity> entities, StringBuilder out) {
        if (entities == null) {
            return;
        }
        out.append("<section><h2>").append(heading).append(" <span class=\"count\">(").append(entities.size())
                .append(")</span></h2>\n<ul class=\"ents\">\n");
        for (Entity e : entities) {
            String id = Html.idPart(e.id());
            out.append("<li id=\"ent-").append(id).append("\" data-entity=\"").append(Html.escape(e.id()))
                    .append("\"><span class=\"sw ").append(kind).append("\" aria-hidden=\"true\"></span>")
                    .append("<a class=\"name\" href=\"#m-").append(id).append("-0\">").append(Html.escape(e.name()))
                    .append("</a> <span class=\"count\">×").append(e.mentions().size()).append("</span>");
            if (!e.roles().isEmpty()) {
                out.append("<div class=\"roles\">").append(Html.escape(String.join(", ", e.roles()))).append("</div>");
            }
            out.append("<div class=\"jumps\">");
            for (int i = 0; i < e.mentions().size(); i++) {
                out.append("<a href=\"#m-").append(id).append('-').append(i).append("\" aria-label=\"mention ")
                        .append(i + 1).append(" of ").append(Html.escape(e.name())).append("\">").append(i + 1)
                        .append("</a> ");
            }
            out.append("</div></li>\n");
        }
        out.append("</ul></section>\n");
    }

    private static void dates(List<TimeExpression> dates, StringBuilder out) {
        if (dates == null) {
            return;
        }
        out.append("<section><h2>Dates <span class=\"count\">(").append(dates.size())
                .append(")</span></h2>\n<ul class=\"dates\">\n");
        for (int i = 0; i < dates.size(); i++) {
            TimeExpression t = dates.get(i);
            out.append("<li><a href=\"#d-").append(i).append("\">").append(Html.escape(t.text())).append("</a> → <code>")
                    .append(Html.escape(t.value())).append("</code> <span class=\"count\">")
                    .append(t.type().name()).append(t.mod() == null ? "" : " " + Html.escape(t.mod()))
                    .append("</span></li>\n");
        }
        out.append("</ul></section>\n");
    }

    private static void quotes(List<Quote> quotes, StringBuilder out) {
        if (quotes == null) {
            return;
        }
        Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>();
        Map<String, Quote.Speaker> speakers = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote.Speaker s = quotes.get(i).speaker();
            String key = s == null ? "" : s.entity() != null ? "e:" + s.entity() : "n:" + s.name();
            bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            speakers.putIfAbsent(key, s);
        }
        out.append("<section><h2>Quotes by speaker <span class=\"count\">(").append(quotes.size())
                .append(")</span></h2>\n<ul class=\"quotes\">\n");
        for (Map.Entry<String, List<Integer>> group : bySpeaker.entrySet()) {
            Quote.Speaker s = speakers.get(group.getKey());
            out.append("<li>");
            if (s == null) {
                out.append("<span class=\"name\">No speaker named</span>");
            } else if (s.entity() != null) {
                out.append("<a class=\"name\" href=\"#ent-").append(Html.idPart(s.entity())).append("\">")
                        .append(Html.escape(s.name())).append("</a>");
            } else {
                out.append("<span class=\"name\">").append(Html.escape(s.name())).append("</span>");
            }
            out.append("<ol>");
            for (int i : group.getValue()) {
                Quote q = quotes.get(i);
                out.append("<li><a href=\"#q-").append(i).append("\">").append(Html.escape(snippet(q.text())))
                        .append("</a> <span class=\"count\">").append(q.kind().name().toLowerCase(Locale.ROOT))
                        .append(Html.escape(modeLabel(q))).append("</span></li>");
            }
            out.append("</ol></li>\n");
        }
        out.append("</ul></section>\n");
    }

    private static String snippet(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= SNIPPET ? t : t.substring(0, t.offsetByCodePoints(0, t.codePointCount(0, SNIPPET - 1)))
                + "…";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlView.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

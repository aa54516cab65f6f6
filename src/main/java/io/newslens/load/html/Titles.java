package io.newslens.load.html;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds the headline and strips the site name that page titles carry ("... - CNN"). */
final class Titles {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:•·»]\\s+|\\s*\\|\\s*|\\s+::\\s+");
    private static final int SITE_WORDS = 4;

    private Titles() {
    }

    static Sourced<String> title(Document doc, Map<String, String> meta, JsonLd ld, JsonNode article,
                                 String publisher) {
        Element h1 = doc.selectFirst("h1");
        String heading = h1 == null ? null : h1.text().strip();
        Sourced<String> raw = raw(doc, meta, ld, article);
        if (raw == null) {
            return heading == null || heading.isEmpty() ? null : new Sourced<>(heading, "h1");
        }
        return new Sourced<>(stripSite(raw.value(), publisher, heading), raw.basis());
    }

    private static Sourced<String> raw(Document doc, Map<String, String> meta, JsonLd ld, JsonNode article) {
        String headline = article == null ? null : ld.text(article.get("headline"));
        if (headline != null) {
            return new Sourced<>(clean(headline), "json-ld:headline");
        }
        for (String key : new String[] {"og:title", "twitter:title"}) {
            if (meta.containsKey(key)) {
                return new Sourced<>(clean(meta.get(key)), "meta:" + key);
            }
        }
        String title = doc.title().strip();
        return title.isEmpty() ? null : new Sourced<>(clean(title), "html:title");
    }

    private static String clean(String s) {
        return org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
    }

    /**
     * Drops a leading or trailing part that names the site: the publisher's name, or a short part
     * next to a longer one that the page's {@code <h1>} does not contain.
     */
    static String stripSite(String title, String publisher, String heading) {
        return stripSite(title, publisher, heading, false);
    }

    /** With {@code afterSite}, the site name is gone and a one- or two-word tail is a section name. */
    private static String stripSite(String title, String publisher, String heading, boolean afterSite) {
        if (heading != null && !heading.isEmpty() && title.startsWith(heading) && title.length() > heading.length()
                && SEPARATOR.matcher(title.substring(heading.length())).lookingAt()) {
            return heading;
        }
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        String rest = title.substring(0, title.lastIndexOf(last));
        if (sameSite(last, publisher)) {
            return stripSite(cutEnd(title, last), publisher, heading, true);
        }
        boolean section = afterSite && words(last) <= 2 && words(rest) >= words(last);
        if ((section || isShort(last) && !isShort(rest)) && (heading == null || !heading.contains(last))) {
            return stripSite(cutEnd(title, last), publisher, heading, true);
        }
        if (sameSite(first, publisher) || words(first) <= 2 && title.startsWith(first + " | ")
                && !isShort(title.substring(first.length() + 3))) {
            return title.substring(title.indexOf(first) + first.length()).replaceFirst("^\\s*[|\\-–—:•·»]+\\s*", "");
        }
        return title;
    }

    private static String cutEnd(String title, String last) {
        String head = title.substring(0, title.lastIndexOf(last));
        return head.replaceFirst("\\s*[|\\-–—:•·»]+\\s*$", "").strip();
    }

    private static boolean isShort(String s) {
        return words(s) <= SITE_WORDS;
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    private static boolean sameSite(String part, String publisher) {
        if (publisher == null) {
            return false;
        }
        String a = key(part);
        String b = key(publisher);
        return !a.isEmpty() && (a.equals(b) || b.startsWith(a) || a.startsWith(b));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "").replaceFirst("^the", "")
                .replaceFirst("(com|org|net|couk)$", "");
    }
}

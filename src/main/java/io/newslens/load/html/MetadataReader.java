package io.newslens.load.html;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a page's metadata with its provenance: JSON-LD first, then Open Graph / {@code article:*}
 * and other meta tags, then microdata, {@code <time>} elements, the byline and the URL path.
 */
final class MetadataReader {

    private static final List<String> AUTHOR_META = List.of("author", "article:author", "parsely-author",
            "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author", "og:article:author",
            "twitter:creator:name");
    private static final Set<String> PUBLISHER_TYPES = Set.of("organization", "newsmediaorganization",
            "corporation", "website");
    private static final String BYLINE_SELECTOR = "[rel=author], [itemprop=author], [class~=(?i)byline|author-?name"
            + "|article-?author|story-?author|post-?author|\\bauthor\\b], [id~=(?i)byline|author]";

    private MetadataReader() {
    }

    /**
     * Reads the metadata of {@code doc}.
     *
     * @param url the page address if known from outside the page
     * @param savedOn the day the page was saved, or {@code null}; later dates are rejected
     */
    static PageMetadata read(Document doc, String url, LocalDate savedOn) {
        JsonLd ld = JsonLd.of(doc);
        JsonNode article = ld.article();
        Map<String, String> meta = metaTags(doc);
        Sourced<String> canonical = canonical(doc, meta, ld, article, url);
        Sourced<String> publisher = publisher(meta, ld, article);
        Sourced<String> title = Titles.title(doc, meta, ld, article, publisher == null ? null : publisher.value());
        LocalDate latest = savedOn != null ? savedOn : LocalDate.now().plusDays(1);
        DateReader dates = new DateReader(doc, meta, ld, article, canonical == null ? null : canonical.value(), latest);
        Sourced<LocalDate> modified = dates.modified();
        // a modification date says when the page last changed, not when it was published
        Sourced<LocalDate> published = dates.published();
        String body = article == null ? null : ld.text(article.get("articleBody"));
        return new PageMetadata(title, authors(doc, meta, ld, article), publisher, published, modified,
                language(doc, meta, ld, article), canonical, body,
                meta.getOrDefault("og:description", meta.get("description")));
    }

    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    out.putIfAbsent(k, content);
                }
            }
        }
        return out;
    }

    private static Sourced<String> canonical(Document doc, Map<String, String> meta, JsonLd ld, JsonNode article,
                                             String url) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && link.attr("href").startsWith("http")) {
            return new Sourced<>(link.attr("href"), "link:canonical");
        }
        if (meta.containsKey("og:url") && meta.get("og:url").startsWith("http")) {
            return new Sourced<>(meta.get("og:url"), "meta:og:url");
        }
        if (article != null) {
            String u = ld.text(article.get("url"));
            if (u == null) {
                u = ld.text(article.get("mainEntityOfPage"));
            }
            if (u != null && u.startsWith("http")) {
                return new Sourced<>(u, "json-ld:url");
            }
        }
        return url == null ? null : new Sourced<>(url, "given");
    }

    private static Sourced<String> publisher(Map<String, String> meta, JsonLd ld, JsonNode article) {
        if (article != null) {
            String p = ld.text(article.get("publisher"));
            if (p != null && !p.startsWith("http") && !p.startsWith("#")) {
                return new Sourced<>(p, "json-ld:publisher");
            }
        }
        if (meta.containsKey("og:site_name")) {
            return new Sourced<>(meta.get("og:site_name"), "meta:og:site_name");
        }
        JsonNode org = ld.first(PUBLISHER_TYPES, "name");
        if (org != null) {
            return new Sourced<>(ld.text(org.get("name")), "json-ld:" + org.path("@type").asText("Organization"));
        }
        String app = meta.get("application-name");
        return app == null ? null : new Sourced<>(app, "meta:application-name");
    }

    private static Sourced<List<String>> authors(Document doc, Map<String, String> meta, JsonLd ld, JsonNode article) {
        if (article != null) {
            List<String> names = Names.clean(ld.names(article.get("author")));
            if (!names.isEmpty()) {
                return new Sourced<>(names, "json-ld:author");
            }
        }
        for (String key : AUTHOR_META) {
            String v = meta.get(key);
            if (v != null && !v.startsWith("http")) {
                List<String> names = Names.clean(List.of(v));
                if (!names.isEmpty()) {
                    return new Sourced<>(names, "meta:" + key);
                }
            }
        }
        for (Element e : doc.select(BYLINE_SELECTOR)) {
            Element name = e.selectFirst("[itemprop=name]");
            String text = (name != null ? name : e).text();
            if (text.length() <= 200) {
                List<String> names = Names.clean(List.of(text));
                if (!names.isEmpty()) {
                    return new Sourced<>(names, "byline");
                }
            }
        }
        return null;
    }

    private static Sourced<String> language(Document doc, Map<String, String> meta, JsonLd ld, JsonNode article) {
        String lang = doc.select("html").attr("lang").strip();
        if (!lang.isEmpty()) {
            return new Sourced<>(lang, "html:lang");
        }
        if (article != null && ld.text(article.get("inLanguage")) != null) {
            return new Sourced<>(ld.text(article.get("inLanguage")), "json-ld:inLanguage");
        }
        if (meta.containsKey("content-language")) {
            return new Sourced<>(meta.get("content-language"), "meta:content-language");
        }
        return meta.containsKey("og:locale") ? new Sourced<>(meta.get("og:locale"), "meta:og:locale") : null;
    }

}

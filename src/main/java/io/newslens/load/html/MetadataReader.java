package io.newslens.load.html;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a page's metadata with its provenance: JSON-LD first, then Open Graph / {@code article:*}
 * and other meta tags, then microdata, {@code <time>} elements, the byline and the URL path.
 */
final class MetadataReader {

    private static final List<String> PUBLISHED_META = List.of("article:published_time",
            "og:article:published_time", "og:published_time", "datepublished", "article.published",
            "published_time", "publish-date", "publish_date", "publishdate", "pubdate", "publication_date",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dc.date.created", "dcterms.created", "date", "article:published", "original-publish-date",
            "og:pubdate", "cxenseparse:recs:publishtime", "release_date", "displaydate", "content_create_date");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "datemodified", "article.updated", "dc.date.modified", "dcterms.modified", "last-modified",
            "lastmod", "revised", "article:modified");
    private static final List<String> AUTHOR_META = List.of("author", "article:author", "parsely-author",
            "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author", "og:article:author",
            "twitter:creator:name");
    private static final Set<String> PUBLISHER_TYPES = Set.of("organization", "newsmediaorganization",
            "corporation", "website");
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|publish|posted|dateline|byline|meta|stamp");
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
        Sourced<LocalDate> modified = modified(meta, ld, article, latest);
        Sourced<LocalDate> published = published(doc, meta, ld, article, canonical, latest);
        if (published == null) {
            published = modified;
        }
        String body = article == null ? null : ld.text(article.get("articleBody"));
        return new PageMetadata(title, authors(doc, meta, ld, article), publisher, published, modified,
                language(doc, meta, ld, article), canonical, body);
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

    private static Sourced<LocalDate> modified(Map<String, String> meta, JsonLd ld, JsonNode article, LocalDate latest) {
        if (article != null) {
            LocalDate d = plausible(Dates.parse(ld.text(article.get("dateModified"))), latest);
            if (d != null) {
                return new Sourced<>(d, "json-ld:dateModified");
            }
        }
        return fromMeta(meta, MODIFIED_META, latest);
    }

    private static Sourced<LocalDate> published(Document doc, Map<String, String> meta, JsonLd ld, JsonNode article,
                                                Sourced<String> canonical, LocalDate latest) {
        if (article != null) {
            LocalDate d = plausible(Dates.parse(ld.text(article.get("datePublished"))), latest);
            if (d != null) {
                return new Sourced<>(d, "json-ld:datePublished");
            }
        }
        Sourced<LocalDate> found = fromMeta(meta, PUBLISHED_META, latest);
        if (found == null) {
            found = fromElements(doc.select("[itemprop=datePublished], [itemprop=dateCreated]"),
                    "microdata:datePublished", latest);
        }
        if (found == null && canonical != null) {
            LocalDate d = plausible(Dates.fromUrl(canonical.value()), latest);
            found = d == null ? null : new Sourced<>(d, "url-path");
        }
        if (found == null) {
            found = fromElements(doc.select("time[pubdate], time[datetime]"), "time-element", latest);
        }
        if (found == null && article != null) {
            LocalDate d = plausible(Dates.parse(ld.text(article.get("dateCreated"))), latest);
            found = d == null ? null : new Sourced<>(d, "json-ld:dateCreated");
        }
        return found != null ? found : bylineDate(doc, latest);
    }

    private static Sourced<LocalDate> fromMeta(Map<String, String> meta, List<String> keys, LocalDate latest) {
        for (String key : keys) {
            LocalDate d = plausible(Dates.parse(meta.get(key)), latest);
            if (d != null) {
                return new Sourced<>(d, "meta:" + key);
            }
        }
        return null;
    }

    private static Sourced<LocalDate> fromElements(Elements elements, String basis, LocalDate latest) {
        for (Element e : elements) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            LocalDate d = plausible(Dates.parse(v), latest);
            if (d == null && e.tagName().equals("time")) {
                d = plausible(Dates.parseText(e.text()), latest);
            }
            if (d != null) {
                return new Sourced<>(d, basis);
            }
        }
        return null;
    }

    /** A date written in the byline area: an element whose class or id speaks of dates, with short text. */
    private static Sourced<LocalDate> bylineDate(Document doc, LocalDate latest) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element e : body.getAllElements()) {
            String marker = e.className() + " " + e.id();
            if (marker.isBlank() || !DATE_CLASS.matcher(marker).find()) {
                continue;
            }
            String text = e.text();
            if (text.length() > 0 && text.length() <= 120) {
                LocalDate d = plausible(Dates.parseText(text), latest);
                if (d != null) {
                    return new Sourced<>(d, "byline-date");
                }
            }
        }
        return null;
    }

    private static LocalDate plausible(LocalDate d, LocalDate latest) {
        return d == null || d.isAfter(latest) ? null : d;
    }
}

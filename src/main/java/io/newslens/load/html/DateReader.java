package io.newslens.load.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds a page's publication and modification dates, most reliable source first: JSON-LD, meta
 * tags, microdata, the URL path, {@code <time>} elements, the byline, then labelled or stand-alone
 * dates in the page text. Dates after the day the page was saved are rejected. A UTC timestamp
 * gives way to a local date one day off that the page also shows, since readers see the local one.
 */
final class DateReader {

    private static final List<String> PUBLISHED_META = List.of("article:published_time",
            "og:article:published_time", "og:published_time", "datepublished", "article.published",
            "published_time", "publish-date", "publish_date", "publishdate", "pubdate", "publication_date",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dc.date.created", "dcterms.created", "date", "article:published", "original-publish-date",
            "og:pubdate", "cxenseparse:recs:publishtime", "release_date", "displaydate", "content_create_date");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "datemodified", "article.updated", "dc.date.modified", "dcterms.modified", "last-modified",
            "lastmod", "revised", "article:modified");
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|publish|posted|dateline|byline|meta|stamp");
    private static final Pattern UTC = Pattern.compile("T?\\d\\d:?\\d\\d(?::?\\d\\d)?(?:\\.\\d+)?(?:Z|[+-]00:?00)\\s*$");
    private static final Pattern LABELLED = Pattern.compile("(?i)(?:published|posted|updated|last edited|"
            + "last modified|last updated|date)\\b\\W{0,12}(?:on\\s+)?(.{6,40})");
    /**
     * A time zone named the IANA way in the page's scripts ("America/New_York"): news
     * sites put their own zone in their page configuration, which their pages show times in.
     */
    private static final Pattern ZONE_NAME = Pattern.compile("\"(\\p{Lu}\\p{Ll}+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)\"");
    /** The regions IANA zone names open with; found with a plain search, as scripts can be long. */
    private static final List<String> ZONE_REGIONS = List.of("\"America/", "\"Europe/", "\"Australia/", "\"Asia/",
            "\"Africa/", "\"Pacific/", "\"Atlantic/", "\"Indian/");
    private static final int MAX_ZONE_NAME = 40;
    private static final int SHORT_TEXT = 40;
    private static final int WEST_LIMIT = 10 * 60;
    private static final int EAST_LIMIT = (24 - 14) * 60;

    private final Document doc;
    private final Map<String, String> meta;
    private final JsonLd ld;
    private final JsonNode article;
    private final String url;
    private final LocalDate latest;

    DateReader(Document doc, Map<String, String> meta, JsonLd ld, JsonNode article, String url, LocalDate latest) {
        this.doc = doc;
        this.meta = meta;
        this.ld = ld;
        this.article = article;
        this.url = url;
        this.latest = latest;
    }

    /** A date found, its basis, and whether it was a UTC timestamp. */
    private record Found(LocalDate date, String basis, String raw) {
        boolean utc() {
            return raw != null && UTC.matcher(raw.strip()).find();
        }
    }

    Sourced<LocalDate> modified() {
        Found f = firstOf(jsonLd("dateModified"), meta(MODIFIED_META));
        return f == null ? null : new Sourced<>(f.date(), f.basis());
    }

    /**
     * The publication date from the strongest evidence, in the order publishers mark pages up:
     * schema.org {@code datePublished} and the publication meta tags (Open Graph
     * {@code article:published_time} and kin; of the two the earlier, a later one being a
     * re-publication), microdata, a date in the URL path, {@code <time pubdate>} and other
     * {@code <time>} elements, JSON-LD {@code dateCreated}, the byline, then the text. A modification
     * date is never one. The basis names the evidence and, when weaker structured evidence names
     * another day, that losing claim too.
     */
    Sourced<LocalDate> published() {
        List<Found> claims = new ArrayList<>();
        claims.add(earlier(jsonLd("datePublished"), meta(PUBLISHED_META)));
        claims.add(elements(doc.select("[itemprop=datePublished], [itemprop=dateCreated]"),
                "microdata:datePublished"));
        claims.add(fromUrl());
        claims.add(elements(doc.select("time[pubdate], time[datetime]"), "time-element"));
        claims.add(jsonLd("dateCreated"));
        claims.removeIf(java.util.Objects::isNull);
        Found f = claims.isEmpty() ? null : claims.get(0);
        f = f != null ? f : bylineDate();
        f = f != null ? f : textDate();
        if (f == null) {
            return null;
        }
        LocalDate day = f.date();
        String basis = f.basis();
        if (f.utc()) {
            Found local = localTwin(f);
            if (local != null) {
                day = local.date();
                basis += local.basis().startsWith("zone ") ? " (local day in " + local.basis().substring(5) + ")"
                        : " (local day)";
            }
        }
        return new Sourced<>(day, basis + overruled(claims, day));
    }

    /** "; not url-path 2020-05-03": the first structured claim of another day than the one chosen. */
    private static String overruled(List<Found> claims, LocalDate chosen) {
        for (Found c : claims) {
            // a UTC twin one day off is the same instant, not a conflict
            if (Math.abs(ChronoUnit.DAYS.between(c.date(), chosen)) > 1) {
                return "; not " + c.basis() + " " + c.date();
            }
        }
        return "";
    }

    /** Of two claims of first publication, the earlier: a later one is a re-publication. */
    private static Found earlier(Found a, Found b) {
        return a == null ? b : b == null || !b.date().isBefore(a.date()) ? a : b;
    }

    private static Found firstOf(Found a, Found b) {
        return a != null ? a : b;
    }

    private Found jsonLd(String field) {
        return article == null ? null : found(ld.text(article.get(field)), "json-ld:" + field);
    }

    private Found meta(List<String> keys) {
        for (String key : keys) {
            Found f = found(meta.get(key), "meta:" + key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private Found found(String raw, String basis) {
        LocalDate d = plausible(Dates.parse(raw));
        return d == null ? null : new Found(d, basis, raw);
    }

    private Found fromUrl() {
        LocalDate d = plausible(Dates.fromUrl(url));
        return d == null ? null : new Found(d, "url-path", null);
    }

    private Found elements(Elements elements, String basis) {
        for (Element e : elements) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content")
                    : e.hasAttr("title") ? e.attr("title") : e.text();
            Found f = found(v, basis);
            if (f == null && e.normalName().equals("time")) {
                f = found(e.text(), basis);
            }
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** A date written in the byline area: an element whose class or id speaks of dates, with short text. */
    private Found bylineDate() {
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
            if (!text.isEmpty() && text.length() <= 3 * SHORT_TEXT) {
                LocalDate d = plausible(Dates.parseText(text));
                if (d != null) {
                    return new Found(d, "byline-date", null);
                }
            }
        }
        return null;
    }

    /**
     * A last resort: a date labelled "Published"/"Updated"/"last edited" in the text, else the first
     * short text that is nothing but a date.
     */
    private Found textDate() {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        Matcher m = LABELLED.matcher(body.text());
        while (m.find()) {
            LocalDate d = plausible(Dates.parseText(m.group(1)));
            if (d != null) {
                return new Found(d, "labelled-date", null);
            }
        }
        return dateOnlyText(body);
    }

    /** The first short text of the page that is nothing but a date. */
    private Found dateOnlyText(Element body) {
        for (Element e : body.getAllElements()) {
            String own = e.ownText().strip();
            if (!own.isEmpty() && own.length() <= SHORT_TEXT) {
                LocalDate d = plausible(Dates.parseText(own));
                if (d != null && Dates.isWholeDate(own)) {
                    return new Found(d, "date-text", null);
                }
            }
        }
        return null;
    }

    /** The date the page shows its readers: in the byline area, else the first text that is only a date. */
    private Found shownDate() {
        Found f = bylineDate();
        return f != null || doc.body() == null ? f : dateOnlyText(doc.body());
    }

    /**
     * The local day of the same instant as the UTC timestamp {@code f}, when the page also writes that
     * instant with a zone offset or as a local clock time with the same minutes and seconds.
     */
    private Found localTwin(Found f) {
        LocalDateTime utc = Dates.dateTime(f.raw());
        if (utc == null) {
            return null;
        }
        List<String> raws = new ArrayList<>(meta.values());
        for (Element e : doc.select("time[datetime], [itemprop=datePublished]")) {
            raws.add(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
        }
        for (String raw : raws) {
            LocalDateTime local = Dates.dateTime(raw);
            if (local == null || local.toLocalDate().equals(utc.toLocalDate())
                    || Math.abs(ChronoUnit.MINUTES.between(local, utc)) > 14 * 60) {
                continue;
            }
            OffsetDateTime withOffset = Dates.offsetDateTime(raw);
            boolean same = withOffset != null
                    ? Math.abs(ChronoUnit.SECONDS.between(withOffset.toInstant(), utc.toInstant(ZoneOffset.UTC))) <= 60
                    : local.getMinute() == utc.getMinute() && local.getSecond() == utc.getSecond();
            if (same) {
                return new Found(local.toLocalDate(), "local time", raw);
            }
        }
        Found zoned = zoneDayOf(utc);
        return zoned != null ? zoned : urlDayOf(utc);
    }

    /**
     * The day of the UTC instant in the one time zone the page names in its scripts,
     * when it is another day than the UTC one and the byline does not show the UTC day (what readers
     * see decides). Two zones named leave it open: one may be a widget's.
     */
    private Found zoneDayOf(LocalDateTime utc) {
        Set<String> zones = new LinkedHashSet<>();
        for (Element script : doc.select("script")) {
            zonesNamed(script.data(), zones);
        }
        if (zones.size() != 1) {
            return null;
        }
        String name = zones.iterator().next();
        try {
            LocalDate day = utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of(name)).toLocalDate();
            if (day.equals(utc.toLocalDate())) {
                return null;
            }
            Found shown = shownDate();
            return shown != null && shown.date().equals(utc.toLocalDate()) ? null : new Found(day, "zone " + name, null);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static void zonesNamed(String script, Set<String> zones) {
        for (String region : ZONE_REGIONS) {
            for (int i = script.indexOf(region); i >= 0; i = script.indexOf(region, i + 1)) {
                Matcher m = ZONE_NAME.matcher(script).region(i, Math.min(script.length(), i + MAX_ZONE_NAME));
                if (m.lookingAt()) {
                    zones.add(m.group(1));
                }
            }
        }
    }

    /**
     * The URL path's date when it is the local day of the UTC instant in some zone between UTC-10
     * and UTC+14, where nearly all news is published; then the URL was made on the local day.
     */
    private Found urlDayOf(LocalDateTime utc) {
        Found u = fromUrl();
        if (u == null) {
            return null;
        }
        int minutes = utc.getHour() * 60 + utc.getMinute();
        LocalDate day = utc.toLocalDate();
        boolean previous = u.date().equals(day.minusDays(1)) && minutes < WEST_LIMIT;
        boolean next = u.date().equals(day.plusDays(1)) && minutes >= EAST_LIMIT;
        return previous || next ? u : null;
    }

    private LocalDate plausible(LocalDate d) {
        return d == null || d.isAfter(latest) ? null : d;
    }
}

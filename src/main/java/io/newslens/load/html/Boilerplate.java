package io.newslens.load.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import io.newslens.model.SegmentKind;

/**
 * Recognizes page parts that are not article text, by the tag, the class/id names that content
 * systems widely use (share bars, related stories, newsletter boxes, captions) and the short stock
 * phrases such parts consist of.
 */
final class Boilerplate {

    /** Elements that never hold article text. */
    static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "link", "meta", "button", "input", "select", "textarea", "option",
            "dialog", "head", "map", "audio", "video", "picture", "source");
    private static final double LINK_HEAVY = 0.4;
    private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "menu");

    private static final Pattern CAPTION = Pattern.compile("(?:^|[^a-z])(?:caption|figcaption|wp-caption-text|"
            + "image-?desc\\w*|photo-?desc\\w*|img-?desc\\w*)(?:$|[^a-z])");
    private static final Pattern CREDIT = Pattern.compile("(?:^|[^a-z])(?:credits?|image-?credit|photo-?credit|"
            + "copyright|attribution)(?:$|[^a-z])");
    private static final Pattern BYLINE = Pattern.compile("(?:^|[^a-z])(?:byline|by-?line|author\\w*|contributor\\w*)"
            + "(?:$|[^a-z])");
    private static final Pattern TIMESTAMP = Pattern.compile("(?:^|[^a-z])(?:date|dateline-?time|timestamp|"
            + "published|pubdate|posted-?on|updated|time)(?:$|[^a-z])");
    private static final Pattern NAVIGATION = Pattern.compile("(?:^|[^a-z])(?:nav|navbar|navigation|menu|"
            + "breadcrumbs?|footer|header|masthead|skip|pagination|pager|toolbar|topbar|cookie\\w*|consent|gdpr|"
            + "share\\w*|sharing|social\\w*|sociable|addthis|print|tags?|tag-?list|keywords|topics|categories|"
            + "comments?|comment-?\\w+|disqus|respond|reply|login|signin|modal|popup|overlay|hidden|sr-only|"
            + "visually-?hidden|screen-?reader-?text)(?:$|[^a-z])");
    private static final Pattern PROMO = Pattern.compile("(?:^|[^a-z])(?:ads?|adv|advert\\w*|ad-?(?:slot|unit|container|wrapper|banner|block|box|label|"
            + "placeholder|zone|space|top|bottom|rail)\\w*|adsense|adsbygoogle|dfp\\w*|"
            + "gpt\\w*|banner|sponsor\\w*|promo\\w*|newsletter\\w*|subscribe\\w*|subscription|signup|sign-?up|"
            + "related\\w*|recommend\\w*|more-?(?:stories|articles|news)|read-?more|readmore|also-?read|"
            + "see-?also|popular|most-?(?:read|popular|viewed)|trending|outbrain|taboola|teasers?|widget\\w*|"
            + "sidebar|rail|right-?col\\w*|paywall|piano|marketing|cta|inline-?(?:related|promo))"
            + "(?:$|[^a-z])");
    private static final Pattern COMMENTS = Pattern.compile("(?:^|[^a-z])(?:comments?|comment-?(?:list|section|"
            + "area|thread|container|s-?container)|commentlist|disqus\\w*|respond|replies|discussion)(?:$|[^a-z])");
    /** Names of containers that hold the article itself: not removed even when they also match above. */
    private static final Pattern CONTENT = Pattern.compile("(?:^|[^a-z])(?:article|body|content|entry|main|post|"
            + "story|text|prose|blog)(?:$|[^a-z])");

    private static final Pattern STOCK_LINE = Pattern.compile("(?i)^(?:advertisement|advertisment|advert|ad|sponsored|(?:image|photo|picture|slide) \\d+ (?:of|/) \\d+|"
            + "story continues below(?: advertisement)?|continue reading(?: below)?|read more|read next|"
            + "(?:read|see) also|related(?: (?:articles?|stories|coverage|content|links?))?|more on this|"
            + "share(?: this(?: article| story)?)?(?: on \\w+)?|share on \\w+|tweet|email|print|comments?|"
            + "leave a comment|click (?:here )?to .*|subscribe.*|sign up.*|follow us.*|watch:?.*video|"
            + "(?:image|photo|picture|video)(?: credit)?:.*|loading\\W*|skip (?:to|advert).*|"
            + "this (?:article|story) (?:is|was) .{0,40}(?:updated|published).*|"
            + "(?:sponsored|recommended|promoted) (?:content|stories|links)|you might also like|"
            + "we recommend|most (?:read|popular|viewed)|top stories|latest (?:news|stories)|"
            + "(?:©|\\(c\\)|copyright ).*|all rights reserved.*)\\W*$");
    /** Newsletter prompts and "Email the writer at ..." lines, wherever they sit in a short paragraph. */
    private static final Pattern PROMPT = Pattern.compile("(?i)(?:sign up|subscribe)\\b.{0,120}\\bnewsletter|"
            + "\\bnewsletter\\b.{0,120}\\b(?:sign up|subscribe)|^(?:e-?mail|contact|follow) .{0,80}(?:@|twitter|facebook)");
    /** A capitalized word, as in the author name beside a teaser's date. */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'’.-]+");
    private static final int DATE_LINE = 60;
    private static final int MAX_NAME_WORDS = 5;
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)^(?:\\(?(?:photo|image|picture|video|"
            + "illustration|graphic)s?(?: by|:|\\s*credit)|\\(?(?:credit|source):|getty images|"
            + ".{0,60}/(?:getty|afp|reuters|ap|shutterstock|epa|alamy)\\b).*");

    private Boilerplate() {
    }

    /** The kind of a removed part by its tag and class/id names, or {@code null} for content. */
    static SegmentKind kindOf(Element e, TextStats stats) {
        String tag = e.normalName();
        if (tag.equals("figcaption")) {
            return SegmentKind.CAPTION;
        }
        if (CHROME_TAGS.contains(tag)) {
            return tag.equals("aside") ? SegmentKind.PROMO : SegmentKind.NAVIGATION;
        }
        if (tag.equals("h1")) {
            return SegmentKind.OTHER;
        }
        String names = names(e);
        if (names.isEmpty()) {
            return null;
        }
        if (CAPTION.matcher(names).find()) {
            return SegmentKind.CAPTION;
        }
        if (CREDIT.matcher(names).find()) {
            return SegmentKind.CREDIT;
        }
        boolean content = CONTENT.matcher(names).find();
        if (!content && BYLINE.matcher(names).find()) {
            return SegmentKind.BYLINE;
        }
        if (!content && TIMESTAMP.matcher(names).find() && stats.chars(e) < 100) {
            return SegmentKind.TIMESTAMP;
        }
        if (PROMO.matcher(names).find() && (!content || stats.linkDensity(e) > LINK_HEAVY)) {
            return SegmentKind.PROMO;
        }
        if (NAVIGATION.matcher(names).find() && (!content || stats.linkDensity(e) > LINK_HEAVY)) {
            return SegmentKind.NAVIGATION;
        }
        return null;
    }

    /** Every element inside a reader-comments section: their paragraphs are never the article. */
    static Set<Element> insideComments(Element body) {
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            if (!inside.contains(e) && isComments(e)) {
                inside.addAll(e.getAllElements());
            }
        }
        return inside;
    }

    /** Whether the element's names say it holds reader comments. */
    static boolean isComments(Element e) {
        return COMMENTS.matcher(names(e)).find();
    }

    /** Class and id names in lower case, camelCase split by hyphens so that the patterns see words. */
    static String names(Element e) {
        String raw = e.className() + " " + e.id();
        if (raw.isBlank()) {
            return "";
        }
        return CAMEL.matcher(raw).replaceAll("$1-$2").toLowerCase(Locale.ROOT).strip();
    }

    /** The kind of a paragraph that is a stock phrase, a credit line, or {@code null}. */
    static SegmentKind kindOfLine(String line) {
        if (line.length() <= 120 && CREDIT_LINE.matcher(line).matches()) {
            return SegmentKind.CREDIT;
        }
        if (isDateLine(line)) {
            return SegmentKind.TIMESTAMP;
        }
        if (line.length() <= 300 && PROMPT.matcher(line).find()) {
            return SegmentKind.PROMO;
        }
        if (line.length() <= 200 && STOCK_LINE.matcher(line).matches()) {
            return line.startsWith("©") || line.toLowerCase(Locale.ROOT).startsWith("copyright")
                    ? SegmentKind.CREDIT : SegmentKind.PROMO;
        }
        return null;
    }

    /**
     * A date alone, perhaps with a few name words ("Jane Roe 2019-11-20 17:27"), as teasers and
     * bylines show it; an embedded post's signature ("— Name (@handle) May 1, 2019") is content.
     */
    private static boolean isDateLine(String line) {
        if (line.length() > DATE_LINE || line.indexOf('@') >= 0 || Dates.parseText(line) == null) {
            return false;
        }
        Matcher names = NAME.matcher(line);
        int count = 0;
        while (names.find()) {
            count++;
        }
        return count <= MAX_NAME_WORDS && Dates.isWholeDate(NAME.matcher(line).replaceAll(""));
    }
}

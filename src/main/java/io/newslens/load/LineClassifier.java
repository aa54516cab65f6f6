package io.newslens.load;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what one line of a saved page is from its own text: prose, a short line, or a known kind of
 * page furniture (menus, captions, credits, promos, timestamps, bylines).
 */
final class LineClassifier {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
            "from", "as", "into", "about", "after", "before", "over", "under", "between", "through", "than",
            "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "why",
            "how", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
            "did", "will", "would", "can", "could", "should", "may", "might", "must", "not", "no", "so",
            "it", "its", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my",
            "him", "them", "us", "me", "there", "here", "also", "said", "says", "up", "out", "all", "some",
            "any", "more", "most", "other", "such", "only", "just", "then", "now", "very", "while", "because",
            "during", "against", "since", "until", "both", "each", "one", "two");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A caption that carries its own credit: "... (AP Photo/Andrew Harnik, Pool)". */
    private static final Pattern INLINE_CREDIT = Pattern.compile(
            "\\((?:AP|AFP|Reuters|EPA|Getty)?\\s*(?:Photos?|Images?|Pictures?|Video)\\s*(?:/|:|by\\b)[^)]*\\)\\s*$"
                    + "|\\((?:[^()]*/)?(?:Getty Images|AP Photo|Reuters|AFP|Shutterstock|EPA)[^()]*\\)\\s*$"
                    + "|[.)]\\s+©\\s*\\p{L}[^.]{0,80}$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A caption closing on a credit that names its sources joined by slashes, in parentheses or not:
     * "... (NASA/JPL-Caltech/ASU)", "... in New York, U.S., November 18, 2019. REUTERS/Jane Doe".
     * Running text does not end on a slash-joined run of names.
     */
    private static final Pattern SLASHED_CREDIT_END = Pattern.compile(
            "\\((?:\\p{Lu}[\\p{L}\\d.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d.&'’-]*)*/)+\\p{Lu}[^()]*\\)$"
                    + "|\\s\\p{Lu}[\\p{Lu}\\d.&-]+/\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}$");
    /**
     * A caption led by its credit: "© Jane Doe A nurse gives a flu shot ...". A copyright notice has a
     * year after the mark; "© Jane Doe" alone may sign the article itself, so only longer lines count.
     */
    private static final Pattern LEADING_CREDIT = Pattern.compile("^©\\s*(?![Cc]opyright\\b)\\p{L}");
    /**
     * Text cut off where a teaser's space ran out: dots run into a word or a comma ("... as Hurri...",
     * "... the plague,..."), or a "[+]" to expand it. An article's own paragraphs are shown whole.
     */
    private static final Pattern TRUNCATED = Pattern.compile("(?:[\\p{L}\\d,]\\.\\.\\.|\\[\\+\\])$");
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^(?:(?:photo|image|picture|photograph|video|illustration)s?\\s*(?:credit|courtesy|source)?\\s*(?::|by\\b)"
                    + "|credit\\s*(?::|\\.\\.\\.|…)|source\\s*:|courtesy\\b|(?:image|photo|picture)\\s+copyright\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENCY = Pattern.compile(
            "\\b(?:Getty Images|Shutterstock|Associated Press|AP Photo|AFP|Reuters|EPA|iStock|Alamy|Bloomberg"
                    + "|NurPhoto|Pool|Courtesy|Handout)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Doug Mills/The New York Times", "Sanjeev Verma/Hindustan Times/Getty Images". */
    private static final Pattern SLASH_CREDIT = Pattern.compile("^\\p{L}[\\p{L}.'’&, -]*(?:/[\\p{L}.'’&, -]+)+$");
    private static final Pattern PARENTHESIZED = Pattern.compile("^\\([^()]{2,80}\\)$");
    /** "By Jane Doe", and the wire trailer "(Reporting by Jane Doe; Editing by John Smith)". */
    private static final Pattern BYLINE = Pattern.compile("^By\\s+\\p{Lu}|^\\((?i)(?:additional\\s+)?reporting by\\s");
    private static final Pattern COUNTER = Pattern.compile("^\\d+\\s*(?:/|of)\\s*\\d+$");
    /** A gallery caption with its number run into it: "1of4Grass Valley's ...". */
    private static final Pattern GALLERY_CAPTION = Pattern.compile("^\\d+\\s?(?:/|of)\\s?\\d+\\p{Lu}");
    private static final Set<String> SHARE_WORDS = Set.of("share", "facebook", "twitter", "email", "e-mail",
            "linkedin", "reddit", "pinterest", "whatsapp", "print", "tweet", "flipboard", "pocket", "messenger",
            "sms", "copy", "link", "comment", "comments", "save", "youtube", "instagram", "tumblr", "telegram");
    private static final Pattern WIDGET = Pattern.compile("^-?\\d+\\s*[º°˚]\\s*[CF]?$|^.{1,30}\\bicon$",
            Pattern.CASE_INSENSITIVE);
    /** Cookie and consent banners: they are long and prose-like, so they need their own test. */
    private static final Pattern COOKIE = Pattern.compile("\\bcookies?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONSENT = Pattern.compile(
            "\\b(?:website|site|browser|consent|experience|privacy|accept|opt-out|settings)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A related-story teaser: a headline run into its summary with no space between them,
     * "Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled ...".
     */
    private static final Pattern GLUED_HEADLINE = Pattern.compile(
            "^(.{10,160}?(?:\\p{Ll}(?=\\p{Lu}[\\p{Ll} ])|[!?’”\"](?=\\p{Lu})))");
    /** A link to another story tagged "[VIDEO]", "[PICS]", "[INSIGHT]". */
    private static final Pattern TAGGED_LINK = Pattern.compile("\\[\\p{Lu}[\\p{Lu} ]{1,15}\\]$");
    /** A caption that says so: "Image caption ...", "Media captionJulian Assange ...", "Caption: ...". */
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^(?:(?:image|media|photo|video)\\s*caption|caption\\s*:)", Pattern.CASE_INSENSITIVE);
    /** A list heading with its "View all" link: "Most Popular View all". */
    private static final Pattern VIEW_ALL = Pattern.compile("^.{2,40}\\b(?:view|see|show) (?:all|more)\\W*$",
            Pattern.CASE_INSENSITIVE);
    /** "[ 167 comments ]", "6 thoughts on “...”": the heading over the readers' comments. */
    private static final Pattern COMMENT_COUNT = Pattern.compile(
            "^\\W*(?:[1-9]\\d*|one)\\s+(?:comments?|thoughts?|responses?|replies)(?:\\s+(?:on|to)\\s.*)?\\W*$",
            Pattern.CASE_INSENSITIVE);
    /** Newsletter and subscription prompts. */
    private static final Pattern SUBSCRIBE = Pattern.compile(
            "\\b(?:newsletters?|unsubscribe|no spam)\\b|^(?:sign up|subscribe)\\b", Pattern.CASE_INSENSITIVE);
    /** The attribution under an embedded post: "— Jane Doe (@janedoe) November 20, 2019". */
    private static final Pattern POST_ATTRIBUTION = Pattern.compile("^[—–-]\\s.*\\(@\\w+\\)");
    private static final Pattern NO_LETTERS = Pattern.compile("^[^\\p{L}]*$");
    /** The marks set between links in a row: "»", "›", "|", "•" and an arrow, each with spaces around. */
    private static final Pattern LINK_SEPARATOR = Pattern.compile("\\s[»›|•>→]\\s");
    private static final int MAX_TRAIL_WORDS = 24;
    private static final Pattern INNER_STOP = Pattern.compile("[,.;:，、。]\\s");
    /** Words of one link in a trail at most, on average. */
    private static final int MAX_WORDS_PER_LINK = 5;

    /** Longer lines are not furniture phrases, whatever they start with. */
    private static final int MAX_PHRASE_WORDS = 12;
    private static final int MAX_STAMP_WORDS = 16;
    private static final int MAX_CREDIT_WORDS = 10;
    /** Credits are names and agencies: few function words. */
    private static final double CREDIT_STOP_RATIO = 0.2;
    private static final double MIN_PROSE_STOP_RATIO = 0.12;
    private static final int MIN_SENTENCE_WORDS = 6;
    private static final int MAX_TITLE_WORDS = 24;
    /** Share of capitalised words that makes a line a title: running text stays well under it. */
    private static final double MIN_TITLE_CAPITALS = 0.7;
    /** Below this share of English function words in its longer lines a page is taken as not English. */
    private static final double MIN_ENGLISH_PAGE_STOP_RATIO = 0.15;
    /** Running text in a script with cases has most of its words in lower case. */
    private static final double MIN_PROSE_LOWER_SHARE = 0.6;
    private static final int CHARACTERS_PER_WORD_UNSPACED = 2;
    private static final int MIN_RUNON_WORDS = 20;
    private static final int MAX_CAPTION_WORDS = 60;
    private static final int MAX_BYLINE_WORDS = 20;
    private static final int MIN_SUMMARY_WORDS = 6;
    private static final int MAX_PROMPT_WORDS = 30;
    private static final int TAIL_CHARS = 160;
    /** "Photo: Jane Doe/Agency" is a credit; "Image: The minister arrives in ..." a caption. */
    private static final int MAX_LABELLED_CREDIT_WORDS = 8;

    private final Boilerplate boilerplate = Boilerplate.get();

    /** Measures and classifies {@code text} (stripped, non-blank), the {@code index}th line. */
    PageLine classify(int index, String text) {
        int words = 0;
        int stops = 0;
        for (String w : WHITESPACE.split(text)) {
            if (!w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))) {
                words++;
                if (STOP_WORDS.contains(stripPunctuation(w).toLowerCase(Locale.ROOT))) {
                    stops++;
                }
            }
        }
        boolean sentence = endsSentence(text);
        LineKind named = words <= MAX_PHRASE_WORDS ? boilerplate.match(text) : null;
        PageLine line = new PageLine(index, text, words, stops, sentence, LineKind.SHORT, named);
        return line.as(kindOf(line));
    }

    private LineKind kindOf(PageLine line) {
        LineKind kind = furniture(line);
        if (kind == null) {
            kind = promoOrCaption(line);
        }
        if (kind == null) {
            kind = bylineCreditOrStamp(line);
        }
        if (kind != null) {
            return kind;
        }
        return isProse(line) ? LineKind.PROSE : LineKind.SHORT;
    }

    /** Menus, list headings, widgets, banners and share bars; {@code null} for anything else. */
    private LineKind furniture(PageLine line) {
        String text = line.text();
        LineKind named = line.named();
        if (named == LineKind.END || named == LineKind.COMMENTS) {
            // a closing heading: the one kind of phrase that still decides, as it says where the article ends
            return named;
        }
        if (VIEW_ALL.matcher(text).matches()) {
            return LineKind.END;
        }
        if (COMMENT_COUNT.matcher(text).matches()) {
            return LineKind.COMMENTS;
        }
        if (NO_LETTERS.matcher(text).matches() || COUNTER.matcher(text).matches()
                || WIDGET.matcher(text).matches()
                || COOKIE.matcher(text).find() && CONSENT.matcher(text).find() || isShareBar(text)
                || isLinkTrail(line)) {
            return LineKind.NAVIGATION;
        }
        return null;
    }

    /** Teasers, prompts and captions; {@code null} for anything else. */
    private static LineKind promoOrCaption(PageLine line) {
        String text = line.text();
        if (line.words() <= MAX_PROMPT_WORDS && SUBSCRIBE.matcher(text).find()
                || isTeaser(text) || !line.endsSentence() && TAGGED_LINK.matcher(text).find()
                || isTruncated(line)) {
            return LineKind.PROMO;
        }
        if (GALLERY_CAPTION.matcher(text).find() || CAPTION_LABEL.matcher(text).find()
                || INLINE_CREDIT.matcher(tail(text)).find() || SLASHED_CREDIT_END.matcher(tail(text)).find()
                || (CREDIT_LABEL.matcher(text).find() || LEADING_CREDIT.matcher(text).find())
                        && line.words() > MAX_LABELLED_CREDIT_WORDS) {
            return LineKind.CAPTION;
        }
        return null;
    }

    private static LineKind bylineCreditOrStamp(PageLine line) {
        String text = line.text();
        if (line.words() <= MAX_BYLINE_WORDS && BYLINE.matcher(text).find()) {
            return LineKind.BYLINE;
        }
        if (isCredit(line)) {
            return LineKind.CREDIT;
        }
        if (line.words() <= MAX_STAMP_WORDS && !line.endsSentence() && Dates.looksLikeTimestamp(text)
                && !POST_ATTRIBUTION.matcher(text).find()) {
            return LineKind.TIMESTAMP;
        }
        return null;
    }

    /**
     * "News » Politics » Elections", "Home | World | Sport": links in a row, set apart by the marks
     * pages put between links. Prose, in any language, does not chain such marks between short runs
     * of words.
     */
    private static boolean isLinkTrail(PageLine line) {
        if (line.words() > MAX_TRAIL_WORDS) {
            return false;
        }
        Matcher m = LINK_SEPARATOR.matcher(line.text());
        int separators = 0;
        while (m.find()) {
            separators++;
        }
        return separators >= 2 && line.words() <= MAX_WORDS_PER_LINK * (separators + 1);
    }

    /** "Facebook Twitter Email LinkedIn": a row of share buttons. */
    private static boolean isShareBar(String text) {
        String[] words = WHITESPACE.split(text.toLowerCase(Locale.ROOT));
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (!SHARE_WORDS.contains(stripPunctuation(w))) {
                return false;
            }
        }
        return true;
    }

    /** A sentence cut short, not a label such as "Credit..." or "Loading...". */
    private static boolean isTruncated(PageLine line) {
        return line.words() >= MIN_SENTENCE_WORDS && line.words() <= MAX_PROMPT_WORDS
                && TRUNCATED.matcher(line.text()).find();
    }

    private static boolean isTeaser(String text) {
        Matcher m = GLUED_HEADLINE.matcher(text);
        if (!m.find()) {
            return false;
        }
        String[] words = WHITESPACE.split(m.group(1));
        int capitalized = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                capitalized++;
            }
        }
        // a headline alone ("Apple Unveils New MacBook Pro") is no teaser: a summary must follow
        int summaryWords = WHITESPACE.split(text.substring(m.end()).strip()).length;
        return words.length >= 3 && capitalized >= 0.75 * words.length && summaryWords >= MIN_SUMMARY_WORDS;
    }

    /** "Michael Conroy, AP", "Registry via AP": the wire's short name closing a credit. */
    private static boolean isAgencyCredit(String text) {
        return text.endsWith(", AP") || text.endsWith(" via AP");
    }

    private static boolean isCredit(PageLine line) {
        String text = line.text();
        if (CREDIT_LABEL.matcher(text).find()) {
            return true;
        }
        if (line.words() > MAX_CREDIT_WORDS || line.endsSentence() && line.stopRatio() > CREDIT_STOP_RATIO) {
            return false;
        }
        return (AGENCY.matcher(text).find() || isAgencyCredit(text)) && line.stopRatio() < CREDIT_STOP_RATIO
                || SLASH_CREDIT.matcher(text).matches() && text.indexOf('/') > 0
                || PARENTHESIZED.matcher(text).matches();
    }

    /**
     * Names the kind of the short lines left out of the body that are known furniture phrases
     * ("Skip to content", "Advertisement"), for the removed segments; the body is decided by then.
     */
    static void nameRemoved(List<PageLine> lines, boolean[] inBody) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            boolean unnamed = line.kind() == LineKind.SHORT || line.kind() == LineKind.REPEATED;
            if (!inBody[i] && unnamed && line.named() != null) {
                lines.set(i, line.as(line.named()));
            }
        }
    }

    /**
     * Marks the short lines, and the prose lines standing alone, that occur more than once on the
     * page: in an article text they are rare, around it (story-list labels, image texts, menus and
     * news tickers shown twice) common.
     */
    static void markRepeated(List<PageLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (PageLine line : lines) {
            counts.merge(line.text(), 1, Integer::sum);
        }
        boolean[] repeated = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            repeated[i] = counts.get(line.text()) > 1
                    && (line.kind() == LineKind.SHORT || line.kind() == LineKind.PROSE && standsAlone(lines, i));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (repeated[i]) {
                lines.set(i, lines.get(i).as(LineKind.REPEATED));
            }
        }
    }

    private static boolean standsAlone(List<PageLine> lines, int i) {
        return (i == 0 || lines.get(i - 1).kind() != LineKind.PROSE)
                && (i + 1 == lines.size() || lines.get(i + 1).kind() != LineKind.PROSE);
    }

    /**
     * Marks as a caption the line that a photo credit follows ("Credit...", "Name/Agency"): pages put
     * the credit right under the caption it belongs to, unless a labelled caption follows the credit.
     */
    static void markCaptions(List<PageLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            // the first credit of a run looks at the line above the run
            if (lines.get(i).kind() != LineKind.CREDIT || lines.get(i - 1).kind() == LineKind.CREDIT) {
                continue;
            }
            if (captionBelow(lines, i)) {
                continue;
            }
            PageLine before = lines.get(i - 1);
            if ((before.kind() == LineKind.SHORT || before.kind() == LineKind.PROSE)
                    && before.words() <= MAX_CAPTION_WORDS) {
                lines.set(i - 1, before.as(LineKind.CAPTION));
            }
        }
    }

    /** Whether the credit run from line {@code i} has its caption below it, as some pages set them. */
    private static boolean captionBelow(List<PageLine> lines, int i) {
        int j = i;
        while (j < lines.size() && lines.get(j).kind() == LineKind.CREDIT) {
            j++;
        }
        return j < lines.size() && lines.get(j).kind() == LineKind.CAPTION;
    }

    /**
     * Whether the line reads like running text: enough function words, and a sentence end or a
     * length that headlines and menu entries do not reach.
     */
    static boolean isProse(PageLine line) {
        return line.stopRatio() >= MIN_PROSE_STOP_RATIO && runningLength(line) && !isTitleCase(line);
    }

    /**
     * A headline set in title case ("Is An 'Oxygen Bar' In Delhi Offering Fresh Air?"): most of its
     * words capitalised, function words too. Running text capitalises names and the first word.
     */
    static boolean isTitleCase(PageLine line) {
        return line.words() <= MAX_TITLE_WORDS && capitalShare(line.text()) >= MIN_TITLE_CAPITALS;
    }

    private static boolean runningLength(PageLine line) {
        return line.words() >= MIN_SENTENCE_WORDS && line.endsSentence() || line.words() >= MIN_RUNON_WORDS;
    }

    /**
     * Re-reads the short lines of a page that is not in English, where the English function words
     * say nothing: there running text is a line of sentence length that ends like a sentence (or
     * runs on), whose words are mostly in lower case where the script has cases, since menus,
     * headings and headlines capitalise theirs. Scripts written without spaces count two characters
     * as a word.
     */
    static void markForeignProse(List<PageLine> lines) {
        long words = 0;
        long stops = 0;
        for (PageLine line : lines) {
            if (line.words() >= MIN_SENTENCE_WORDS) {
                words += line.words();
                stops += line.stopWords();
            }
        }
        if (words == 0 || (double) stops / words >= MIN_ENGLISH_PAGE_STOP_RATIO) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            PageLine counted = line.withWords(wordUnits(line.text()));
            // a run-on line without a stop inside is a list of tags, not a paragraph
            boolean running = counted.words() >= MIN_SENTENCE_WORDS && counted.endsSentence()
                    || counted.words() >= MIN_RUNON_WORDS && INNER_STOP.matcher(line.text()).find();
            if (line.kind() == LineKind.SHORT && running && lowerCaseShare(line.text()) >= MIN_PROSE_LOWER_SHARE) {
                lines.set(i, line.as(LineKind.PROSE));
            }
        }
    }

    /** Words, or for text without spaces (Chinese, Japanese) half its letters. */
    private static int wordUnits(String text) {
        int words = 0;
        int letters = 0;
        for (String w : WHITESPACE.split(text)) {
            if (!w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))) {
                words++;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return Math.max(words, letters / CHARACTERS_PER_WORD_UNSPACED);
    }

    /**
     * Share of the words that do not begin with a capital: running text capitalises few, menus and
     * headlines most. Words of scripts without cases (Korean, Arabic) count as not capitalised.
     */
    private static double lowerCaseShare(String text) {
        return 1 - capitalShare(text);
    }

    /** Share of the words that begin with a capital letter; 0 for a line without words. */
    static double capitalShare(String text) {
        int words = 0;
        int capitalised = 0;
        for (String w : WHITESPACE.split(text)) {
            int i = 0;
            while (i < w.length() && !Character.isLetter(w.charAt(i))) {
                i++;
            }
            if (i < w.length()) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(i)) ? 1 : 0;
            }
        }
        return words == 0 ? 0 : (double) capitalised / words;
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i > 0 && "\"'”’)]»".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';' || c == '。' || c == '！'
                || c == '？';
    }

    /** The end of a line, where a caption's own credit stands; bounds the work on long lines. */
    private static String tail(String text) {
        return text.length() <= TAIL_CHARS ? text : text.substring(text.length() - TAIL_CHARS);
    }

    private static String stripPunctuation(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) {
            e--;
        }
        return w.substring(s, e);
    }
}

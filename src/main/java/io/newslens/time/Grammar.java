package io.newslens.time;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newslens.time.Values.Timex;

/**
 * The patterns that find time expressions, one {@link Rule} per expression family, each with the
 * normalizer step that gives it a value. Patterns are compiled once; where several rules match
 * overlapping text the tagger keeps the longest match (TimeML extents are maximal).
 */
final class Grammar {

    private Grammar() {
    }

    /**
     * One expression family.
     *
     * @param name for debugging
     * @param pattern what it matches (case-insensitive, at word boundaries)
     * @param accept context-free checks the regex cannot make (capitalised month names, ...)
     * @param resolve the meaning of a match, or {@code null} to drop it
     * @param triggers the numbers in {@link #TRIGGER_WORDS} of the words of which a text must hold one
     *     for the rule to match there ({@link LineWords})
     * @param reach how far a match reaches from the trigger word it holds
     */
    record Rule(String name, Pattern pattern, Set<String> groups, Predicate<Site> accept,
            Function<Site, Timex> resolve, int[] triggers, Reach reach) {

        /** Whether the rule can match in a stretch of text holding {@code words}. */
        boolean mayMatch(LineWords words) {
            for (int t : triggers) {
                if (words.has(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The most words (runs of letters and digits, as {@link LineWords} counts them) a rule's match
     * holds before and after a trigger word in it: the match lies within that many words of the
     * trigger, so the regex need not search the rest of the line.
     */
    record Reach(int before, int after) {
    }

    private static final String MONTH_PREFIXES = "jan feb mar apr may jun jul aug sep oct nov dec";
    private static final String WEEKDAY_PREFIXES = "mon tue wed thu fri sat sun";
    private static final String UNIT_WORDS = "second seconds minute minutes hour hours day days week weeks weekend"
            + " weekends fortnight fortnights month months quarter quarters year years decade decades century"
            + " centuries millennium millennia";

    /**
     * Cheap prefilter: the words (or 3-letter prefixes, see {@link LineWords}) one of which every match
     * of a rule contains; {@code #} stands for any digit. Running 30-odd regexes over every line is
     * what costs time, and most lines hold no trigger of most rules.
     */
    private static final Map<String, String> TRIGGERS = Map.ofEntries(
            Map.entry("iso", "#"), Map.entry("numeric", "#"), Map.entry("month-day", MONTH_PREFIXES),
            Map.entry("day-month", MONTH_PREFIXES), Map.entry("month-year", MONTH_PREFIXES),
            Map.entry("month", MONTH_PREFIXES), Map.entry("year", "# fy1 fy2"), Map.entry("word-year", "nineteen thousand"),
            Map.entry("decade", "# twenties thirties forties fifties sixties seventies eighties nineties"),
            Map.entry("century", "century"), Map.entry("time", "#"), Map.entry("clock", "#"),
            Map.entry("military", "#"), Map.entry("noon", "noon midday midnight"), Map.entry("clock-pod", "#"), Map.entry("weekday", WEEKDAY_PREFIXES),
            Map.entry("deictic-day", "today tonight yesterday tomorrow"),
            Map.entry("pod-deictic", "today yesterday tomorrow"),
            Map.entry("this-morning", "morning afternoon evening night"),
            Map.entry("part-of-day", "morning afternoon evening"),
            Map.entry("ordinal-day", "day"),
            Map.entry("relative", "week weekend month year decade century day"),
            Map.entry("season", "spring summer fall autumn winter"),
            Map.entry("quarter", "quarter quarters half halves"), Map.entry("q-number", "# q1 q2 q3 q4"),
            Map.entry("period", "quarter period fiscal"), Map.entry("relative-quarter", "quarter"),
            Map.entry("year-ago", "year"), Map.entry("week-of", "week"),
            Map.entry("ago", "ago earlier later before after now hence back"),
            Map.entry("the-day-before", "before after"), Map.entry("offset-from", "from before after"),
            Map.entry("range-end", "#"), Map.entry("duration", UNIT_WORDS),
            Map.entry("plural", UNIT_WORDS), Map.entry("unit-long", UNIT_WORDS), Map.entry("set", "every each"),
            Map.entry("set-adverb", "daily weekly monthly annually yearly hourly nightly biweekly bimonthly"
                    + " semiannually semi"),
            Map.entry("set-times", "once twice times"), Map.entry("set-weekdays", WEEKDAY_PREFIXES),
            Map.entry("ref", "now currently current nowadays presently present time these recently lately past"
                    + " future term later formerly"),
            Map.entry("holiday", "christmas new thanksgiving independence halloween valentine labor memorial"
                    + " election veterans boxing easter"),
            Map.entry("year-end", "end"), Map.entry("quarter-pair", "quarters halves"));

    /**
     * Each rule's {@link Reach} from a trigger word, counted off its pattern: the most words each
     * optional piece can add on either side of the piece every match holds, {APPROX} and {PRE} 3,
     * {NUM} 4 ("2.5 1/2"), "'s" and hyphens a word each. With {@code #} that piece is the word holding
     * the first digit, glued or not ("FY2020", "mid-1990s", "Q1", "5pm"); else it is a whole trigger
     * word set off by separators. A bound too small here loses dates: keep it in step with the rule.
     */
    private static final Map<String, Reach> REACH = Map.ofEntries(
            Map.entry("iso", new Reach(0, 3)), Map.entry("numeric", new Reach(0, 2)),
            Map.entry("month-day", new Reach(7, 4)), Map.entry("day-month", new Reach(4, 1)),
            Map.entry("month-year", new Reach(6, 4)), Map.entry("month", new Reach(8, 0)),
            Map.entry("year", new Reach(8, 2)), Map.entry("word-year", new Reach(3, 4)),
            Map.entry("decade", new Reach(4, 1)), Map.entry("century", new Reach(6, 0)),
            Map.entry("time", new Reach(3, 6)), Map.entry("clock", new Reach(3, 4)),
            Map.entry("military", new Reach(0, 4)), Map.entry("noon", new Reach(3, 2)), Map.entry("clock-pod", new Reach(0, 6)),
            Map.entry("weekday", new Reach(5, 2)), Map.entry("deictic-day", new Reach(3, 2)),
            Map.entry("pod-deictic", new Reach(5, 0)), Map.entry("this-morning", new Reach(5, 0)),
            Map.entry("part-of-day", new Reach(4, 0)), Map.entry("ordinal-day", new Reach(3, 0)),
            Map.entry("relative", new Reach(7, 0)), Map.entry("season", new Reach(5, 4)),
            Map.entry("quarter", new Reach(8, 3)), Map.entry("q-number", new Reach(0, 1)),
            Map.entry("period", new Reach(5, 4)), Map.entry("relative-quarter", new Reach(2, 0)),
            Map.entry("year-ago", new Reach(2, 4)), Map.entry("week-of", new Reach(2, 4)),
            Map.entry("ago", new Reach(17, 0)), Map.entry("the-day-before", new Reach(2, 1)),
            Map.entry("offset-from", new Reach(5, 3)), Map.entry("range-end", new Reach(0, 1)),
            Map.entry("duration", new Reach(20, 4)), Map.entry("plural", new Reach(2, 4)),
            Map.entry("unit-long", new Reach(1, 2)),
            Map.entry("set", new Reach(0, 6)), Map.entry("set-adverb", new Reach(0, 1)),
            Map.entry("set-times", new Reach(4, 2)), Map.entry("set-weekdays", new Reach(0, 1)),
            Map.entry("ref", new Reach(2, 2)), Map.entry("holiday", new Reach(1, 4)),
            Map.entry("year-end", new Reach(6, 3)), Map.entry("quarter-pair", new Reach(3, 0)));

    /** Every rule's trigger words, numbered by their place here: the only words {@link LineWords} places. */
    static final List<String> TRIGGER_WORDS = TRIGGERS.values().stream()
            .flatMap(t -> Arrays.stream(t.split(" "))).distinct().sorted().toList();

    /** The number of {@code #} in {@link #TRIGGER_WORDS}. */
    static final int DIGIT = TRIGGER_WORDS.indexOf("#");

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private static final Map<String, String> PIECES = Map.ofEntries(
            Map.entry("{MONTH}", Lexicon.MONTH),
            Map.entry("{WEEKDAY}", Lexicon.WEEKDAY),
            Map.entry("{SEASON}", Lexicon.SEASON),
            Map.entry("{POD}", Lexicon.PART_OF_DAY),
            Map.entry("{ORD}", Lexicon.ORDINAL_WORD),
            Map.entry("{NUM}", Lexicon.NUMBER),
            Map.entry("{UNIT}", Lexicon.UNIT),
            Map.entry("{ZONE}", Lexicon.ZONE),
            Map.entry("{YEAR}", "(?:1[5-9]|20)\\d{2}(?![\\d,.]\\d)"),
            Map.entry("{PRE}", "(?<mod>early|mid|late|earlier|later|the\\s+end\\s+of|the\\s+beginning\\s+of"
                    + "|the\\s+start\\s+of|the\\s+middle\\s+of|end\\s+of|end-|the\\s+early|the\\s+late|the\\s+mid)"),
            Map.entry("{APPROX}", "(?<amod>about|around|roughly|approximately|some|nearly|almost|more\\s+than"
                    + "|over(?=\\s+an?\\s)|less\\s+than|under|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than"
                    + "|no\\s+less\\s+than)(?!\\s+(?:the|its|their)\\b)"),
            Map.entry("{DAYTAIL}", "(?:,?\\s+(?:(?<day>today|tonight|yesterday|tomorrow|" + Lexicon.WEEKDAY + ")"
                    + "|(?<mon>" + Lexicon.MONTH + ")\\.?\\s+(?<d>[0-3]?\\d)(?!\\d|:\\d|[.,]\\d)))"));

    // patterns of the context-free checks below
    private static final Pattern SLASH_OR_DIGIT_BEFORE = Pattern.compile("[/\\d.]");
    private static final Pattern SLASH_OR_DIGIT_AFTER = Pattern.compile("[/\\d]");
    private static final Pattern AMOUNT_BEFORE = Pattern.compile(".*[$\\d.,]");
    private static final Pattern DATE_PREPOSITION_BEFORE = Pattern.compile(
            "(?is).*\\b(?:in|since|until|by|through|from|to|of|during|before|after"
            + "|between|and|early|late|last|next|this)\\s+$");
    private static final Pattern NUMBER_CHAR_BEFORE = Pattern.compile("[\\d:.$]");
    private static final Pattern NUMBER_AFTER = Pattern.compile("(?s)[:\\d].*|[.,]\\d");
    /** "May 3-", "May 3 to": the first day of a range whose last day follows. */
    private static final Pattern DAY_RANGE_BEFORE = Pattern.compile("(?is).*\\b" + Lexicon.MONTH
            + "\\.?\\s+[0-3]?\\d(?:[-\u2013]|\\s+(?:to|through|and)\\s+)");
    /**
     * A quantity just before a frequency adverb ("rise 8.5% annually", "10,000 units annually"): the
     * adverb is part of a rate, which TimeBank leaves unmarked, not a recurring time.
     */
    private static final Pattern QUANTITY_BEFORE = Pattern.compile("(?s).*\\d%?(?:\\s+[A-Za-z]+){0,2}\\s+$");
    private static final Pattern IN_BEFORE = Pattern.compile("(?is).*\\bin\\s+$");
    private static final Pattern OLD_AFTER = Pattern.compile("(?s)[-\\s]old\\b.*");
    private static final Pattern OF_AFTER = Pattern.compile("(?s),?\\s+of\\b.*");
    private static final Pattern DURATION_PREPOSITION_BEFORE = Pattern.compile(
            "(?is).*\\b(?:for|within|in|over|after)\\s+$");
    private static final Pattern OF_OR_HYPHEN_AFTER = Pattern.compile("(?s)\\s+of\\b.*|-.*");
    private static final Pattern AMOUNT_CHAR_BEFORE = Pattern.compile(".*[$#£€\\d,./:-]");
    private static final Pattern AMOUNT_AFTER = Pattern.compile("(?s)(?:[,.]\\d|%|\\s*percent|[-/]\\d|:\\d).*");
    private static final Pattern COUNTED_NOUN_AFTER = Pattern.compile(
            "(?s)\\s+(?:shares|people|points|feet|meters|miles|tons|barrels|units|cars"
            + "|jobs|acres|troops|workers|employees|students|votes|copies)\\b.*");
    private static final Pattern FRACTION_OF_QUARTER = Pattern.compile(
            "(?i)(?:about\\s+|some\\s+|nearly\\s+|almost\\s+)?(?!(?:several|few|many)\\b)\\w+[\\s-]quarters?");

    private static final Pattern NAME_BEFORE = Pattern.compile("(?s).*\\b\\p{Lu}\\p{L}+\\s$");
    private static final Pattern NAME_AFTER = Pattern.compile("(?s)\\s\\p{Lu}\\p{Ll}+.*");

    private static Pattern compile(String body) {
        String regex = body;
        for (Map.Entry<String, String> e : PIECES.entrySet()) {
            regex = regex.replace(e.getKey(), e.getValue());
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE);
    }

    private static Rule rule(String name, String regex, Predicate<Site> accept, Function<Site, Timex> resolve) {
        Pattern p = compile(regex);
        Set<String> groups = new HashSet<>();
        Matcher g = GROUP_NAME.matcher(p.pattern());
        while (g.find()) {
            groups.add(g.group(1));
        }
        String triggers = TRIGGERS.get(name);
        Reach reach = REACH.get(name);
        if (triggers == null || reach == null) {
            throw new IllegalStateException("rule " + name + " has no trigger words or reach");
        }
        return new Rule(name, p, Set.copyOf(groups), accept, resolve, Arrays.stream(triggers.split(" ")).mapToInt(TRIGGER_WORDS::indexOf).toArray(), reach);
    }

    private static Rule rule(String name, String regex, Function<Site, Timex> resolve) {
        return rule(name, regex, s -> true, resolve);
    }

    /** All rules, most specific first (ties between equally long matches go to the earlier rule). */
    static final List<Rule> RULES = List.of(
            rule("iso", "(?<y>\\d{4})-(?<mo>[01]\\d)-(?<d>[0-3]\\d)(?:T(?<h>[0-2]\\d):(?<mi>[0-5]\\d))?",
                    Normalizer::iso),
            rule("numeric", "(?<a>[01]?\\d)/(?<b>[0-3]?\\d)/(?<y>\\d{4}|\\d{2})",
                    s -> !s.before(1, SLASH_OR_DIGIT_BEFORE) && !s.after(1, SLASH_OR_DIGIT_AFTER), Normalizer::numeric),
            rule("month-day", "(?:{APPROX}\\s+)?(?:{PRE}[\\s-]+)?(?:(?<rel>last|this\\s+past|next|this\\s+coming)\\s+)?"
                    + "(?:(?<wd>{WEEKDAY})\\.?,?\\s+)?(?<mon>{MONTH})\\.?"
                    + "\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d|:\\d|[.,]\\d)(?:,?\\s+(?<y>{YEAR})"
                    + "|(?=(?:[-\u2013]|\\s+(?:to|through|and)\\s+)[0-3]?\\d,?\\s+(?<ly>{YEAR})))?",
                    Grammar::namesCapitalised, Normalizer::monthDay),
            rule("day-month", "(?:(?<wd>{WEEKDAY}),?\\s+)?(?:the\\s+)?(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
                    + "(?<mon>{MONTH})\\.?(?:,?\\s+(?<y>{YEAR}))?",
                    s -> namesCapitalised(s) && !s.before(2, AMOUNT_BEFORE), Normalizer::monthDay),
            rule("month-year", "(?:{APPROX}\\s+)?(?:{PRE}[\\s-]+)?(?<mon>{MONTH})\\.?,?\\s+(?:of\\s+)?"
                    + "(?:(?<y>{YEAR})|(?<ry>this|last|next)\\s+year|(?<wy>nineteen\\s+[a-z]+(?:-[a-z]+)?))",
                    Grammar::namesCapitalised, Normalizer::month),
            rule("month", "(?:{APPROX}\\s+)?(?:{PRE}[\\s-]+)?(?:(?<rel>last|this|next|this\\s+past|this\\s+coming)\\s+)?"
                    + "(?<mon>{MONTH})\\.?", Grammar::bareMonth, Normalizer::month),
            rule("year", "(?:{APPROX}\\s+)?(?:{PRE}[\\s-]+)?(?:(?<fy>fiscal(?:\\s+year)?|FY|calendar(?:\\s+year)?"
                    + "|model\\s+year)[\\s-]*)?(?:(?:pre|post)-)?(?<y>{YEAR})(?<post>\\s+or\\s+(?:later|earlier|before|after)"
                    + "|\\s+and\\s+beyond)?",
                    Grammar::plainYear, Normalizer::year),
            rule("word-year", "(?:the\\s+year\\s+)?(?<wy>nineteen(?:\\s+hundred(?:\\s+and)?)?\\s+"
                    + "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five"
                    + "|six|seven|eight|nine))?)|the\\s+year\\s+(?<wy2>two\\s+thousand)(?:\\s+and)?"
                    + "(?:\\s+(?<wy3>" + Lexicon.CARDINAL_WORD + "))?",
                    Normalizer::wordYear),
            rule("decade", "(?:the\\s+)?(?:{PRE}[\\s-]*)?(?:(?<dec>(?:1[5-9]|20)\\d0)'?s|'(?<short>\\d0)s"
                    + "|(?<=the\\s|\\ds\\s(?:and|or|to)\\s)(?<bare>[1-9]0)s|(?<=the\\s|ties\\s(?:and|or|to)\\s)(?<word>twenties|thirties|forties|fifties|sixties"
                    + "|seventies|eighties|nineties))", Normalizer::decade),
            rule("century", "(?:the\\s+)?(?:{PRE}[\\s-]+)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<w>first|second"
                    + "|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
                    + "|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\\s-]+century",
                    Normalizer::century),
            rule("time", "(?:{APPROX}\\s+)?(?<h>[01]?\\d)(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?"
                    + "|am|pm)(?:\\s+(?<z>{ZONE}))?{DAYTAIL}?", Grammar::clockAllowed, Normalizer::time),
            rule("clock", "(?:{APPROX}\\s+)?(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?:\\s+(?<z>{ZONE}|hours))?"
                    + "{DAYTAIL}?", Grammar::clockAllowed, Normalizer::time),
            rule("military", "(?<hm>(?:[01]\\d|2[0-3])[0-5]\\d)\\s*(?:hours\\s+)?(?<z>GMT|UTC)(?:{DAYTAIL})?",
                    Normalizer::time),
            rule("noon", "(?:{APPROX}\\s+)?(?<word>noon|midday|midnight)(?:{DAYTAIL})?", Normalizer::time),
            rule("clock-pod", "(?<h>1[0-2]|[1-9])(?:[:.](?<mi>[0-5]\\d))?(?:\\s+o'clock)?\\s+(?:in\\s+the\\s+"
                    + "(?<pod>morning|afternoon|evening)|at\\s+(?<pod2>night))", Grammar::clockAllowed,
                    Normalizer::clockPartOfDay),
            rule("weekday", "(?:{PRE}\\s+)?(?:(?<rel>last|this|next|this\\s+past|this\\s+coming|the\\s+previous"
                    + "|the\\s+following|the\\s+next|that|coming)\\s+)?(?<wd>{WEEKDAY})(?:\\s+(?<pod>{POD}))?",
                    Grammar::namesCapitalised, Normalizer::weekday),
            rule("deictic-day", "(?:{PRE}[\\s-]+)?(?<word>today|tonight|yesterday|tomorrow)"
                    + "(?:\\s+(?<pod>{POD}))?", Normalizer::deicticDay),
            rule("pod-deictic", "(?:{PRE}[\\s-]+)?(?<pod>{POD})\\s+(?<word>yesterday|today|tomorrow)",
                    Normalizer::deicticDay),
            rule("this-morning", "(?:{PRE}\\s+)?(?<rel>this|last|that|the\\s+next|the\\s+following)\\s+"
                    + "(?<pod>morning|afternoon|evening|night)", Normalizer::partOfDay),
            rule("part-of-day", "(?<=\\b(?:in|by|during|until|[Ii]n|[Bb]y|[Dd]uring|[Uu]ntil)\\s)(?:the\\s+)?(?:{PRE}[\\s-]*)?"
                    + "(?<pod>morning|afternoon|evening)(?!\\s+(?:of|paper|papers|news|show|edition)\\b)"
                    + "|(?<pod2>morning|afternoon|evening)(?=\\s+(?:trading|session|dealings)\\b)",
                    Normalizer::partOfTheDay),
            rule("ordinal-day", "(?:(?:the|a)\\s+|(?<=\\b(?:its|his|her|their)\\s))(?<ord>first|second|third|fourth|fifth|sixth|seventh"
                    + "|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))\\s+(?:(?:straight|consecutive|successive)\\s+)?day(?![\\w-])",
                    Normalizer::ordinalDay),
            rule("relative", "(?:{PRE}\\s+(?:in\\s+)?)?(?<rel>last|this|next|coming|this\\s+past|this\\s+coming"
                    + "|the\\s+past|the\\s+last|the\\s+next|the\\s+coming|the\\s+current|current|the\\s+previous"
                    + "|the\\s+following|the\\s+same|that\\s+same|that|the\\s+preceding|the\\s+prior|previous|following|the\\s+full"
                    + "|the\\s+entire|the\\s+whole|the)\\s+"
                    + "(?<unit>week|weekend|month|year|decade|century|day|fiscal\\s+year)",
                    Normalizer::relative),
            rule("season", "(?:{PRE}[\\s-]+)?(?:(?<rel>last|this|next|this\\s+past|this\\s+coming|the|the\\s+past"
                    + "|the\\s+previous|the\\s+following|that|the\\s+early|the\\s+late)\\s+)?(?<s>{SEASON})"
                    + "(?:\\s+(?:of\\s+)?(?:(?<y>{YEAR})|(?<wy>nineteen\\s+[a-z]+(?:-[a-z]+)?)))?",
                    Grammar::season, Normalizer::season),
            rule("quarter", "(?:(?<det>the|this\\s+year's|last\\s+year's|next\\s+year's|a|an)\\s+)?"
                    + "(?:(?:flat|comparable|corresponding|same|strong|weak|disappointing|record|(?<ago>year-ago"
                    + "|year-earlier)|(?<qy>{YEAR}))\\s+)?(?:fiscal[\\s-]+)?(?<ord>{ORD})[\\s-]+(?:fiscal[\\s-]+)?"
                    + "(?<q>quarters?|half|halves)(?:\\s+(?:of|in)\\s+(?:(?:fiscal\\s+)?(?<y>{YEAR})"
                    + "|(?<ry>this|last|next)\\s+year|the\\s+(?:'(?<dshort>\\d0)|(?<dec>(?:1[5-9]|20)\\d0))s))?",
                    Normalizer::quarter),
            // "the second and fourth quarters": the first of a pair shares the unit written after the second
            rule("quarter-pair", "(?<ord>first|second|third)(?=\\s+and\\s+(?:second|third|fourth|final|last)"
                    + "[\\s-]+(?<q>quarters|halves)\\b)", Normalizer::quarter),
            rule("q-number", "Q(?<qn>[1-4])(?:\\s+(?<y>{YEAR}))?|(?<y2>{YEAR})\\s+Q(?<qn2>[1-4])",
                    s -> s.m().group().indexOf('Q') >= 0, Normalizer::quarterNumber),
            rule("period", "(?<det>the|its|this|that)\\s+(?:(?<adj>latest|current|most\\s+recent|year-ago"
                    + "|year-earlier|comparable\\s+year-ago|comparable|corresponding|same)\\s+)?(?:(?<y>{YEAR})\\s+)?"
                    + "(?<p>quarter|period|fiscal\\s+year)(?<tail>\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year))?",
                    s -> !s.after(1).equals("-"), Normalizer::period),
            rule("relative-quarter", "(?<rel>last|next|the\\s+last|the\\s+next|the\\s+past|the\\s+coming"
                    + "|the\\s+previous|the\\s+following|previous|following)\\s+quarter", Normalizer::relativeQuarter),
            rule("week-of", "the\\s+(?:(?<ord>first|second|third|fourth|last|final)\\s+)?week\\s+of\\s+(?<mon>{MONTH})\\.?"
                    + "(?:\\s+(?<d>[0-3]?\\d)(?!\\d))?(?:,?\\s+(?<y>{YEAR}))?", Grammar::namesCapitalised,
                    Normalizer::weekOf),
            rule("year-ago", "(?:the\\s+)?(?:comparable\\s+)?(?<adj>year-ago|year-earlier|year\\s+earlier)"
                    + "(?:\\s+(?:(?<ord>{ORD})\\s+)?(?<p>quarter|period|nine\\s+months|six\\s+months))?",
                    Normalizer::yearAgo),
            rule("ago", "(?:{APPROX}\\s+)?(?<n>{NUM})(?:\\s+(?:or|to)\\s+{NUM})?(?:\\s+more)?\\s+(?<unit>{UNIT})"
                    + "(?<so>\\s+or\\s+so)?(?:\\s+(?<dir>ago|earlier|later(?=\\s+than\\b)|from\\s+now|hence|back"
                    + "|before(?=\\s*[,.;:])|after(?=\\s*[,.;:]))|(?<later>(?=\\s+later\\b(?!\\s+than\\b))))", Normalizer::ago),
            rule("the-day-before", "the\\s+(?<unit>day|week|month|year)\\s+(?<dir>before|after)(?=\\s*[,.;:])"
                    + "|the\\s+day\\s+(?<dir2>before\\s+yesterday|after\\s+tomorrow)", Normalizer::dayBefore),
            rule("offset-from", "(?:(?<n>{NUM})|the)\\s+(?<unit>{UNIT})\\s+(?<dir>from|after|before)\\s+"
                    + "(?:(?:(?<rel>last|next|this\\s+past|this\\s+coming)\\s+)?(?<wd>{WEEKDAY})"
                    + "|(?<word>today|tomorrow|yesterday))\\b", Grammar::namesCapitalised, Normalizer::offsetFrom),
            rule("range-end", "(?:(?<=\\d[-\u2013])|(?<=\\d\\s(?:to|through|and)\\s))(?<d>[0-3]?\\d)(?![\\d:]|[.,]\\d)"
                    + "(?:,?\\s+{YEAR}|(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:in|at|on|when|while|as|before|after)\\b))",
                    s -> s.before(24, DAY_RANGE_BEFORE),
                    Normalizer::rangeEnd),
            rule("duration", "(?:{APPROX}\\s+)?(?:(?<det>the|a|an|its|each\\s+of\\s+the|another)\\s+)?"
                    + "(?:(?<rel>past|last|next|first|coming|following|final|previous|latest|initial|remaining"
                    + "|entire|full|additional|extra|better\\s+part\\s+of\\s+the)\\s+)?(?<n>{NUM})(?:\\s+(?:or|to|and)\\s+(?<n2>{NUM}))?"
                    + "(?:\\s+(?:more|full|straight|consecutive|long|trading|business|calendar|additional|extra|further))?[\\s-]+"
                    + "(?<unit>{UNIT})(?<half>\\s+and\\s+a\\s+half)?(?:-(?:long|old))?(?:\\s+(?:period|span|stretch))?"
                    + "(?<so>\\s+or\\s+so)?", Grammar::notAge, Normalizer::duration),
            rule("plural", "(?:(?<lead>recent|the\\s+past|past|the\\s+last|the\\s+coming|coming|the\\s+next"
                    + "|over\\s+the|the\\s+following|future|these|the)\\s+)?(?<unit>seconds|minutes|hours|days|weeks"
                    + "|months|quarters|years|decades|centuries)(?:\\s+(?:or|and)\\s+(?:weeks|months|years|decades))?"
                    + "(?<ahead>\\s+ahead|\\s+to\\s+come)?", Grammar::plural, Normalizer::plural),
            // "a day-long meeting", "a decades-long battle", "a years-old slump": a length without a count;
            // a singular unit before "-old" is left alone ("a year-old car" counts one year of age);
            // "the biggest single-day drop": one unit
            rule("unit-long", "(?<unit>(?:second|minute|hour|day|week|month|year|decade)s?|century|centuries)"
                    + "-(?:long|(?<=s-)old)\\b|single-(?<one>day|week|month|year)(?![\\w-])", Normalizer::unitLong),
            rule("set", "(?:every|each)\\s+(?:other\\s+)?(?:(?<n>{NUM})\\s+)?(?:(?<unit>{UNIT})|(?<wd>{WEEKDAY})"
                    + "|(?<mon>{MONTH})|(?<pod>morning|afternoon|evening|night)|(?<s>{SEASON}))", Normalizer::set),
            rule("set-adverb", "(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly"
                    + "|semiannually|semi-annually)", s -> !s.before(40, QUANTITY_BEFORE), Normalizer::set),
            rule("set-times", "(?:once|twice|(?<times>{NUM})\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<unit>{UNIT})",
                    Normalizer::set),
            rule("set-weekdays", "(?<wds>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s"
                    + "(?:\\s+(?<pod>mornings|afternoons|evenings|nights))?", Grammar::namesCapitalised,
                    Normalizer::set),
            rule("ref", "(?<w>now|right\\s+now|currently|then[\\s-]current|current|nowadays|presently|at\\s+present|the\\s+time\\s+being"
                    + "|these\\s+days|recently|lately|more\\s+recently|most\\s+recently|the\\s+past|the\\s+recent\\s+past"
                    + "|the\\s+distant\\s+past|the\\s+future|the\\s+near\\s+future|the\\s+distant\\s+future"
                    + "|the\\s+foreseeable\\s+future|the\\s+near\\s+term|a\\s+later\\s+date|formerly)",
                    RefUses::isTime, Normalizer::ref),
            rule("holiday", "(?:(?<rel>last|this|next)\\s+)?(?<hd>Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year's"
                    + "(?:\\s+(?:Day|Eve))?|Thanksgiving(?:\\s+Day)?|Independence\\s+Day|Halloween|Valentine's\\s+Day"
                    + "|Labor\\s+Day|Memorial\\s+Day|Election\\s+Day|Veterans\\s+Day|Boxing\\s+Day|Easter"
                    + "(?:\\s+Sunday)?)(?<wk>\\s+week)?(?:,?\\s+(?<y>{YEAR}))?", Grammar::holidayCapitalised,
                    Normalizer::holiday),
            rule("year-end", "(?:{APPROX}\\s+)?(?:(?<rel>this|last|next)\\s+)?(?:year-end|year\\s+end"
                    + "|year's\\s+end|the\\s+end\\s+of\\s+the\\s+(?<unit>year|month|week|quarter|day|decade))",
                    s -> !s.after(1).equals("-"), Normalizer::yearEnd));

    // ---- context-free checks -----------------------------------------------------------------


    /** Month and weekday names are proper nouns: "may" and "sun" are not dates. */
    private static boolean namesCapitalised(Site s) {
        for (String g : new String[] {"mon", "wd", "wds"}) {
            String name = s.group(g);
            if (name != null && !Character.isUpperCase(name.charAt(0))) {
                return false;
            }
            if (name != null && name.length() <= 4 && !s.text().startsWith(".", s.m().end(g))
                    && !name.equalsIgnoreCase("june") && !name.equalsIgnoreCase("july") && !g.equals("mon")) {
                return false;
            }
        }
        return true;
    }


    private static final Pattern FULL_MONTH = Pattern.compile("(?i)january|february|march|april|may|june|july"
            + "|august|september|october|november|december");

    /** A month alone: "May" and "March" are words too, so they need a date-like context. */
    private static boolean bareMonth(Site s) {
        String mon = s.group("mon");
        boolean abbreviation = !FULL_MONTH.matcher(mon).matches();
        if (!Character.isUpperCase(mon.charAt(0)) || abbreviation && !s.text().startsWith(".", s.m().end("mon"))) {
            return false;
        }
        if (!mon.equalsIgnoreCase("may") && !mon.equalsIgnoreCase("march")) {
            return true;
        }
        return s.has("rel") || s.has("mod")
                || s.before(12, DATE_PREPOSITION_BEFORE);
    }

    /** A four-digit number that is a year, not an amount ("$1990", "1,990", "1990.5"). */
    private static boolean plainYear(Site s) {
        String before = s.before(2);
        String after = s.after(8);
        if (AMOUNT_CHAR_BEFORE.matcher(before).matches() || AMOUNT_AFTER.matcher(after).matches()) {
            return false;
        }
        if (!s.has("fy") && !s.has("mod") && NAME_BEFORE.matcher(s.before(20)).matches()
                && NAME_AFTER.matcher(after).matches()) {
            return false; // inside a name: "the Russell 2000 Index"
        }
        return s.has("fy") || s.has("mod") || s.has("amod")
                || !COUNTED_NOUN_AFTER.matcher(after).matches();
    }

    private static boolean clockAllowed(Site s) {
        return !s.before(1, NUMBER_CHAR_BEFORE) && !s.after(2, NUMBER_AFTER);
    }

    /** "fall" is a verb unless something marks it as the season. */
    private static boolean season(Site s) {
        if (!s.group("s").equalsIgnoreCase("fall")) {
            return true;
        }
        return s.has("rel") || s.has("y") || s.has("mod") || s.has("wy")
                || s.before(4, IN_BEFORE);
    }

    /** Ages ("a 6-year-old") are not time expressions; nor are fractions ("three-quarters of"). */
    private static boolean notAge(Site s) {
        String unit = s.group("unit").toLowerCase(java.util.Locale.ROOT);
        String n = s.group("n").toLowerCase(java.util.Locale.ROOT);
        boolean articleLong = (n.equals("a") || n.equals("an")) && s.m().group().endsWith("-long");
        return !articleLong // "a month-long strike": the article is no count; the unit-long rule takes it
                && !s.m().group().toLowerCase(java.util.Locale.ROOT).endsWith("-old")
                && !s.after(5, OLD_AFTER)
                && !(unit.startsWith("quarter") && s.after(4, OF_AFTER)
                        && FRACTION_OF_QUARTER.matcher(s.m().group()).matches());
    }

    private static boolean plural(Site s) {
        if (s.has("lead") && !s.group("lead").equalsIgnoreCase("the")) {
            return true;
        }
        if (s.has("lead")) {
            return s.has("ahead");
        }
        return s.before(8, DURATION_PREPOSITION_BEFORE)
                && !s.after(4, OF_OR_HYPHEN_AFTER);
    }

    private static boolean holidayCapitalised(Site s) {
        return Character.isUpperCase(s.group("hd").charAt(0));
    }
}

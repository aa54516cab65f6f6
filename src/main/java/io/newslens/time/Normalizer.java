package io.newslens.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.newslens.model.TimeExpression.TimeType;
import io.newslens.time.Lexicon.Unit;
import io.newslens.time.Values.Timex;

/**
 * Turns a matched expression into its TIMEX3 value, relative to the document's {@link Anchor}. One
 * static method per {@link Grammar} rule; each returns {@code null} when the match is not a time
 * after all.
 */
final class Normalizer {

    private Normalizer() {
    }

    private static final Pattern ENDED_AFTER = Pattern.compile("(?is)\\s+(?:ended|ending|to\\s+date|through).*");
    private static final Pattern OF_AFTER = Pattern.compile("(?s)\\s+of.*");
    private static final Pattern RATE_BEFORE = Pattern.compile(
            "(?is)[^\\n]*(?:\\d[\\d,.]*\\s*(?:%|percent|cents?|dollars?|[a-z]+)?|times|once"
            + "|twice)\\s+$");
    /** Words that count from the narrative's reference day rather than from the publication date. */
    private static final Set<String> ANAPHORIC = Set.of("that", "following", "previous", "the following",
            "the previous", "the same", "that same", "the preceding", "the prior");

    /** Adjectives by which "the same period last year" points back to the period just named. */
    private static final Set<String> SAME_PERIOD = Set.of("same", "corresponding", "comparable");

    private static final Pattern PLURAL_S = Pattern.compile("(?i)s$");

    private static final Map<String, Integer> CENTURY_WORDS = Map.ofEntries(Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("twenty-first", 21));

    private static final Map<String, Integer> DECADE_WORDS = Map.of("twenties", 2, "thirties", 3, "forties", 4,
            "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);

    // ---- absolute dates ----------------------------------------------------------------------

    static Timex iso(Site s) {
        LocalDate d = date(Integer.parseInt(s.group("y")), Integer.parseInt(s.group("mo")),
                Integer.parseInt(s.group("d")));
        if (d == null) {
            return null;
        }
        s.anchor().refer(d, true);
        if (s.has("h")) {
            return new Timex(TimeType.TIME, Anchor.day(d, true) + "T" + s.group("h") + ":" + s.group("mi"), null);
        }
        return Timex.date(Anchor.day(d, true));
    }

    static Timex numeric(Site s) {
        int a = Integer.parseInt(s.group("a"));
        int b = Integer.parseInt(s.group("b"));
        int y = Integer.parseInt(s.group("y"));
        if (y < 100) {
            y += y < 50 ? 2000 : 1900;
        }
        LocalDate d = a > 12 ? date(y, b, a) : date(y, a, b);
        if (d == null) {
            return null;
        }
        s.anchor().refer(d, true);
        return Timex.date(Anchor.day(d, true));
    }

    static Timex monthDay(Site s) {
        int month = Lexicon.month(s.group("mon"));
        int day = Integer.parseInt(s.group("d"));
        Anchor a = s.anchor();
        // "May 3-5, 2021": the year after the range's last day is the first day's too
        String given = s.has("y") ? s.group("y") : s.group("ly");
        boolean yearKnown = given != null || a.hasPublished();
        int year = given != null ? Integer.parseInt(given)
                : !a.hasPublished() ? 2000
                : s.has("rel") ? yearOfRelativeDay(a.published(), month, day, s.group("rel"))
                : inferYear(a.published(), month, day, s.tense());
        if (given == null && s.has("wd") && a.hasPublished()) {
            year = yearOfWeekday(year, month, day, Lexicon.weekday(s.group("wd")));
        }
        LocalDate d = date(year, month, day);
        if (d == null) {
            return null;
        }
        a.refer(d, yearKnown);
        return Timex.date(Anchor.day(d, yearKnown)).withMod(mod(s));
    }

    /**
     * The year of "last Oct. 23" (the latest such day before the publication date) or "next Oct. 23"
     * (the first after it): the word says the direction, so the tense is not asked.
     */
    private static int yearOfRelativeDay(LocalDate published, int month, int day, String rel) {
        int y = published.getYear();
        long diff = dayOrdinal(y, month, day) - published.toEpochDay();
        boolean back = Values.words(rel).contains("last") || Values.words(rel).contains("past");
        if (back) {
            return diff < 0 ? y : y - 1;
        }
        return diff > 0 ? y : y + 1;
    }

    /** The year nearest {@code guess} in which the date falls on ISO weekday {@code dow}. */
    private static int yearOfWeekday(int guess, int month, int day, int dow) {
        for (int y : new int[] {guess, guess - 1, guess + 1}) {
            LocalDate d = date(y, month, day);
            if (d != null && d.getDayOfWeek().getValue() == dow) {
                return y;
            }
        }
        return guess;
    }

    /** "the week of March 6", "the last week of March": the ISO week holding that day. */
    static Timex weekOf(Site s) {
        Anchor a = s.anchor();
        int month = Lexicon.month(s.group("mon"));
        String ord = s.has("ord") ? s.group("ord").toLowerCase(Locale.ROOT) : "";
        boolean yearKnown = s.has("y") || a.hasPublished();
        int day = s.has("d") ? Integer.parseInt(s.group("d")) : 1;
        int year = s.has("y") ? Integer.parseInt(s.group("y"))
                : a.hasPublished() ? inferYear(a.published(), month, s.has("d") ? day : 0, s.tense()) : 2000;
        LocalDate d = date(year, month, day);
        if (d == null) {
            return null;
        }
        if (ord.equals("last") || ord.equals("final")) {
            d = d.with(TemporalAdjusters.lastDayOfMonth()).minusDays(3);
        } else if (!ord.isEmpty()) {
            d = d.plusDays(3 + 7L * (Lexicon.ordinal(ord) - 1));
        }
        return Timex.date(yearKnown ? Anchor.period(d, Unit.WEEK, true) : "XXXX-WXX");
    }

    static Timex month(Site s) {
        int month = Lexicon.month(s.group("mon"));
        Anchor a = s.anchor();
        Integer year = null;
        if (s.has("y")) {
            year = Integer.parseInt(s.group("y"));
        } else if (s.has("wy")) {
            Timex w = wordYear(s.group("wy"));
            if (w == null) {
                return null;
            }
            year = Integer.valueOf(w.value());
        } else if (a.hasPublished()) {
            year = monthYear(s, a.published(), month);
        }
        String value = (year == null ? "XXXX" : Values.year(year)) + "-" + Values.pad(month, 2);
        if (year != null) {
            a.referMonth(year, month);
        }
        return Timex.date(value).withMod(mod(s));
    }

    private static int monthYear(Site s, LocalDate published, int month) {
        String ry = s.group("ry");
        if (ry != null) {
            return published.getYear() + shiftOf(ry);
        }
        String rel = s.group("rel");
        int y = published.getYear();
        if (rel == null) {
            return inferYear(published, month, 0, s.tense());
        }
        if (rel.equalsIgnoreCase("this")) {
            return y; // "this September": the one of the year the article is in, whatever the tense
        }
        boolean back = rel.toLowerCase(Locale.ROOT).contains("last") || rel.toLowerCase(Locale.ROOT).contains("past");
        if (back) {
            return month < published.getMonthValue() ? y : y - 1;
        }
        return month > published.getMonthValue() ? y : y + 1;
    }

    static Timex year(Site s) {
        int y = Integer.parseInt(s.group("y"));
        s.anchor().referYear(y);
        String post = s.group("post");
        String mod = mod(s);
        if (post != null) {
            mod = post.contains("later") || post.contains("after") || post.contains("beyond") ? "ON_OR_AFTER"
                    : "ON_OR_BEFORE";
        }
        return Timex.date(Values.year(y)).withMod(mod);
    }

    static Timex wordYear(Site s) {
        int after2000 = s.has("wy3") ? (int) Lexicon.number(s.group("wy3")) : 0;
        Timex t = s.has("wy2") ? Timex.date(Values.year(2000 + after2000))
                : wordYear(s.group("wy").replace("hundred", "").replace(" and", ""));
        if (t != null) {
            s.anchor().referYear(Integer.parseInt(t.value()));
        }
        return t;
    }

    static Timex decade(Site s) {
        String value;
        if (s.has("dec")) {
            value = s.group("dec").substring(0, 3);
        } else if (s.has("word")) {
            value = "19" + DECADE_WORDS.get(s.group("word").toLowerCase(Locale.ROOT));
        } else {
            String two = s.has("short") ? s.group("short") : s.group("bare");
            value = "19" + two.charAt(0);
        }
        return Timex.date(value).withMod(mod(s));
    }

    static Timex century(Site s) {
        int n = s.has("n") ? Integer.parseInt(s.group("n")) : CENTURY_WORDS.get(s.group("w").toLowerCase(Locale.ROOT));
        if (n < 1 || n > 21) {
            return null;
        }
        return Timex.date(Values.pad(n - 1, 2)).withMod(mod(s));
    }

    static Timex holiday(Site s) {
        Anchor a = s.anchor();
        String name = Values.words(s.group("hd"));
        Integer year = s.has("y") ? Integer.valueOf(s.group("y")) : null;
        if (year == null && a.hasPublished()) {
            int y = a.published().getYear() + (s.has("rel") ? shiftOf(s.group("rel")) : 0);
            LocalDate guess = holiday(name, y);
            year = s.has("rel") ? y : inferYear(a.published(), guess.getMonthValue(), guess.getDayOfMonth(),
                    s.tense());
        }
        if (year == null) {
            LocalDate fixed = holiday(name, 2001);
            boolean movable = name.startsWith("thanks") || name.startsWith("labor") || name.startsWith("memorial")
                    || name.startsWith("election") || name.startsWith("easter");
            return Timex.date(s.has("wk") ? "XXXX-WXX" : movable ? "XXXX-XX-XX" : Anchor.day(fixed, false));
        }
        LocalDate d = holiday(name, year);
        a.refer(d, true);
        // "Easter week", "Christmas week": the week holding the day
        return Timex.date(s.has("wk") ? Anchor.period(d, Unit.WEEK, true) : Anchor.day(d, true));
    }

    private static LocalDate holiday(String name, int y) {
        if (name.startsWith("christmas")) {
            return LocalDate.of(y, 12, name.endsWith("eve") ? 24 : 25);
        }
        if (name.startsWith("new year")) {
            return name.endsWith("eve") ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
        }
        return switch (name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name) {
            case "thanksgiving" -> nth(y, 11, DayOfWeek.THURSDAY, 4);
            case "independence" -> LocalDate.of(y, 7, 4);
            case "halloween" -> LocalDate.of(y, 10, 31);
            case "valentine's" -> LocalDate.of(y, 2, 14);
            case "labor" -> nth(y, 9, DayOfWeek.MONDAY, 1);
            case "memorial" -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "election" -> nth(y, 11, DayOfWeek.MONDAY, 1).plusDays(1);
            case "veterans" -> LocalDate.of(y, 11, 11);
            case "boxing" -> LocalDate.of(y, 12, 26);
            default -> easter(y);
        };
    }

    private static LocalDate nth(int y, int month, DayOfWeek dow, int n) {
        return LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    /** Western Easter Sunday (anonymous Gregorian algorithm). */
    private static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    // ---- times of day ------------------------------------------------------------------------

    static Timex time(Site s) {
        int hour;
        int minute = 0;
        if (s.has("word")) {
            hour = s.group("word").equalsIgnoreCase("midnight") ? 24 : 12;
        } else if (s.has("hm")) {
            hour = Integer.parseInt(s.group("hm").substring(0, 2));
            minute = Integer.parseInt(s.group("hm").substring(2));
        } else {
            hour = Integer.parseInt(s.group("h"));
            minute = s.has("mi") ? Integer.parseInt(s.group("mi")) : 0;
            String ap = s.group("ap");
            if (ap != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                boolean pm = ap.toLowerCase(Locale.ROOT).startsWith("p");
                hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
            }
        }
        String zone = s.group("z");
        boolean utc = zone != null && (zone.equalsIgnoreCase("utc") || zone.equalsIgnoreCase("gmt"));
        Timex date = s.has("mon") ? monthDay(s) : null;
        if (s.has("mon") && date == null) {
            return null;
        }
        String day = s.has("day") ? dayValue(s, s.group("day"))
                : date != null ? date.value() : referenceDay(s.anchor());
        String value = day + "T" + Values.pad(hour, 2) + ":" + Values.pad(minute, 2) + (utc ? "Z" : "");
        return new Timex(TimeType.TIME, value, mod(s));
    }

    /**
     * "4 in the morning", "10 at night": the part of the day says which half of the clock the hour
     * is in, on the narrative's reference day.
     */
    static Timex clockPartOfDay(Site s) {
        int hour = Integer.parseInt(s.group("h"));
        int minute = s.has("mi") ? Integer.parseInt(s.group("mi")) : 0;
        boolean pm = !s.has("pod") || !s.group("pod").equalsIgnoreCase("morning");
        if (pm && hour < 12 && !(s.has("pod2") && hour <= 4)) {
            hour += 12; // but "2 at night" is after midnight
        } else if (!pm && hour == 12) {
            hour = 0;
        }
        String value = referenceDay(s.anchor()) + "T" + Values.pad(hour, 2) + ":" + Values.pad(minute, 2);
        return new Timex(TimeType.TIME, value, null);
    }

    /** The day a weekday or deictic word names, as a TIMEX3 value. */
    private static String dayValue(Site s, String word) {
        Anchor a = s.anchor();
        String w = word.toLowerCase(Locale.ROOT);
        int shift = switch (w) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            case "today", "tonight" -> 0;
            default -> Integer.MIN_VALUE;
        };
        if (!a.hasPublished()) {
            return shift == Integer.MIN_VALUE ? "XXXX-WXX-" + Lexicon.weekday(w) : "XXXX-XX-XX";
        }
        LocalDate d = shift != Integer.MIN_VALUE ? a.published().plusDays(shift)
                : Anchor.weekday(a.published(), Lexicon.weekday(w), s.tense());
        a.refer(d, true);
        return Anchor.day(d, true);
    }

    /**
     * The direction of a bare weekday. "Wednesday's ruling" names an event of its own, reported as done
     * unless the clause is firmly in the future: an intention in it ("would look for ways around
     * Wednesday's ruling") is about something else. "They meet Monday" is a timetable, ahead.
     */
    private static Tense weekdayTense(Site s) {
        Tense tense = s.tense();
        if ((tense == Tense.UNKNOWN || tense == Tense.PRESENT) && !s.after(2, POSSESSIVE) && Timetable.ahead(s)) {
            return Tense.INTENT;
        }
        return tense == Tense.INTENT && s.after(2, POSSESSIVE) ? Tense.PAST : tense;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s");

    private static String referenceDay(Anchor a) {
        return a.reference() == null ? "XXXX-XX-XX" : Anchor.day(a.reference(), a.referenceYearKnown());
    }

    static Timex weekday(Site s) {
        Anchor a = s.anchor();
        int dow = Lexicon.weekday(s.group("wd"));
        String rel = lower(s.group("rel"));
        String pod = s.has("pod") ? "T" + Lexicon.partOfDay(s.group("pod")) : "";
        TimeType type = pod.isEmpty() ? TimeType.DATE : TimeType.TIME;
        boolean anaphoric = rel.startsWith("the") || rel.equals("that");
        LocalDate base = anaphoric ? a.reference() : a.hasPublished() ? a.published() : null;
        if (base == null || anaphoric && !a.referenceYearKnown() && !a.hasPublished()) {
            return new Timex(type, "XXXX-WXX-" + dow + pod, mod(s));
        }
        LocalDate d = switch (rel) {
            case "last", "this past", "the previous" -> Anchor.weekday(base.minusDays(1), dow, Tense.PAST);
            case "next", "this coming", "the following", "the next", "coming" ->
                    Anchor.weekday(base.plusDays(1), dow, Tense.FUTURE);
            default -> Anchor.weekday(base, dow, rel.equals("that") ? Tense.UNKNOWN : weekdayTense(s));
        };
        boolean yearKnown = !anaphoric || a.referenceYearKnown();
        a.refer(d, yearKnown);
        return new Timex(type, Anchor.day(d, yearKnown) + pod, mod(s));
    }

    static Timex deicticDay(Site s) {
        String word = s.group("word").toLowerCase(Locale.ROOT);
        String value = dayValue(s, word);
        String pod = s.has("pod") ? "T" + Lexicon.partOfDay(s.group("pod"))
                : word.equals("tonight") ? "TNI" : "";
        if (s.has("pod") && s.group("pod").toLowerCase(Locale.ROOT).startsWith("mid")) {
            return new Timex(TimeType.TIME, value + pod, "MID");
        }
        return new Timex(pod.isEmpty() ? TimeType.DATE : TimeType.TIME, value + pod, mod(s));
    }

    static Timex partOfDay(Site s) {
        Anchor a = s.anchor();
        String rel = s.group("rel").toLowerCase(Locale.ROOT);
        String pod = "T" + Lexicon.partOfDay(s.group("pod"));
        String day;
        if (rel.equals("this") || rel.equals("last")) {
            day = a.hasPublished() ? Anchor.day(a.published().minusDays(rel.equals("last") ? 1 : 0), true)
                    : "XXXX-XX-XX";
            if (rel.equals("last") && !pod.equals("TNI")) {
                return null;
            }
        } else if (rel.startsWith("the") && a.reference() != null) {
            day = Anchor.day(a.reference().plusDays(1), a.referenceYearKnown());
        } else {
            day = referenceDay(a);
        }
        return new Timex(TimeType.TIME, day + pod, mod(s));
    }

    /**
     * "in the morning", "by mid afternoon", "morning trading": a part of the day the narrative is
     * at, as TimeML values a part of day (TMO, TAF, TEV).
     */
    static Timex partOfTheDay(Site s) {
        String pod = s.has("pod") ? s.group("pod") : s.group("pod2");
        return new Timex(TimeType.TIME, referenceDay(s.anchor()) + "T" + Lexicon.partOfDay(pod), mod(s));
    }

    /**
     * "the second day of an offensive", "a third straight day": a day counted within an event, which
     * is the day being told of: the publication date in the present tense ("it is the eighth day"),
     * else the narrative's day; unknown for one still ahead ("on his first day in office").
     */
    static Timex ordinalDay(Site s) {
        Anchor a = s.anchor();
        Tense tense = s.tense();
        if (tense.ahead()) {
            return Timex.date("XXXX-XX-XX");
        }
        if (tense == Tense.PRESENT && a.hasPublished()) {
            return Timex.date(Anchor.day(a.published(), true));
        }
        return Timex.date(referenceDay(a));
    }

    // ---- relative periods --------------------------------------------------------------------

    static Timex relative(Site s) {
        Anchor a = s.anchor();
        String rel = Values.words(s.group("rel"));
        String unitWord = s.group("unit").toLowerCase(Locale.ROOT);
        if (unitWord.startsWith("fiscal")) {
            return fiscalYear(s, rel);
        }
        Unit unit = Lexicon.unit(unitWord);
        int shift = shiftOf(rel);
        if (unit == Unit.DAY) {
            return relativeDay(s, rel, shift);
        }
        if (rel.startsWith("the ") && (rel.endsWith("full") || rel.endsWith("entire") || rel.endsWith("whole"))) {
            // "the entire year" of a report: the year of the quarter it reports on
            if (unit != Unit.YEAR) {
                return new Timex(TimeType.DURATION, unit.duration(1), null);
            }
            return Timex.date(a.hasQuarter() ? a.quarter(0).substring(0, 4) : a.year(0));
        }
        if (rel.equals("the") && unit == Unit.YEAR && yearAsDuration(s)) {
            return new Timex(TimeType.DURATION, "P1Y", null);
        }
        if (rel.equals("that") && unit == Unit.YEAR && a.lastYear() != null) {
            return Timex.date(Values.year(a.lastYear())).withMod(mod(s));
        }
        if (unit == Unit.WEEKEND) {
            return weekend(s, rel, shift);
        }
        if ((unit == Unit.DECADE || unit == Unit.CENTURY) && rel.endsWith("past")) {
            return new Timex(TimeType.DURATION, unit.duration(1), mod(s));
        }
        boolean fromReference = ANAPHORIC.contains(rel) && a.reference() != null;
        LocalDate base = !fromReference ? (a.hasPublished() ? a.published() : null)
                : unit == Unit.MONTH && a.referenceMonth() != null ? a.referenceMonth() : a.reference();
        boolean yearKnown = fromReference ? a.referenceYearKnown() : a.hasPublished();
        if (base == null || !yearKnown) {
            return Timex.date(unknown(unit)).withMod(mod(s));
        }
        return Timex.date(Anchor.period(Anchor.shift(base, unit, shift), unit, true)).withMod(mod(s));
    }

    /** The weekend nearest the publication date in the tense's direction, moved by {@code shift}. */
    private static Timex weekend(Site s, String rel, int shift) {
        Anchor a = s.anchor();
        if (!a.hasPublished()) {
            return Timex.date("XXXX-WXX-WE");
        }
        Tense tense = shift > 0 ? Tense.FUTURE : shift < 0 ? Tense.PAST : s.tense();
        LocalDate saturday = Anchor.weekday(a.published(), DayOfWeek.SATURDAY.getValue(), tense);
        if (shift < 0 && rel.contains("last") && a.published().getDayOfWeek().getValue() >= 6) {
            saturday = saturday.minusWeeks(1);
        }
        return Timex.date(Anchor.period(saturday, Unit.WEEKEND, true)).withMod(mod(s));
    }

    private static Timex relativeDay(Site s, String rel, int shift) {
        Anchor a = s.anchor();
        if (rel.equals("this") || rel.equals("last") || rel.equals("current") || rel.equals("the current")
                || rel.equals("the past") || rel.equals("the last") || rel.equals("coming")
                || rel.equals("the coming") || rel.equals("this past") || rel.equals("this coming")) {
            return null;
        }
        if (a.reference() == null) {
            return Timex.date("XXXX-XX-XX").withMod(mod(s));
        }
        if (rel.equals("the")) {
            shift = EventDay.shift(s); // "the day after his death"
        }
        LocalDate d = a.reference().plusDays(shift);
        boolean yearKnown = a.referenceYearKnown();
        if (shift != 0) {
            a.refer(d, yearKnown);
        }
        return Timex.date(Anchor.day(d, yearKnown)).withMod(mod(s));
    }

    /** "the year ended Sept. 30" is a stretch of twelve months, not a calendar year. */
    private static boolean yearAsDuration(Site s) {
        return s.after(12, ENDED_AFTER);
    }

    private static Timex fiscalYear(Site s, String rel) {
        Anchor a = s.anchor();
        if (rel.equals("the") && yearAsDuration(s)) {
            return new Timex(TimeType.DURATION, "P1Y", null);
        }
        int shift = rel.contains("latest") ? -1 : shiftOf(rel);
        return Timex.date(a.year(shift)).withMod(mod(s));
    }

    static Timex season(Site s) {
        Anchor a = s.anchor();
        String code = Lexicon.season(s.group("s"));
        String rel = lower(s.group("rel"));
        String mod = mod(s);
        if (rel.equals("the early") || rel.equals("the late")) {
            mod = Values.mod(rel);
        }
        String year;
        if (s.has("y")) {
            year = s.group("y");
        } else if (s.has("wy")) {
            Timex w = wordYear(s.group("wy"));
            if (w == null) {
                return null;
            }
            year = w.value();
        } else if (rel.equals("that") || rel.startsWith("the ") && !rel.equals("the past")) {
            year = a.lastYear() == null ? "XXXX" : Values.year(a.lastYear());
        } else {
            year = a.year(rel.startsWith("this") ? 0 : shiftOf(rel));
        }
        return Timex.date(year + "-" + code).withMod(mod);
    }

    /** "nineteen ninety-four" as 1994, or {@code null}. */
    private static Timex wordYear(String words) {
        String[] w = Values.split(words);
        int y = 1900;
        for (int i = 1; i < w.length; i++) {
            double n = Lexicon.number(w[i]);
            if (n < 0) {
                return null;
            }
            y += (int) n;
        }
        return Timex.date(Values.year(y));
    }

    static Timex quarter(Site s) {
        Anchor a = s.anchor();
        String q = s.group("q").toLowerCase(Locale.ROOT);
        boolean half = q.startsWith("hal");
        int ord = half && s.group("ord").equalsIgnoreCase("last") ? 2 : Lexicon.ordinal(s.group("ord"));
        if (s.group("ord").equalsIgnoreCase("last") && !half && !q.endsWith("s")) {
            return relativeQuarter(s.anchor(), -1);
        }
        if (ord > (half ? 2 : 4)) {
            return null;
        }
        if (half && (s.has("dec") || s.has("dshort"))) {
            // "the last half of the '80s": TIMEX3 has no halves of a decade, so the decade with a mod
            String decade = s.has("dec") ? s.group("dec").substring(0, 3) : "19" + s.group("dshort").charAt(0);
            return Timex.date(decade).withMod(ord == 1 ? "START" : "END");
        }
        String code = (half ? "-H" : "-Q") + ord;
        if (q.endsWith("s") && !half) {
            return new Timex(TimeType.SET, "XXXX" + code, null);
        }
        Integer year = quarterYear(s, ord, half);
        if (year == null) {
            return Timex.date("XXXX" + code);
        }
        if (!half) {
            a.referQuarter(year, ord);
        }
        return Timex.date(Values.year(year) + code);
    }

    private static Integer quarterYear(Site s, int ord, boolean half) {
        Anchor a = s.anchor();
        int shift = s.has("ago") ? -1 : 0;
        String det = lower(s.group("det"));
        if (det.endsWith("year's")) {
            shift = shiftOf(det.substring(0, det.indexOf(' ')));
        }
        if (s.has("y")) {
            return Integer.parseInt(s.group("y"));
        }
        if (s.has("qy")) {
            return Integer.parseInt(s.group("qy")) + shift;
        }
        if (s.has("ry")) {
            shift = shiftOf(s.group("ry"));
        }
        if (!a.hasPublished()) {
            return null;
        }
        int y = a.published().getYear() + shift;
        int startMonth = half ? (ord - 1) * 6 + 1 : (ord - 1) * 3 + 1;
        boolean notYetBegun = startMonth > a.published().getMonthValue();
        if (shift == 0 && !s.has("ry") && notYetBegun && s.tense() == Tense.PAST) {
            y--;
        }
        return y;
    }

    static Timex quarterNumber(Site s) {
        int q = Integer.parseInt(s.has("qn") ? s.group("qn") : s.group("qn2"));
        String y = s.has("y") ? s.group("y") : s.has("y2") ? s.group("y2") : s.anchor().year(0);
        return Timex.date(y + "-Q" + q);
    }

    /** "the latest quarter", "the year-ago period", "the 1988 period", "the current fiscal year". */
    static Timex period(Site s) {
        Anchor a = s.anchor();
        String adj = lower(s.group("adj"));
        String p = s.group("p").toLowerCase(Locale.ROOT);
        boolean yearAgo = adj.contains("year-") || s.has("tail");
        if (p.startsWith("fiscal")) {
            if (adj.isEmpty() && s.group("det").equalsIgnoreCase("the") && yearAsDuration(s)) {
                return new Timex(TimeType.DURATION, "P1Y", null);
            }
            return Timex.date(a.year(yearAgo || adj.equals("latest") ? -1 : 0));
        }
        if (s.has("y")) {
            int y = Integer.parseInt(s.group("y"));
            return Timex.date(a.hasQuarter() ? y + a.quarter(0).substring(4) : Values.year(y));
        }
        if (p.equals("period") && adj.isEmpty()) {
            return null;
        }
        LocalDate month = a.monthNamedLast();
        if (p.equals("period") && yearAgo && month != null && SAME_PERIOD.contains(adj)) {
            return Timex.date(Anchor.period(month.minusYears(1), Unit.MONTH, true));
        }
        boolean latest = adj.equals("latest") || adj.equals("most recent");
        if (a.hasQuarter() && !adj.equals("current") && !(latest && a.hasPublished()
                && a.quarterIndex() > quarterIndex(a.published().minusMonths(3)))) {
            return Timex.date(a.quarter(yearAgo ? -1 : 0));
        }
        if (!a.hasPublished()) {
            return Timex.date("XXXX-QX");
        }
        LocalDate d = a.published().minusMonths(latest ? 3 : 0)
                .minusYears(yearAgo ? 1 : 0);
        return Timex.date(Anchor.period(d, Unit.QUARTER, true));
    }

    /** "last quarter", "the next quarter": quarters counted from the publication date. */
    static Timex relativeQuarter(Site s) {
        return relativeQuarter(s.anchor(), shiftOf(s.group("rel")));
    }

    private static Timex relativeQuarter(Anchor a, int shift) {
        if (!a.hasPublished()) {
            return Timex.date("XXXX-QX");
        }
        LocalDate d = a.published().plusMonths(3L * shift);
        a.referQuarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
        return Timex.date(Anchor.period(d, Unit.QUARTER, true));
    }

    private static int quarterIndex(LocalDate d) {
        return d.getYear() * 4 + (d.getMonthValue() - 1) / 3;
    }

    static Timex yearAgo(Site s) {
        Anchor a = s.anchor();
        String p = lower(s.group("p"));
        if (p.endsWith("months")) {
            return new Timex(TimeType.DURATION, p.startsWith("nine") ? "P9M" : "P6M", null);
        }
        if (a.hasQuarter()) {
            return Timex.date(a.quarter(-1));
        }
        return Timex.date(a.year(-1));
    }

    /**
     * "two years ago", "three days earlier", "three days later than planned" (a day); and "a week
     * later", where TimeML takes "later" for a signal: the expression is the duration "a week", and the
     * day it reaches becomes the narrative's reference all the same.
     */
    static Timex ago(Site s) {
        Anchor a = s.anchor();
        double n = Lexicon.number(s.group("n"));
        Unit unit = Lexicon.unit(s.group("unit"));
        if (s.has("later")) {
            return later(s, a, n, unit);
        }
        String dir = s.group("dir").toLowerCase(Locale.ROOT);
        boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before") || dir.equals("back");
        String mod = s.has("so") ? "APPROX" : mod(s);
        if (n < 0) {
            return Timex.date(back ? "PAST_REF" : "FUTURE_REF").withMod(mod);
        }
        boolean deictic = dir.equals("ago") || dir.equals("back") || dir.startsWith("from") || dir.equals("hence");
        if (unit == Unit.YEAR && n == 1 && a.hasQuarter()) {
            return Timex.date(a.quarter(back ? -1 : 1)).withMod(mod);
        }
        LocalDate base = deictic ? (a.hasPublished() ? a.published() : null) : a.reference();
        boolean yearKnown = deictic ? a.hasPublished() : a.referenceYearKnown();
        if (base == null || !yearKnown && unit.ordinal() >= Unit.MONTH.ordinal()) {
            return Timex.date(unknown(unit)).withMod(mod);
        }
        // "three days later than planned" measures a delay against a plan the text does not date: the
        // day meant is the one being told of ("arrives on May 11, three days later than planned")
        long whole = dir.equals("later") ? 0 : Math.round(n);
        Unit granularity = unit.clock ? Unit.DAY : unit == Unit.DECADE || unit == Unit.CENTURY ? Unit.YEAR : unit;
        LocalDate d = Anchor.shift(base, unit, back ? -whole : whole);
        if (granularity == Unit.DAY && !deictic) {
            a.refer(d, yearKnown);
        }
        return Timex.date(Anchor.period(d, granularity, yearKnown)).withMod(mod);
    }

    private static Timex later(Site s, Anchor a, double n, Unit unit) {
        if (n >= 0 && a.reference() != null && (unit.clock || unit == Unit.DAY)) {
            a.refer(Anchor.shift(a.reference(), unit, Math.round(n)), a.referenceYearKnown());
        }
        return new Timex(TimeType.DURATION, unit.duration(n), s.has("so") ? "APPROX" : mod(s));
    }

    static Timex dayBefore(Site s) {
        Anchor a = s.anchor();
        if (s.has("dir2")) {
            if (!a.hasPublished()) {
                return Timex.date("XXXX-XX-XX");
            }
            boolean before = s.group("dir2").toLowerCase(Locale.ROOT).startsWith("before");
            return Timex.date(Anchor.day(a.published().plusDays(before ? -2 : 2), true));
        }
        Unit unit = Lexicon.unit(s.group("unit"));
        int shift = s.group("dir").equalsIgnoreCase("before") ? -1 : 1;
        if (a.reference() == null) {
            return Timex.date(unknown(unit));
        }
        LocalDate d = Anchor.shift(a.reference(), unit, shift);
        if (unit == Unit.DAY) {
            a.refer(d, a.referenceYearKnown());
        }
        return Timex.date(a.referenceYearKnown() || unit == Unit.DAY ? Anchor.period(d, unit, a.referenceYearKnown())
                : unknown(unit));
    }

    /**
     * "two weeks from Friday", "three days after tomorrow", "the day before last Tuesday": a day named
     * from the publication date, moved by a count of units ("the" counts one). A bare weekday counted
     * from lies ahead: nobody counts from a past Friday unless the text says "last".
     */
    static Timex offsetFrom(Site s) {
        Anchor a = s.anchor();
        double n = s.has("n") ? Lexicon.number(s.group("n")) : 1;
        Unit unit = Lexicon.unit(s.group("unit"));
        boolean back = s.group("dir").equalsIgnoreCase("before");
        if (n < 0 || unit.clock) {
            return null;
        }
        if (!a.hasPublished()) {
            return Timex.date("XXXX-XX-XX");
        }
        LocalDate base;
        if (s.has("wd")) {
            base = countedFrom(a.published(), Lexicon.weekday(s.group("wd")), lower(s.group("rel")));
        } else {
            String word = s.group("word").toLowerCase(Locale.ROOT);
            base = a.published().plusDays(word.equals("yesterday") ? -1 : word.equals("tomorrow") ? 1 : 0);
        }
        LocalDate d = Anchor.shift(base, unit, Math.round(back ? -n : n));
        a.refer(d, true);
        return Timex.date(Anchor.day(d, true));
    }

    /** The weekday a count starts from: "last Tuesday" before the publication date, else the next one. */
    private static LocalDate countedFrom(LocalDate published, int dow, String rel) {
        return rel.startsWith("last") || rel.endsWith("past") ? Anchor.weekday(published.minusDays(1), dow, Tense.PAST)
                : Anchor.weekday(rel.isEmpty() ? published : published.plusDays(1), dow, Tense.FUTURE);
    }

    /**
     * The last day of a range of days in one month ("May 3-5", "May 3 to 5"): TimeML marks the range's two ends, and
     * the first one, just normalized, is the narrative's reference day.
     */
    static Timex rangeEnd(Site s) {
        Anchor a = s.anchor();
        LocalDate first = a.reference();
        int day = Integer.parseInt(s.group("d"));
        int dash = s.m().start();
        while (dash > 0 && !Character.isDigit(s.text().charAt(dash - 1))) {
            dash--;
        }
        int from = dash;
        while (from > 0 && Character.isDigit(s.text().charAt(from - 1))) {
            from--;
        }
        if (first == null || from == dash || Integer.parseInt(s.text().substring(from, dash)) != first.getDayOfMonth()
                || day <= first.getDayOfMonth() || day > first.lengthOfMonth()) {
            return null;
        }
        LocalDate d = first.withDayOfMonth(day);
        return Timex.date(Anchor.day(d, a.referenceYearKnown()));
    }

    // ---- durations, sets, references ---------------------------------------------------------

    static Timex duration(Site s) {
        if (Someday.ahead(s)) {
            return Timex.date("FUTURE_REF");
        }
        String nText = s.group("n");
        double n = Lexicon.number(nText) + half(s);
        Unit unit = Lexicon.unit(s.group("unit"));
        String unitWord = s.group("unit").toLowerCase(Locale.ROOT);
        boolean one = nText.equalsIgnoreCase("a") || nText.equalsIgnoreCase("an") || nText.equalsIgnoreCase("one");
        boolean article = nText.equalsIgnoreCase("a") || nText.equalsIgnoreCase("an");
        if (unitWord.startsWith("second") && !Character.isDigit(nText.charAt(0))
                || unit == Unit.QUARTER && one && s.after(4, OF_AFTER)
                || unit == Unit.WEEKEND) {
            return null;
        }
        if (article && !s.has("det") && !s.has("rel") && !s.has("amod")
                && s.before(16, RATE_BEFORE)) {
            return new Timex(TimeType.SET, unit.duration(1), null);
        }
        if (unit == Unit.MONTH && (n == 6 || n == 9) && (s.has("det") || s.has("rel"))) {
            s.anchor().referYearToDate(); // "for the nine months": results of the year to date
        }
        String mod = s.has("so") ? "APPROX" : mod(s);
        return new Timex(TimeType.DURATION, unit.duration(n), mod);
    }

    /** The half in "a minute and a half" and "two and a half years", as TIMEX3 amounts are whole. */
    private static double half(Site s) {
        return s.has("half") || Values.words(s.group("n2")).equals("a half") ? 0.5 : 0;
    }

    static Timex plural(Site s) {
        Unit unit = Lexicon.unit(s.group("unit"));
        String lead = lower(s.group("lead"));
        boolean big = unit == Unit.MONTH || unit == Unit.QUARTER || unit == Unit.YEAR || unit == Unit.DECADE;
        if (lead.equals("recent") && unit == Unit.YEAR || lead.equals("these")) {
            return Timex.date(lead.equals("these") ? "PRESENT_REF" : "PAST_REF");
        }
        if ((lead.equals("coming") || lead.equals("the coming") || lead.equals("future")) && big) {
            return Timex.date("FUTURE_REF");
        }
        return new Timex(TimeType.DURATION, unit.duration(-1), null);
    }

    /** "day-long" and "single-day" last one day, "decades-long" an unstated number of decades. */
    static Timex unitLong(Site s) {
        String word = (s.has("one") ? s.group("one") : s.group("unit")).toLowerCase(Locale.ROOT);
        boolean plural = word.endsWith("s") && !word.endsWith("ss");
        return new Timex(TimeType.DURATION, Lexicon.unit(word).duration(plural ? -1 : 1), null);
    }

    static Timex set(Site s) {
        String value;
        if (s.has("adv")) {
            value = switch (s.group("adv").toLowerCase(Locale.ROOT).replace("-", "")) {
                case "daily" -> "P1D";
                case "weekly" -> "P1W";
                case "monthly" -> "P1M";
                case "hourly" -> "PT1H";
                case "nightly" -> "XXXX-XX-XXTNI";
                case "biweekly" -> "P2W";
                case "bimonthly" -> "P2M";
                case "semiannually" -> "P6M";
                default -> "P1Y";
            };
        } else if (s.has("wds")) {
            value = "XXXX-WXX-" + Lexicon.weekday(s.group("wds"))
                    + (s.has("pod") ? "T" + Lexicon.partOfDay(PLURAL_S.matcher(s.group("pod")).replaceAll("")) : "");
        } else if (s.has("times")) {
            value = Lexicon.unit(s.group("unit")).duration(1);
        } else {
            value = setOfEvery(s);
        }
        return new Timex(TimeType.SET, value, null);
    }

    private static String setOfEvery(Site s) {
        if (s.has("wd")) {
            return "XXXX-WXX-" + Lexicon.weekday(s.group("wd"));
        }
        if (s.has("mon")) {
            return "XXXX-" + Values.pad(Lexicon.month(s.group("mon")), 2);
        }
        if (s.has("pod")) {
            return "XXXX-XX-XXT" + Lexicon.partOfDay(s.group("pod"));
        }
        if (s.has("s")) {
            return "XXXX-" + Lexicon.season(s.group("s"));
        }
        Unit unit = Lexicon.unit(s.group("unit"));
        double n = s.has("n") ? Lexicon.number(s.group("n")) : 1;
        if (s.m().group().toLowerCase(Locale.ROOT).contains("other")) {
            n = 2;
        }
        return unit == Unit.WEEKEND ? "XXXX-WXX-WE" : unit.duration(n);
    }

    static Timex ref(Site s) {
        String w = Values.words(s.group("w"));
        if (w.contains("future") || w.contains("term") || w.contains("later")) {
            return Timex.date("FUTURE_REF");
        }
        // "the then current price": current at a time told of, so before the report
        if (w.contains("past") || w.contains("recent") || w.equals("lately") || w.equals("formerly") || w.startsWith("then")) {
            return Timex.date("PAST_REF");
        }
        return Timex.date("PRESENT_REF");
    }

    static Timex yearEnd(Site s) {
        Anchor a = s.anchor();
        String unitWord = lower(s.group("unit"));
        int shift = s.has("rel") ? shiftOf(s.group("rel")) : 0;
        String mod = s.has("amod") ? Values.mod(s.group("amod")) : "END";
        if (unitWord.isEmpty() || unitWord.equals("year")) {
            return Timex.date(a.year(shift)).withMod(mod);
        }
        Unit unit = Lexicon.unit(unitWord);
        LocalDate base = unit == Unit.DAY ? a.reference() : a.hasPublished() ? a.published() : null;
        boolean yearKnown = unit == Unit.DAY ? a.referenceYearKnown() : a.hasPublished();
        if (base == null || !yearKnown && unit != Unit.DAY) {
            return Timex.date(unknown(unit)).withMod(mod);
        }
        return Timex.date(Anchor.period(base, unit, yearKnown)).withMod(mod);
    }

    // ---- helpers -----------------------------------------------------------------------------

    /**
     * The year of a month/day without one: the occurrence nearest the publication date, unless the
     * tense puts it clearly on the other side (a past event two months ahead is last year's).
     * {@code day == 0} compares whole months.
     */
    static int inferYear(LocalDate published, int month, int day, Tense tense) {
        int y = published.getYear();
        long[] diffs = new long[3];
        int nearest = 1;
        for (int i = 0; i < 3; i++) {
            diffs[i] = day == 0
                    ? ((y - 1 + i) * 12L + month) - (y * 12L + published.getMonthValue())
                    : dayOrdinal(y - 1 + i, month, day) - published.toEpochDay();
        }
        for (int i = 0; i < 3; i++) {
            if (Math.abs(diffs[i]) < Math.abs(diffs[nearest])) {
                nearest = i;
            }
        }
        // the tense overrules the nearest reading only when that reading is clearly on the wrong side
        long pastSlack = day == 0 ? 1 : 60;
        long futureSlack = day == 0 ? 1 : 30;
        if (tense == Tense.PAST && diffs[nearest] > pastSlack && nearest > 0) {
            nearest--;
        } else if (tense == Tense.FUTURE && diffs[nearest] < -futureSlack && nearest < 2) {
            nearest++;
        }
        return y - 1 + nearest;
    }

    private static long dayOrdinal(int y, int month, int day) {
        LocalDate d = date(y, month, day);
        return d != null ? d.toEpochDay() : LocalDate.of(y, month, 1).toEpochDay() + day;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** -1 for "last"-like words, +1 for "next"-like words, else 0. */
    static int shiftOf(String rel) {
        String r = rel.toLowerCase(Locale.ROOT);
        if (r.contains("last") || r.contains("past") || r.contains("previous") || r.contains("preceding")
                || r.contains("prior")) {
            return -1;
        }
        if (r.contains("next") || r.contains("coming") || r.contains("following")) {
            return 1;
        }
        return 0;
    }

    /** A period value of {@code unit} with nothing known. */
    private static String unknown(Unit unit) {
        return switch (unit) {
            case SECOND, MINUTE, HOUR, DAY -> "XXXX-XX-XX";
            case WEEK, FORTNIGHT -> "XXXX-WXX";
            case WEEKEND -> "XXXX-WXX-WE";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
            case MILLENNIUM -> "X";
        };
    }

    /** The TIMEX3 mod of the match's modifier words, if any. */
    private static String mod(Site s) {
        String amod = s.group("amod");
        if (amod != null) {
            return Values.mod(amod);
        }
        return Values.mod(s.group("mod"));
    }


    private static String lower(String s) {
        return Values.words(s);
    }
}

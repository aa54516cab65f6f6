package io.newslens.load.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates as pages write them: ISO timestamps, compact {@code 20191119}, slashed
 * numbers, "November 19, 2019", "19 Nov 2019", and dates in URL paths. The date is taken as written
 * (a timestamp's own offset), never shifted to another time zone.
 */
final class Dates {

    static final int FIRST_YEAR = 1995;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:T|\\d{4,6}\\b|(?!\\d))");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)\\d\\d|\\d\\d)(?![\\d/.])");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-]?(\\d\\d)[/-]?(\\d\\d)(?:/|[-_]|\\.html?|$)");
    private static final Pattern URL_DATE_SEPARATED = Pattern.compile(
            "[/_-]((?:19|20)\\d\\d)[/_-](\\d{1,2})[/_-](\\d{1,2})(?:[/_.-]|$)");
    private static final Pattern URL_DATE_COMPACT = Pattern.compile(
            "[-_]((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:[/?#.]|$)");
    private static final Pattern DATE_WORDS = Pattern.compile("(?i)" + MONTH
            + "|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|\\b(?:on|at|am|pm|a\\.m|p\\.m|gmt|utc|et|est|edt|pst|pdt|"
            + "st|nd|rd|th|of|posted|published|updated)\\b|[\\d\\W_]");
    private static final Pattern TIMESTAMP = Pattern.compile("((?:19|20)\\d\\d)-?(\\d\\d)-?(\\d\\d)[T ]"
            + "(\\d\\d):?(\\d\\d)(?::?(\\d\\d))?(?:\\.\\d+)?\\s*(Z|[+-]\\d\\d:?\\d\\d)?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** A date in a machine-readable attribute (ISO first, then the textual forms), or {@code null}. */
    static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        LocalDate d = match(ISO.matcher(s), 1, 2, 3);
        if (d == null) {
            d = match(COMPACT.matcher(s), 1, 2, 3);
        }
        return d != null ? d : parseText(s);
    }

    /** A date written for people ("Nov. 19, 2019", "19 November 2019", "11/19/2019"), or {@code null}. */
    static LocalDate parseText(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            LocalDate d = of(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) {
                return d;
            }
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            LocalDate d = of(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                return d;
            }
        }
        LocalDate d = match(ISO.matcher(s), 1, 2, 3);
        return d != null ? d : numeric(s);
    }

    /** The date in a URL path ({@code /2019/11/19/}, {@code /20191119/}), or {@code null}. */
    static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        LocalDate d = match(URL_DATE.matcher(url), 1, 2, 3);
        d = d != null ? d : match(URL_DATE_SEPARATED.matcher(url), 1, 2, 3);
        return d != null ? d : match(URL_DATE_COMPACT.matcher(url), 1, 2, 3);
    }

    /** The clock time of an ISO timestamp as written, or {@code null}. */
    static LocalDateTime dateTime(String raw) {
        Matcher m = raw == null ? null : TIMESTAMP.matcher(raw.strip());
        if (m == null || !m.lookingAt()) {
            return null;
        }
        try {
            return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** An ISO timestamp with its zone offset, or {@code null} when it has none. */
    static OffsetDateTime offsetDateTime(String raw) {
        LocalDateTime t = dateTime(raw);
        Matcher m = TIMESTAMP.matcher(raw.strip());
        if (t == null || !m.lookingAt() || m.group(7) == null) {
            return null;
        }
        String z = m.group(7);
        try {
            return t.atOffset(z.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(z.length() == 5 ? z.substring(0, 3)
                    + ":" + z.substring(3) : z));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether {@code text} says nothing but a date (and perhaps a time or "Posted on"). */
    static boolean isWholeDate(String text) {
        return DATE_WORDS.matcher(text).replaceAll("").length() <= 2;
    }

    private static LocalDate numeric(String s) {
        Matcher m = NUMERIC.matcher(s);
        if (!m.find()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
        // Dotted dates are European (day first); slashed ones month first unless that cannot be.
        boolean dayFirst = a > 12 || m.group().contains(".");
        return dayFirst ? of(year, b, String.valueOf(a)) : of(year, a, String.valueOf(b));
    }

    private static LocalDate match(Matcher m, int year, int month, int day) {
        while (m.find()) {
            LocalDate d = of(m.group(year), Integer.parseInt(m.group(month)), m.group(day));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).substring(0, 3), 0);
    }

    private static LocalDate of(String year, int month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            return d.getYear() >= FIRST_YEAR ? d : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}

package io.newslens.load.html;

import java.time.DateTimeException;
import java.time.LocalDate;
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
        return d != null ? d : match(URL_DATE_SEPARATED.matcher(url), 1, 2, 3);
    }

    private static LocalDate numeric(String s) {
        Matcher m = NUMERIC.matcher(s);
        if (!m.find()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
        // Month first (US) unless the first number cannot be a month.
        return a > 12 ? of(year, b, String.valueOf(a)) : of(year, a, String.valueOf(b));
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

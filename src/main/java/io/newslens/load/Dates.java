package io.newslens.load;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates written out in page text: "July 16, 2020", "16 July 2020", "2020-07-16". */
final class Dates {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\b\\.?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STAMP_WORD = Pattern.compile(
            "\\b(?:published|updated|posted|last modified|first published)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED_WORD = Pattern.compile("\\b(?:published|posted)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec"};

    private Dates() {
    }

    /** Whether {@code text} reads like a publication or update stamp (a date or a stamped time). */
    static boolean looksLikeTimestamp(String text) {
        // every date and time form holds a digit: menus and headings, most short lines, have none
        if (text.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        return !all(text).isEmpty() || TIME.matcher(text).find() && STAMP_WORD.matcher(text).find();
    }

    /**
     * The publication date a stamp line gives: the date after "Published" or "Posted" when the line
     * has one ("Updated July 17, 2020 / Published July 16, 2020"), else its first date.
     */
    static LocalDate stamped(String text) {
        Matcher m = PUBLISHED_WORD.matcher(text);
        LocalDate after = m.find() ? first(text.substring(m.end())) : null;
        return after != null ? after : first(text);
    }

    /** Every valid date in {@code text}, in the order written. */
    static List<LocalDate> all(String text) {
        List<int[]> found = new ArrayList<>();
        collect(MONTH_DAY_YEAR.matcher(text), 1, 2, 3, true, found);
        collect(DAY_MONTH_YEAR.matcher(text), 2, 1, 3, true, found);
        collect(ISO.matcher(text), 2, 3, 1, false, found);
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<LocalDate> out = new ArrayList<>();
        for (int[] f : found) {
            out.add(LocalDate.of(f[3], f[1], f[2]));
        }
        return out;
    }

    /** The first date in {@code text}, or {@code null}. */
    static LocalDate first(String text) {
        List<LocalDate> all = all(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The weekdays {@code text} names, in the order written. */
    static List<DayOfWeek> weekdays(String text) {
        List<DayOfWeek> out = new ArrayList<>();
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            out.add(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    /** Adds {offset, month, day, year} for each match that is a real date. */
    private static void collect(Matcher m, int month, int day, int year, boolean monthName, List<int[]> out) {
        while (m.find()) {
            int mo = monthName ? monthNumber(m.group(month)) : Integer.parseInt(m.group(month));
            int d = Integer.parseInt(m.group(day));
            int y = Integer.parseInt(m.group(year));
            try {
                LocalDate.of(y, mo, d);
                out.add(new int[] {m.start(), mo, d, y});
            } catch (DateTimeException notADate) {
                // "February 30, 2020" and the like: not a date, skip it
            }
        }
    }

    private static int monthNumber(String name) {
        String p = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(p)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }
}

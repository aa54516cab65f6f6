package io.newslens.time;

import java.util.Locale;
import java.util.Map;

/**
 * The words of English time expressions: their regex alternations (for the grammar) and their
 * meaning (for the normalizer).
 */
final class Lexicon {

    private Lexicon() {
    }

    static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

    static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tues|tue|wed|thurs|thu|fri|sat|sun)";

    static final String SEASON = "(?:spring|summer|fall|autumn|winter)";

    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night|mid-?afternoon|midday)";

    static final String ORDINAL_WORD = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|eleventh|twelfth|1st|2nd|3rd|4th|final|last)";

    private static final String UNIT_WORDS = "(?:nineteen|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|one|two|three|four|five|six|seven|eight|nine|ten)";
    private static final String TENS_WORDS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

    /** A cardinal number word ("two", "twenty-five"). */
    static final String CARDINAL_WORD = "(?:" + TENS_WORDS + "(?:[-\\s]" + UNIT_WORDS + ")?|" + UNIT_WORDS + ")";

    /** A cardinal: digits, a fraction, words ("twenty-five", "a hundred"), or a vague amount. */
    static final String NUMBER = "(?:\\d{1,6}(?:\\.\\d+)?(?!\\d)(?:\\s+1/2)?|" + TENS_WORDS + "(?:[-\\s]" + UNIT_WORDS + ")?|"
            + UNIT_WORDS + "|a\\s+hundred|hundreds\\s+of|a\\s+thousand|two\\s+thousand|a\\s+half|a|an"
            + "|a\\s+few|few|several|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|some|many|dozens\\s+of)";

    /** A calendar or clock unit, singular or plural. */
    static final String UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?"
            + "|quarters?|years?|decades?|century|centuries|millenni(?:um|a))";

    static final String ZONE = "(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|KST|JST)";

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a hundred", 100), Map.entry("a thousand", 1000),
            Map.entry("two thousand", 2000), Map.entry("a couple of", 2), Map.entry("a couple", 2),
            Map.entry("couple of", 2));

    /** The number {@code text} names, or -1 when it is vague ("several", "a few"). */
    static double number(String text) {
        String t = Values.words(text);
        if (t.isEmpty()) {
            return 1;
        }
        if (Character.isDigit(t.charAt(0))) {
            int space = t.indexOf(' ');
            double whole = Double.parseDouble(space < 0 ? t : t.substring(0, space));
            return t.endsWith("1/2") ? whole + 0.5 : whole;
        }
        if (t.equals("a half")) {
            return 0.5;
        }
        int dash = t.indexOf('-') > 0 ? t.indexOf('-') : t.indexOf(' ');
        if (dash > 0 && NUMBER_WORDS.containsKey(t.substring(0, dash))
                && NUMBER_WORDS.containsKey(t.substring(dash + 1))) {
            return NUMBER_WORDS.get(t.substring(0, dash)) + NUMBER_WORDS.get(t.substring(dash + 1));
        }
        Integer n = NUMBER_WORDS.get(t);
        return n == null ? -1 : n;
    }

    /** 1-12 for a month name or abbreviation. */
    static int month(String name) {
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + name);
        };
    }

    /** 1 (Monday) to 7 (Sunday) for a weekday name or abbreviation. */
    static int weekday(String name) {
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "mon" -> 1;
            case "tue" -> 2;
            case "wed" -> 3;
            case "thu" -> 4;
            case "fri" -> 5;
            case "sat" -> 6;
            case "sun" -> 7;
            default -> throw new IllegalArgumentException("not a weekday: " + name);
        };
    }

    /** TIMEX3 season code. */
    static String season(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "fall", "autumn" -> "FA";
            default -> "WI";
        };
    }

    /** TIMEX3 part-of-day code. */
    static String partOfDay(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        return switch (n) {
            case "morning" -> "MO";
            case "afternoon", "midafternoon" -> "AF";
            case "midday" -> "MI";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    /** 1-4 for an ordinal word ("third", "3rd"); 4 for "final"/"last". */
    static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th", "final", "last" -> 4;
            case "fifth" -> 5;
            case "sixth" -> 6;
            case "seventh" -> 7;
            case "eighth" -> 8;
            case "ninth" -> 9;
            case "tenth" -> 10;
            case "eleventh" -> 11;
            default -> 12;
        };
    }

    /** The unit named by a unit word, singular or plural. */
    static Unit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("centur")) {
            return Unit.CENTURY;
        }
        if (w.startsWith("millenni")) {
            return Unit.MILLENNIUM;
        }
        if (w.startsWith("fortnight")) {
            return Unit.FORTNIGHT;
        }
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return Unit.valueOf(singular.toUpperCase(Locale.ROOT));
    }

    /** Calendar and clock units with their TIMEX3 duration letters. */
    enum Unit {
        SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEKEND("WE", false),
        WEEK("W", false), FORTNIGHT("W", false), MONTH("M", false), QUARTER("Q", false), YEAR("Y", false),
        DECADE("DE", false), CENTURY("CE", false), MILLENNIUM("ML", false);

        final String letter;
        final boolean clock;

        Unit(String letter, boolean clock) {
            this.letter = letter;
            this.clock = clock;
        }

        /** TIMEX3 duration for {@code n} of this unit; {@code n < 0} means an unknown amount. */
        String duration(double n) {
            if (this == DECADE && n > 0) {
                return YEAR.duration(n * 10);
            }
            if (this == CENTURY && n > 0) {
                return YEAR.duration(n * 100);
            }
            if (n > 0 && n != Math.rint(n)) {
                String finer = fraction(n);
                if (finer != null) {
                    return finer;
                }
            }
            if (this == FORTNIGHT) {
                return n < 0 ? "PXW" : "P" + amount(n * 2) + "W";
            }
            if (this == WEEKEND) {
                return n < 0 ? "PXWE" : "P" + amount(n) + "WE";
            }
            return (clock ? "PT" : "P") + (n < 0 ? "X" : amount(n)) + letter;
        }

        /** "2 1/2 years" as {@code P2Y6M}: TIMEX3 amounts are whole numbers. */
        private String fraction(double n) {
            long whole = (long) n;
            double rest = n - whole;
            String part = switch (this) {
                case YEAR -> Math.round(rest * 12) + "M";
                case MONTH -> Math.round(rest * 30) + "D";
                case DAY -> "T" + Math.round(rest * 24) + "H";
                case HOUR -> Math.round(rest * 60) + "M";
                case MINUTE -> Math.round(rest * 60) + "S";
                default -> null;
            };
            if (part == null) {
                return null;
            }
            String head = whole == 0 ? "" : whole + letter;
            String p = clock ? "PT" : "P";
            return p + head + part;
        }

        private static String amount(double n) {
            return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
        }
    }
}

package io.newslens.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import io.newslens.time.Lexicon.Unit;

/**
 * The anchoring policy of one document: deictic expressions ("yesterday", "last week") resolve
 * against the publication date; anaphoric ones ("the previous day", "a week later") against the
 * narrative reference, the last day the text itself named (the publication date until it names one).
 * Without a publication date the year stays unknown and is written {@code XXXX}, never guessed.
 *
 * <p>One instance per {@link RuleTemporalTagger#tag} call: it is mutable and not shared.
 */
final class Anchor {

    /** Stands in for an unknown year in date arithmetic: a leap year, so February 29 exists. */
    private static final int UNKNOWN_YEAR = 2000;

    private final LocalDate published;
    private LocalDate reference;
    private boolean referenceYearKnown;
    /** A day in the last month the text named, by a date or by a month alone ("In March"). */
    private LocalDate referenceMonth;
    /** Whether the last period the text named was a month named alone ("sales rose in February"). */
    private boolean monthLast;
    private int lastQuarterYear;
    private int lastQuarter;
    private Integer lastYear;

    Anchor(LocalDate published) {
        this.published = published;
        this.reference = published;
        this.referenceYearKnown = published != null;
        this.referenceMonth = published;
    }

    /** Whether the publication date is known. */
    boolean hasPublished() {
        return published != null;
    }

    /** The publication date, or a stand-in in the unknown year. */
    LocalDate published() {
        return published != null ? published : LocalDate.of(UNKNOWN_YEAR, 1, 1);
    }

    /** The narrative reference day, or {@code null} when neither text nor metadata gave one. */
    LocalDate reference() {
        return reference;
    }

    boolean referenceYearKnown() {
        return referenceYearKnown;
    }

    /** Makes {@code day} the narrative reference. */
    void refer(LocalDate day, boolean yearKnown) {
        reference = day;
        referenceYearKnown = yearKnown;
        monthLast = false;
        if (yearKnown) {
            lastYear = day.getYear();
            referenceMonth = day;
        }
    }

    /**
     * Makes the month named alone ("In March") the reference of month-level anaphora ("the following
     * month"); the reference day stays, since a month names no day.
     */
    void referMonth(int year, int month) {
        referenceMonth = LocalDate.of(year, month, 1);
        lastYear = year;
        monthLast = true;
    }

    /**
     * The month named alone that is the last period the text named ("in February"), or {@code null}:
     * "the same period last year" then means that month a year before.
     */
    LocalDate monthNamedLast() {
        return monthLast ? referenceMonth : null;
    }

    /** A day in the month that month-level anaphora count from, or {@code null}. */
    LocalDate referenceMonth() {
        return referenceMonth;
    }

    /** Remembers a year the text named ("in 1998 ... later that year"). */
    void referYear(int year) {
        lastYear = year;
    }

    /** The last year the text named, else the publication year, or {@code null}. */
    Integer lastYear() {
        return lastYear != null ? lastYear : published != null ? published.getYear() : null;
    }

    /** Remembers the fiscal quarter a report is about ("third-quarter profit"). */
    void referQuarter(int year, int quarter) {
        lastQuarterYear = year;
        lastQuarter = quarter;
        monthLast = false;
    }

    /**
     * Forgets the quarter: the report has moved on to a period of the year to date ("for the nine
     * months"), and its "a year earlier" now means the year, not the quarter.
     */
    void referYearToDate() {
        lastQuarter = 0;
    }

    /** Whether the text named a quarter: financial reports compare with "a year ago" quarter by quarter. */
    boolean hasQuarter() {
        return lastQuarter > 0;
    }

    /** The last quarter named as {@code year * 4 + quarter - 1}, for comparisons. */
    int quarterIndex() {
        return lastQuarterYear * 4 + lastQuarter - 1;
    }

    /** The last quarter named, as a TIMEX3 value shifted by {@code years}. */
    String quarter(int years) {
        return lastQuarterYear + years + "-Q" + lastQuarter;
    }

    /** The publication year as text, or {@code XXXX}. */
    String year(int shift) {
        return published == null ? "XXXX" : Values.year(published.getYear() + shift);
    }

    // ---- formatting --------------------------------------------------------------------------

    /** TIMEX3 value of a day; {@code yearKnown=false} writes the year as {@code XXXX}. */
    static String day(LocalDate d, boolean yearKnown) {
        String md = Values.pad(d.getMonthValue(), 2) + "-" + Values.pad(d.getDayOfMonth(), 2);
        return (yearKnown ? Values.year(d.getYear()) : "XXXX") + "-" + md;
    }

    /** The value of the period of {@code unit} holding {@code d} ("2020-W29", "2020-07", "2020-Q3"). */
    static String period(LocalDate d, Unit unit, boolean yearKnown) {
        String y = yearKnown ? Values.year(d.getYear()) : "XXXX";
        return switch (unit) {
            case SECOND, MINUTE, HOUR, DAY -> day(d, yearKnown);
            case WEEK, FORTNIGHT -> (yearKnown ? Values.year(d.get(IsoFields.WEEK_BASED_YEAR)) : "XXXX")
                    + "-W" + Values.pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case WEEKEND -> period(d, Unit.WEEK, yearKnown) + "-WE";
            case MONTH -> y + "-" + Values.pad(d.getMonthValue(), 2);
            case QUARTER -> y + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case YEAR -> y;
            case DECADE -> yearKnown ? y.substring(0, 3) : "XXX";
            case CENTURY -> yearKnown ? y.substring(0, 2) : "XX";
            case MILLENNIUM -> yearKnown ? y.substring(0, 1) : "X";
        };
    }

    /** {@code d} moved by {@code n} units (whole periods for calendar units). */
    static LocalDate shift(LocalDate d, Unit unit, long n) {
        return switch (unit) {
            case SECOND, MINUTE, HOUR, DAY -> d.plusDays(unit == Unit.DAY ? n : 0);
            case WEEK, WEEKEND -> d.plusWeeks(n);
            case FORTNIGHT -> d.plusWeeks(2 * n);
            case MONTH -> d.plusMonths(n);
            case QUARTER -> d.plusMonths(3 * n);
            case YEAR -> d.plusYears(n);
            case DECADE -> d.plusYears(10 * n);
            case CENTURY -> d.plusYears(100 * n);
            case MILLENNIUM -> d.plusYears(1000 * n);
        };
    }

    /**
     * The day with ISO weekday {@code dow} nearest to {@code from} in the direction of {@code tense}:
     * on or after it for the future, the nearer of the two when the cues are mixed, else on or before it.
     */
    static LocalDate weekday(LocalDate from, int dow, Tense tense) {
        DayOfWeek target = DayOfWeek.of(dow);
        LocalDate before = from.with(TemporalAdjusters.previousOrSame(target));
        LocalDate after = from.with(TemporalAdjusters.nextOrSame(target));
        if (tense == Tense.MIXED) {
            return after.toEpochDay() - from.toEpochDay() < from.toEpochDay() - before.toEpochDay() ? after : before;
        }
        // news reports what happened: without a future marker a weekday is a past one
        return tense.ahead() ? after : before;
    }
}

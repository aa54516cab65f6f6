package io.newslens.load;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import io.newslens.model.Published;

/**
 * Decides the publication date of a saved page from, in order: a timestamp line ("Published 4:52 PM
 * EDT, July 16, 2020"); what the caller knows; the dates of captions or text together with the
 * weekdays the story uses for its events.
 */
final class PublishedFinder {

    static final String METADATA = "metadata";
    static final String TIMESTAMP = "timestamp";
    static final String FROM_CAPTION = "inferred-from-caption-date";
    static final String FROM_TEXT = "inferred-from-text-date";

    /** How far above the body a timestamp line may stand. */
    private static final int MAX_DISTANCE = 30;

    private PublishedFinder() {
    }

    /**
     * The date the stamp line nearest above the body gives, else the first one in the body's
     * stretch; {@code null} when there is none.
     */
    static Published fromTimestamp(List<PageLine> lines, int bodyStart, int bodyEnd) {
        for (int i = Math.min(bodyStart, lines.size()) - 1; i >= Math.max(0, bodyStart - MAX_DISTANCE); i--) {
            LocalDate d = stampDate(lines.get(i));
            if (d != null) {
                return new Published(d, TIMESTAMP);
            }
        }
        for (int i = bodyStart; i <= bodyEnd && i < lines.size(); i++) {
            LocalDate d = stampDate(lines.get(i));
            if (d != null) {
                return new Published(d, TIMESTAMP);
            }
        }
        return null;
    }

    private static LocalDate stampDate(PageLine line) {
        return line.kind() == LineKind.TIMESTAMP || line.kind() == LineKind.BYLINE ? Dates.stamped(line.text()) : null;
    }

    /**
     * Infers the date from the latest date in the captions (else the body) and the weekdays the
     * body names: a story that reports what happened "Thursday" next to a photo dated Wednesday,
     * July 15, 2020 is from Thursday, July 16. Each weekday is taken as the first such day on or
     * after that date, and the publication as the latest of them. {@code null} without both.
     */
    static Published infer(List<String> captions, String body) {
        LocalDate anchor = latest(captions);
        String basis = FROM_CAPTION;
        if (anchor == null) {
            anchor = latest(List.of(body));
            basis = FROM_TEXT;
        }
        List<DayOfWeek> days = Dates.weekdays(body);
        if (anchor == null || days.isEmpty()) {
            return null;
        }
        LocalDate published = anchor;
        for (DayOfWeek day : days) {
            LocalDate d = anchor.with(TemporalAdjusters.nextOrSame(day));
            if (d.isAfter(published)) {
                published = d;
            }
        }
        return new Published(published, basis);
    }

    private static LocalDate latest(List<String> texts) {
        LocalDate latest = null;
        for (String t : texts) {
            for (LocalDate d : Dates.all(t)) {
                if (latest == null || d.isAfter(latest)) {
                    latest = d;
                }
            }
        }
        return latest;
    }
}

package io.newslens.load;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newslens.model.Dateline;

/**
 * Finds the dateline that opens a wire story: "SEOUL –", "LONDON (Reuters) -",
 * "ST. JOSEPH, Mich. (AP) —", "NEW DELHI:". The place is written in capitals; the dateline stays
 * in the body, and its span there is reported.
 */
final class DatelineFinder {

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{0,40}\\p{Lu}\\.?"
                    + "(?:,\\s?\\p{Lu}[\\p{L}.]{0,20}(?:\\s\\p{Lu}[\\p{L}.]{0,20})?)?)"
                    + "\\s?(?:\\(([^()]{2,40})\\))?\\s?(?:[–—-]{1,2}|:)(?=\\s)");
    /** A dateline is short: looking further into the body is wasted work. */
    private static final int MAX_CHARS = 120;

    /** Capitalized labels that open a text like a dateline but name no place. */
    private static final Set<String> NOT_PLACES = Set.of("BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED",
            "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENTARY", "REVIEW", "VIDEO",
            "PHOTOS", "CORRECTION", "CLARIFICATION", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "DEAR ABBY",
            "FACT CHECK", "FAQ", "TL;DR", "PS", "PPS");

    private DatelineFinder() {
    }

    /** The dateline at the start of {@code body}, or {@code null}. */
    static Dateline find(String body) {
        Matcher m = DATELINE.matcher(body).region(0, Math.min(body.length(), MAX_CHARS));
        if (!m.find()) {
            return null;
        }
        String place = m.group(1).strip();
        if (NOT_PLACES.contains(place)) {
            return null;
        }
        return new Dateline(place, m.group(2), m.start(), m.end());
    }
}

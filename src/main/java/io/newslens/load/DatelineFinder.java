package io.newslens.load;

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
            "^(\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu}\\.?(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?)"
                    + "\\s*(?:\\(([^()]{2,40})\\))?\\s*(?:[–—-]{1,2}|:)(?=\\s)");

    private DatelineFinder() {
    }

    /** The dateline at the start of {@code body}, or {@code null}. */
    static Dateline find(String body) {
        Matcher m = DATELINE.matcher(body);
        if (!m.find()) {
            return null;
        }
        String place = m.group(1).strip();
        return new Dateline(place, m.group(2), m.start(), m.end());
    }
}

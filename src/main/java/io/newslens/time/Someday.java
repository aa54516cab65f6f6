package io.newslens.time;

import java.util.regex.Pattern;

/**
 * "will one day be", "could one day replace": "one day" right after a modal is an unstated time ahead
 * (TimeML's {@code FUTURE_REF}), not a length of one day ("it lasted one day").
 */
final class Someday {

    private static final Pattern MODAL_BEFORE = Pattern.compile(
            "(?is).*\\b(?:will|would|could|may|might|shall|can|'ll)\\s+");

    private Someday() {
    }

    /** Whether the duration at {@code s} is "one day" after a modal. */
    static boolean ahead(Site s) {
        return "one".equalsIgnoreCase(s.group("n")) && "day".equalsIgnoreCase(s.group("unit"))
                && !s.has("det") && !s.has("rel") && !s.has("amod") && !s.has("n2")
                && s.m().group().equalsIgnoreCase("one day") && s.before(12, MODAL_BEFORE);
    }
}

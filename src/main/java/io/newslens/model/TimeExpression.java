package io.newslens.model;

import java.util.Objects;

/**
 * A temporal expression found in the body, normalized to a TimeML TIMEX3 value.
 *
 * @param start offset into {@link Article#text()}
 * @param end end offset (exclusive)
 * @param text the expression as written
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value ({@code 2020-07-16}, {@code P2Y}, {@code XXXX-07-10}, {@code PAST_REF}, ...)
 * @param mod the TIMEX3 modifier ({@code START}, {@code END}, {@code APPROX}, ...), or {@code null}
 */
public record TimeExpression(int start, int end, String text, TimeType type, String value, String mod) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** The four TIMEX3 types. */
    public enum TimeType { DATE, TIME, DURATION, SET }
}

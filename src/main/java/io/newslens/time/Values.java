package io.newslens.time;

import java.util.Locale;
import java.util.regex.Pattern;

import io.newslens.model.TimeExpression.TimeType;

/** Small TIMEX3 helpers: the normalized triple and the modifier words. */
final class Values {

    private Values() {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");

    /** {@code text} lower-cased with runs of white space as one space; "" for {@code null}. */
    static String words(String text) {
        return text == null ? "" : SPACES.matcher(text.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** {@code text} lower-cased, split at white space and hyphens. */
    static String[] split(String text) {
        return SPACES_OR_HYPHENS.split(text.toLowerCase(Locale.ROOT).trim());
    }

    /** What an expression means: TIMEX3 type, value and modifier (or {@code null}). */
    record Timex(TimeType type, String value, String mod) {
        static Timex date(String value) {
            return new Timex(TimeType.DATE, value, null);
        }

        Timex withMod(String newMod) {
            return newMod == null ? this : new Timex(type, value, newMod);
        }
    }

    static String year(int y) {
        return pad(y, 4);
    }

    /**
     * {@code value} zero-padded to {@code width} digits, as {@code %0<width>d} writes it: the
     * normalizer writes several per expression, and {@code String.format} parses its pattern each time.
     */
    static String pad(int value, int width) {
        if (value < 0) {
            return String.format(Locale.ROOT, "%0" + width + "d", value);
        }
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /**
     * TIMEX3 {@code mod} for a modifier word or phrase ("early", "the end of", "at least"), or
     * {@code null}.
     */
    static String mod(String words) {
        if (words == null) {
            return null;
        }
        String w = String.join(" ", split(words));
        return switch (w) {
            case "early", "earlier", "the beginning of", "the start of", "beginning of", "start of",
                 "the early", "earlier in" -> "START";
            case "late", "later", "the end of", "end of", "end", "the late", "later in" -> "END";
            case "mid", "the middle of", "middle of", "the mid" -> "MID";
            case "about", "around", "roughly", "approximately", "some", "nearly", "almost", "or so" -> "APPROX";
            case "more than", "over" -> "MORE_THAN";
            case "less than", "under", "fewer than" -> "LESS_THAN";
            case "at least", "no less than" -> "EQUAL_OR_MORE";
            case "at most", "up to", "no more than", "within" -> "EQUAL_OR_LESS";
            default -> null;
        };
    }
}

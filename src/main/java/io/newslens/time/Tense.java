package io.newslens.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newslens.nlp.Token;

/**
 * The time direction of the clause around an expression, read from its verbs (the UD tags carry no
 * tense, so word forms decide): "said Thursday" looks back, "will meet Thursday" looks ahead.
 */
enum Tense {
    /** Past: "said", "was". */
    PAST,
    /** Present: "says", "is". */
    PRESENT,
    /** Future: "will", "'ll", "ahead of". */
    FUTURE,
    /** A weaker pointer ahead: intentions and modals ("planned to leave", "would meet", "could come"). */
    INTENT,
    /**
     * The cues point both ways: an intention held in a reduced relative clause whose main verb is past
     * ("a service planned for Saturday was canceled"). The plan's day may lie on either side of the
     * report, so the nearest one is taken.
     */
    MIXED,
    /** No verb nearby. */
    UNKNOWN;

    /** How far from the expression a verb may still govern it. */
    private static final int WINDOW = 10;

    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "wo", "ahead", "upcoming",
            "gonna");

    /** Words that are modal verbs only when tagged as verbs ("the will", "in May"). */
    private static final Set<String> MODALS = Set.of("will", "shall", "would", "could", "might", "may");

    private static final Set<String> INTENT_WORDS = Set.of("would", "might", "may", "scheduled", "planned", "planning",
            "plans", "expected", "soon");

    private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "said", "told", "met",
            "made", "took", "gave", "went", "came", "began", "saw", "found", "held", "left", "got", "won",
            "lost", "fell", "rose", "sold", "bought", "paid", "spent", "led", "sent", "brought", "thought",
            "became", "wrote", "spoke", "knew", "ran", "set", "put", "hit", "cut", "shot", "struck", "built",
            "felt", "kept", "meant", "heard", "stood", "understood", "ago", "since", "last", "earlier", "ended",
            "previously", "fought", "broke", "chose", "flew", "drew", "grew", "threw", "wore", "forgot");

    /** Words after which a verb is in its base form, whatever its spelling ("will succeed", "to cut"). */
    private static final Set<String> BASE_FORM_BEFORE = Set.of("will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "to", "'ll", "wo", "ca");

    private static final Set<String> BOUNDARIES = Set.of(".", "!", "?", ";", ":", "--", "\"", "``", "''", "“", "”");

    /** The tense of the clause holding the tokens {@code [from, to)} of {@code tokens}. */
    static Tense around(List<Token> tokens, int from, int to) {
        return around(tokens, from, to, 0, tokens.size());
    }

    /** Same, looking only at the tokens {@code [lo, hi)} (the line holding the expression). */
    static Tense around(List<Token> tokens, int from, int to, int lo, int hi) {
        int cue = cue(tokens, from - 1, -1, lo, hi);
        Tense left = cue < 0 ? UNKNOWN : ofWord(tokens, cue, lower(tokens, cue), tokens.get(cue).pos());
        if (left == INTENT && modifiesNoun(tokens, cue, lo) && scan(tokens, to, 1, lo, hi) == PAST) {
            return MIXED;
        }
        if (left != UNKNOWN) {
            return left;
        }
        return scan(tokens, to, 1, lo, hi);
    }

    /** The tense the word at {@code i} tells by itself ({@link #UNKNOWN} for most words). */
    static Tense ofToken(List<Token> tokens, int i) {
        return ofWord(tokens, i, lower(tokens, i), tokens.get(i).pos());
    }

    private static Tense scan(List<Token> tokens, int start, int step, int lo, int hi) {
        int i = cue(tokens, start, step, lo, hi);
        return i < 0 ? UNKNOWN : ofWord(tokens, i, lower(tokens, i), tokens.get(i).pos());
    }

    /** The index of the first word from {@code start} that tells a tense, or -1. */
    private static int cue(List<Token> tokens, int start, int step, int lo, int hi) {
        for (int i = start, n = 0; i >= lo && i < hi && n < WINDOW; i += step, n++) {
            String w = lower(tokens, i);
            if (BOUNDARIES.contains(w)) {
                return -1;
            }
            if (ofWord(tokens, i, w, tokens.get(i).pos()) != UNKNOWN) {
                return i;
            }
        }
        return -1;
    }

    private static String lower(List<Token> tokens, int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the participle at {@code i} follows its noun directly ("a service planned for"), so heads a
     * reduced relative clause: the sentence's own verb comes after it.
     */
    private static boolean modifiesNoun(List<Token> tokens, int i, int lo) {
        if (i <= lo || !lower(tokens, i).endsWith("ed")) {
            return false;
        }
        String before = tokens.get(i - 1).pos();
        return "NOUN".equals(before) || "PROPN".equals(before);
    }

    private static Tense ofWord(List<Token> tokens, int i, String w, String pos) {
        boolean verb = isVerb(pos);
        if (FUTURE_WORDS.contains(w) && (verb || !MODALS.contains(w))) {
            return FUTURE;
        }
        if (INTENT_WORDS.contains(w) && (verb || !MODALS.contains(w)) || isToInfinitiveOfIntent(tokens, i, w)
                || isEarliestTime(tokens, i, w) || isDeadline(tokens, i, w)) {
            return overtaken(tokens, i) ? PAST : INTENT;
        }
        if (afterModal(tokens, i)) {
            return UNKNOWN; // "will succeed", "to set": a base form; the modal before it decides
        }
        boolean lowerCase = Character.isLowerCase(tokens.get(i).text().charAt(0));
        if (PAST_WORDS.contains(w) || (verb || predicative(tokens, i, pos)) && lowerCase && w.endsWith("ed")) {
            return i > 0 ? passive(tokens, i) : PAST;
        }
        if (verb && (w.equals("is") || w.equals("are") || w.equals("am") || w.endsWith("s"))) {
            return PRESENT;
        }
        return UNKNOWN;
    }

    /**
     * The tense of a participle or past form at {@code i}: after a form of "be" it is a passive, whose
     * tense is the auxiliary's ("is heard in May" looks ahead, "was heard" back, "will be held" as
     * "will"); otherwise a past form.
     */
    private static Tense passive(List<Token> tokens, int i) {
        String before = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
        return switch (before) {
            case "is", "are", "am", "'re" -> PRESENT;
            case "be" -> i > 1 ? ofWord(tokens, i - 2, tokens.get(i - 2).text().toLowerCase(Locale.ROOT), "AUX")
                    : UNKNOWN;
            default -> PAST;
        };
    }

    /**
     * Whether an adjective at {@code i} may be a past form the tagger took for one ("closed Wednesday"):
     * an adjective before a common noun modifies it ("an unspecified date") and says nothing of tense.
     */
    private static boolean predicative(List<Token> tokens, int i, String pos) {
        return "ADJ".equals(pos) && (i + 1 >= tokens.size() || !"NOUN".equals(tokens.get(i + 1).pos()));
    }

    /** Whether the word at {@code i} follows a modal or an infinitive's "to", so is a base form. */
    private static boolean afterModal(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        String before = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
        return BASE_FORM_BEFORE.contains(before) && isVerb(tokens.get(i).pos());
    }

    /**
     * "is to resume", "planned to leave", "likely to meet": an intention, so a later time. An infinitive
     * after a noun says a purpose ("celebrations to mark the entry"), which shares the main verb's time.
     */
    private static boolean isToInfinitiveOfIntent(List<Token> tokens, int i, String w) {
        if (!w.equals("to") || i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        if (!isVerb(tokens.get(i + 1).pos())) {
            return scheduledBareNoun(tokens, i);
        }
        String before = tokens.get(i - 1).pos();
        return isVerb(before) || "ADJ".equals(before);
    }

    /**
     * "talks set to resume Monday": "set to" names a schedule, and the word after it is a verb even when
     * the tagger reads it as a noun (resume, open, start, end, vote); only a bare lower-case word, since
     * "set to the music" or "set to 5%" are no infinitives.
     */
    private static boolean scheduledBareNoun(List<Token> tokens, int i) {
        Token next = tokens.get(i + 1);
        return "set".equalsIgnoreCase(tokens.get(i - 1).text()) && "NOUN".equals(next.pos())
                && Character.isLowerCase(next.text().charAt(0));
    }

    /**
     * "postponed until Tuesday", "given until 9 a.m. Tuesday": a deadline set for a verb before it, so a
     * later time. At the head of its clause ("Until Thursday, they had not...") it frames the clause,
     * whose own verb decides.
     */
    private static boolean isDeadline(List<Token> tokens, int i, String w) {
        return w.equals("until") && i > 0 && !BOUNDARIES.contains(tokens.get(i - 1).text())
                && !",".equals(tokens.get(i - 1).text());
    }

    /**
     * "had been scheduled to expire Friday", "had planned to leave Monday": an intention in the past
     * perfect was held before a past reference time and has since been overtaken, so its time lies
     * before the report (TimeML anchors it on that past reference, not on the publication date).
     */
    private static boolean overtaken(List<Token> tokens, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
            if (w.equals("had") || w.equals("'d")) {
                return true;
            }
            if (BOUNDARIES.contains(w) || w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** "as early as Tuesday": the earliest time something may happen, so a later one. */
    private static boolean isEarliestTime(List<Token> tokens, int i, String w) {
        return w.equals("early") && i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).text().equalsIgnoreCase("as") && tokens.get(i + 1).text().equalsIgnoreCase("as");
    }

    /** Whether the clause points ahead, firmly or as an intention. */
    boolean ahead() {
        return this == FUTURE || this == INTENT;
    }

    private static boolean isVerb(String pos) {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }
}

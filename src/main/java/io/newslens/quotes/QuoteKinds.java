package io.newslens.quotes;

import java.util.Set;

/**
 * Decides what a quoted stretch is in its sentence: a direct quote, which opens its sentence or follows
 * a colon or a speech cue with a capital letter, or a fragment inside the writer's own sentence (a
 * partial quote, or scare quotes); and whether a direct quote no cue attributes is a headline or title
 * rather than someone's words. Writers set a speaker's full sentences apart this way, and quote words of
 * theirs within their own syntax.
 */
final class QuoteKinds {

    /** Tags of the words between a cue and the quote it opens: "told reporters, “…”". */
    private static final Set<String> ADDRESSEE_TAGS = Set.of("ADP", "PROPN", "NOUN", "DET", "PRON");

    private final Tokens t;
    private final Cues cues;

    QuoteKinds(Tokens tokens, Cues cues) {
        this.t = tokens;
        this.cues = cues;
    }

    /**
     * Whether the quote {@code q} of the sentence starting at token {@code a} is direct: it opens its
     * sentence, or follows a colon, or a cue/comma with a capital letter.
     */
    boolean isDirect(int q, int a) {
        int o = t.openToken(q);
        int k = o - 1;
        while (k >= a && (t.isMark(k) || t.word(k).equals("(") || t.word(k).equals("—") || t.word(k).equals("–"))) {
            k--;
        }
        if (k < a) {
            return true;
        }
        boolean capital = startsCapital(q);
        String prev = t.word(k);
        if (prev.equals(":") || prev.endsWith(".") || prev.equals("!") || prev.equals("?")) {
            // After a colon, or a sentence end the splitter missed ("… in Washington, D.C. “I love …").
            return capital;
        }
        if (prev.equals(",")) {
            int c = k - 1;
            while (c > a && t.pos(c).equals("ADV")) {
                c--;
            }
            return capital && c >= a && (cues.isSpeechCue(c) || cueBeforeAddressee(c, a));
        }
        return capital && cues.isSpeechCue(k);
    }

    /** "quipped to Colton, “…”", "told reporters, “…”": a cue and whom it addresses end at {@code c}. */
    private boolean cueBeforeAddressee(int c, int a) {
        for (int k = c; k >= a && k > c - 4; k--) {
            if (cues.isSpeechCue(k)) {
                return true;
            }
            if (!ADDRESSEE_TAGS.contains(t.pos(k)) || !t.outside(k)) {
                return false;
            }
        }
        return false;
    }

    private boolean startsCapital(int q) {
        QuoteMarks.Quoted quoted = t.quotes.get(q);
        for (int i = quoted.start(); i < quoted.end(); i++) {
            char c = t.text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return false;
    }

    /** A few words with no closing punctuation, in one paragraph: a headline or title ("‘No magic pill’ –"). */
    boolean looksLikeTitle(int q) {
        QuoteMarks.Quoted quoted = t.quotes.get(q);
        String body = t.text.substring(quoted.start(), quoted.end()).strip();
        char last = body.isEmpty() ? '.' : body.charAt(body.length() - 1);
        return ".,!?…:;".indexOf(last) < 0 && body.split("\\s+").length <= Phrases.MAX_TITLE_WORDS && !quoted.continues();
    }
}

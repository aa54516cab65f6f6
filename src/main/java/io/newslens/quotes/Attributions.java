package io.newslens.quotes;

import java.util.HashSet;
import java.util.Set;

/**
 * Decides which cue, and so which speaker, a quoted stretch belongs to: a signature after a dash
 * ("“…” ― Sonya Herridge"), the attribution right after the closing mark ("…,” Pompeo said"), the cue or
 * name label right before the opening mark ("Pompeo said: “…”", "Marco Rubio: ‘…’"), a cue elsewhere in
 * the sentence, or one after a later paragraph of the same quote. Writers put the attribution next to the
 * quote, so nearer places are tried first. A cue a quote takes is consumed: it reports no clause besides.
 */
final class Attributions {

    /** A cue (as written), its token and the phrase naming its speaker. */
    record Found(String cue, int at, SpeakerMention speaker) {
    }

    private static final Set<String> QUOTE_NOUNS = Set.of("expression", "phrase", "word", "words", "term",
            "slogan", "line", "message", "motto", "headline", "title");
    private static final Set<String> DASHES = Set.of("―", "—", "–");

    private final Tokens t;
    private final Phrases phrases;
    private final Cues cues;
    private final CueSpeakers cueSpeakers;
    /** Per quote of the text, whether it is direct. */
    private final boolean[] direct;
    private final Set<Integer> consumed = new HashSet<>();

    Attributions(Tokens tokens, Phrases phrases, Cues cues, CueSpeakers cueSpeakers, boolean[] direct) {
        this.t = tokens;
        this.phrases = phrases;
        this.cues = cues;
        this.cueSpeakers = cueSpeakers;
        this.direct = direct;
    }

    /** The attribution of the quote {@code q} of sentence [a, b), or null when nothing near attributes it. */
    Found of(int q, int a, int b) {
        Found at = dashed(q);
        if (at == null) {
            at = after(q, b, direct[q] || !reportsBefore(q, a));
        }
        if (at == null) {
            at = before(q, a);
        }
        if (at == null) {
            at = inSentence(q, a, b);
        }
        if (at == null) {
            at = laterInQuote(q);
        }
        return at != null ? at : colonClause(q, a);
    }

    /**
     * "She then addressed the supporters again: “…”": a direct quote after the colon that ends a clause
     * whose subject, a name or pronoun opening the sentence, acts; no verb of saying is needed.
     */
    private Found colonClause(int q, int a) {
        int colon = t.openToken(q) - 1;
        if (!direct[q] || colon <= a || !t.word(colon).equals(":") || !t.outside(colon)) {
            return null;
        }
        for (int v = a + 1; v < colon && t.outside(v); v++) {
            if (t.pos(v).equals("VERB")) {
                SpeakerMention m = phrases.subjectBefore(v, a);
                boolean opens = m != null && m.from() == a
                        && (m.kind() == SpeakerMention.Kind.PRONOUN || m.kind() == SpeakerMention.Kind.NAME);
                return opens ? new Found(":", colon, m) : null;
            }
        }
        return null;
    }

    /** Whether a quote took the cue at token {@code k} as its attribution. */
    boolean consumed(int k) {
        return consumed.contains(k);
    }

    /** A quote over several paragraphs is often attributed only after a later paragraph's part. */
    private Found laterInQuote(int q) {
        for (int n = q + 1; n < t.quotes.size() && t.quotes.get(n).continues(); n++) {
            int last = t.afterClose(n) - 1;
            if (last >= 0 && last < t.size()) {
                Found at = after(n, t.sentenceEnd(last), false);
                if (at != null) {
                    return at;
                }
            }
        }
        return null;
    }

    /**
     * "“…” ― Sonya Herridge": a dash after the closing mark, then a name in the same paragraph, signs
     * the quote the way a reader's comment or an epigraph is signed.
     */
    private Found dashed(int q) {
        int c = t.afterClose(q);
        if (!direct[q] || c + 1 >= t.size() || !DASHES.contains(t.word(c)) || t.paragraph(c + 1) != t.paragraph(c)) {
            return null;
        }
        int end = c + 1;
        while (end < t.size() && t.outside(end) && t.paragraph(end) == t.paragraph(c)
                && (t.pos(end).equals("PROPN") || Character.isUpperCase(t.word(end).charAt(0)) && !t.isMark(end)
                || t.word(end).equals(".") && end > c + 1 && t.word(end - 1).length() == 1)) {
            end++;
        }
        // The signature ends its paragraph or sentence: "– Toronto’s police chief highlights …" is a headline.
        boolean signs = end == t.size() || t.paragraph(end) != t.paragraph(c) || t.word(end).equals(".")
                || t.isMark(end);
        SpeakerMention m = end > c + 1 && signs ? phrases.nameOf(c + 1, end) : null;
        return m != null ? new Found(t.word(c), c, m) : null;
    }

    /** "…,” Pompeo said" / "…,” said Palvetzian": the attribution right after the closing mark. */
    private Found after(int q, int b, boolean consume) {
        int c = t.afterClose(q);
        if (c < b && t.word(c).equals(",")) {
            c++;
        }
        if (c >= b || !t.outside(c)) {
            return null;
        }
        if (cues.isCue(c)) {
            SpeakerMention m = phrases.subjectAfter(c + 1, b);
            return m == null ? null : consume(c, m, consume);
        }
        for (int k = c + 1; k < b && k < c + 16 && t.outside(k); k++) {
            if (cues.isCue(k)) {
                SpeakerMention m = phrases.subjectBefore(k, c);
                return m != null && titledFrom(c, m.from()) ? consume(k, m, consume) : null;
            }
        }
        return null;
    }

    /** The subject starts at {@code c}, perhaps after a title the tagger took for a noun ("commissioner Ron …"). */
    private boolean titledFrom(int c, int subject) {
        for (int i = c; i < subject; i++) {
            String pos = t.pos(i);
            if (!pos.equals("NOUN") && !pos.equals("PROPN") && !pos.equals("ADJ") && !pos.equals("DET")) {
                return false;
            }
        }
        return subject >= c && subject - c <= Phrases.MAX_TITLE_WORDS;
    }

    /** "Pompeo said: “…”" / "he said, “…”" / "used the expression, “…”": the cue right before the mark. */
    private Found before(int q, int a) {
        int k = t.openToken(q) - 1;
        Found labelled = k > a && t.word(k).equals(":") ? label(k, a) : null;
        if (labelled != null) {
            return labelled;
        }
        if (k >= a && (t.word(k).equals(",") || t.word(k).equals(":"))) {
            k--;
        }
        // "wondered loudly, “…"
        while (k > a && t.pos(k).equals("ADV") && t.outside(k)) {
            k--;
        }
        if (k < a || !t.outside(k)) {
            return null;
        }
        if (cues.isCue(k)) {
            SpeakerMention m = cueSpeakers.speakerOf(k, a, t.sentenceEnd(k));
            return m == null ? null : consume(k, m);
        }
        if (QUOTE_NOUNS.contains(t.lower(k))) {
            for (int v = k - 1; v >= a && v >= k - 4; v--) {
                if (t.pos(v).equals("VERB")) {
                    SpeakerMention m = phrases.subjectBefore(v, a);
                    return m == null ? null : new Found(t.word(v), v, m);
                }
            }
        }
        return null;
    }

    /**
     * "Marco Rubio: ‘You don’t win …’", "… in Iowa - Carl Bialik: “…”": a name alone before the colon,
     * opening its sentence or after a dash, labels the quote with its speaker.
     */
    Found label(int colon, int a) {
        if (!t.outside(colon - 1) || !t.pos(colon - 1).equals("PROPN")) {
            return null;
        }
        int from = colon - 1;
        while (from > a && t.outside(from - 1) && (t.pos(from - 1).equals("PROPN") || t.word(from - 1).equals(".")
                && t.pos(from - 2 >= a ? from - 2 : from - 1).equals("PROPN"))) {
            from--;
        }
        boolean opens = from == a || DASHES.contains(t.word(from - 1)) || t.word(from - 1).equals("-");
        SpeakerMention m = opens && colon - from <= 4 ? phrases.fromRange(from, colon) : null;
        return m != null && m.kind() == SpeakerMention.Kind.NAME ? new Found(":", colon, m) : null;
    }

    private Found consume(int cue, SpeakerMention m) {
        return consume(cue, m, true);
    }

    private Found consume(int cue, SpeakerMention m, boolean used) {
        if (used) {
            consumed.add(cue);
        }
        return new Found(t.word(cue), cue, m);
    }

    /** Words of the writer's clause stand before the quote in its sentence (a partial in a report). */
    private boolean reportsBefore(int q, int a) {
        int words = 0;
        for (int i = a; i < t.openToken(q); i++) {
            if (t.outside(i) && !t.pos(i).equals("PUNCT")) {
                words++;
            }
        }
        return words >= 2;
    }

    /** A cue elsewhere in the sentence: the nearest before the quote, else the nearest after it. */
    private Found inSentence(int q, int a, int b) {
        int o = t.openToken(q);
        for (int k = o - 1; k >= a; k--) {
            Found at = cueAt(k, a, b);
            if (at != null) {
                return at;
            }
        }
        for (int k = t.afterClose(q); k < b; k++) {
            Found at = cueAt(k, a, b);
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private Found cueAt(int k, int a, int b) {
        if (cues.isAccordingTo(k)) {
            SpeakerMention m = phrases.phraseFrom(k + 2, b);
            return m == null ? null : new Found("according to", k, m);
        }
        if (!cues.isCue(k)) {
            return null;
        }
        SpeakerMention m = cueSpeakers.speakerOf(k, a, b);
        return m == null ? null : new Found(t.word(k), k, m);
    }
}

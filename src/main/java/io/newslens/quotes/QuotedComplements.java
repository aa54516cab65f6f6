package io.newslens.quotes;

import java.util.Set;

/**
 * The statement around a quoted fragment whose cue stands before it in the sentence ("Graham called
 * both rivals “crazy”", "she vowed to “take our fight” to the states", "described the field as “all
 * very good”"): the cue's complement, from the word after the cue (after "that") to the end of the
 * clause, holds the fragment and is the report; the fragment alone is only a part of it.
 */
final class QuotedComplements {

    /** A cue further back than this many tokens from the opening mark governs some other clause. */
    private static final int MAX_GAP = 30;
    private static final Set<String> DASHES = Set.of("—", "–", "--", "-");

    private final Tokens t;
    private final Cues cues;
    private final Clauses clauses;

    QuotedComplements(Tokens tokens, Cues cues, Clauses clauses) {
        this.t = tokens;
        this.cues = cues;
        this.clauses = clauses;
    }

    /**
     * Tokens {@code [from, to)} of the statement holding the quote {@code q} of sentence [a, b) whose
     * cue reads {@code cue}, or null when the cue is not before the quote in its clause.
     */
    int[] of(int q, String cue, int a, int b) {
        int open = t.openToken(q);
        int k = cueBefore(open, cue, a);
        if (k < 0 || Lexicon.INSTANCE.isNamingVerb(cue) && t.pos(open - 1).equals("DET")) {
            // "called the minister a “chicken”": the quoted name is the naming verb's complement, a quote alone.
            return null;
        }
        if (circumstance(k)) {
            return null;
        }
        int from = Math.min(clauses.afterAddressee(k, b), open);
        for (int x = from; x < open; x++) {
            if (t.lower(x).equals("that")) {
                // "told the board last week that …": the clause starts after "that".
                from = x + 1;
            }
        }
        while (from < open && (t.word(from).equals(",") || t.pos(from).equals("ADP"))) {
            // "warned of a “ferocious” battle": the preposition belongs to the cue.
            from++;
        }
        if (newClause(from, open)) {
            return null;
        }
        int close = t.afterClose(q);
        // A quote closing on its sentence's full stop ends the statement: "… “firsts.” Is that …".
        int to = endsSentence(close) ? close : Math.max(clauseEnd(close, clauses.clauseEnd(from, b)), close);
        while (to > close && t.outside(to - 1) && t.pos(to - 1).equals("PUNCT") && !t.isMark(to - 1)) {
            to--;
        }
        return from < open ? new int[] {from, to} : null;
    }

    /**
     * "said on ABC's “This Week”", "wrote under the pseudonym “Carlos Danger”": "say" and "write" take
     * no phrase after a preposition as what was said, save "of" and "about"; the phrase is where or how.
     */
    private boolean circumstance(int k) {
        String lemma = Lexicon.INSTANCE.speechLemma(t.word(k));
        String next = k + 1 < t.size() ? t.lower(k + 1) : "";
        return ("say".equals(lemma) || "write".equals(lemma)) && t.pos(k + 1).equals("ADP")
                && !next.equals("of") && !next.equals("about");
    }

    /** The quote's last word inside the marks is a full stop, question or exclamation mark. */
    private boolean endsSentence(int close) {
        int last = close - 1;
        while (last > 0 && t.isMark(last)) {
            last--;
        }
        String w = t.word(last);
        return w.equals(".") || w.equals("?") || w.equals("!");
    }

    /**
     * A conjunction before a verb or a subject pronoun starts a clause of its own between the cue and
     * the quote ("… but refused to resign, and she admonished …"): the quote is not the cue's.
     */
    private boolean newClause(int from, int open) {
        for (int x = from; x < open; x++) {
            if (t.pos(x).equals("CCONJ") && (x + 1 == open || cues.isFinite(x + 1) || t.pos(x + 1).equals("PRON") || t.word(x - 1).equals(","))) {
                return true;
            }
        }
        return false;
    }

    /** A dash or another cue after the quote ends the clause sooner than {@code end}. */
    private int clauseEnd(int close, int end) {
        for (int x = close; x < end; x++) {
            String w = t.word(x);
            if (t.outside(x) && (DASHES.contains(w) || cues.isCue(x) || cues.isAccordingTo(x))) {
                return x;
            }
        }
        return end;
    }

    /** The cue token reading {@code cue} nearest before {@code open}, with no clause break between; or -1. */
    private int cueBefore(int open, String cue, int a) {
        for (int k = open - 1; k >= a && k >= open - MAX_GAP; k--) {
            if (!t.outside(k)) {
                return -1;
            }
            String w = t.word(k);
            if (w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")) {
                return -1;
            }
            if (cues.isCue(k) && w.equals(cue)) {
                return k;
            }
        }
        return -1;
    }
}

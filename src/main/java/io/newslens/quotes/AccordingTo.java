package io.newslens.quotes;

/**
 * Decides what "according to X" attributes to X: the clause before it ("CLAUSE, according to X"; "Clinton
 * leads by 271 delegates according to a count by the AP"), or the clause after its comma when it leads
 * the sentence ("According to the poll, CLAUSE"). The phrase after "to" is the source; a conjunction in
 * it that opens a clause ("… according to the board and prices have dropped") ends it.
 */
final class AccordingTo {

    private final Tokens t;
    private final Phrases phrases;
    private final Clauses clauses;

    AccordingTo(Tokens tokens, Phrases phrases, Clauses clauses) {
        this.t = tokens;
        this.phrases = phrases;
        this.clauses = clauses;
    }

    /** The clause the "according to" at {@code k} of sentence [a, b) attributes, with its source; or null. */
    Report of(int k, int a, int b) {
        SpeakerMention m = phrases.phraseFrom(k + 2, b);
        int and = m == null ? -1 : firstConjunction(k + 2, m.to());
        if (and > k + 2 && clauses.hasFiniteVerb(and, b)) {
            // "… according to the board and prices have dropped": the conjunction opens a clause.
            m = phrases.phraseFrom(k + 2, and);
        }
        if (m == null) {
            return null;
        }
        int comma = m.to();
        while (comma < b && !t.word(comma).equals(",")) {
            comma++;
        }
        if (k - 1 >= a && t.word(k - 1).equals(",")) {
            return new Report(a, continues(a, k, comma, m.to(), b) ? clauses.clauseEnd(comma + 1, b) : k - 1, k, m);
        }
        if (k - 1 > a && !clauses.leadsSentence(a, k) && clauses.hasVerb(clauses.clauseStart(a, k), k)
                && (endsSentence(m.to(), b) || m.to() < b && (t.pos(m.to()).equals("CCONJ") || t.word(m.to()).equals(";")))) {
            // "Clinton leads Sanders by 271 delegates according to a count by The Associated Press.",
            // "Output fell 16 per cent according to the SMMT and sales have fallen …"
            return new Report(clauses.clauseStart(a, k), k, k, m);
        }
        if (clauses.leadsSentence(a, k) && comma + 1 < b && !clauses.startsAttribution(comma + 1, b)) {
            // "According to the poll, Smith said …" leaves the report to Smith's cue; a cue later in the
            // clause ("… because many disagreed") is part of the report.
            return new Report(comma + 1, clauses.clauseEnd(comma + 1, b), k, m);
        }
        return null;
    }

    /**
     * "About 10 p.m., according to a timeline, the guards left" and "Lee gave his approval, according to
     * court papers, becoming the owner": the phrase set off by commas inside the sentence, which goes
     * on after it; the report spans both sides. It goes on with a verb, or with a clause where no verb
     * came before; a noun phrase after a clause glosses the source ("…, according to Lily Hart, a former
     * adviser"), and a conjunction or a new attribution starts anew.
     */
    private boolean continues(int a, int k, int comma, int phraseEnd, int b) {
        int next = comma + 1;
        if (next + 1 >= b || !t.outside(next) || clauses.startsAttribution(next, b)) {
            return false;
        }
        String pos = t.pos(next);
        boolean verb = pos.equals("VERB") || pos.startsWith("AUX");
        if (comma != phraseEnd) {
            // "Notably absent, according to members who spoke with reporters, was any mention …": a
            // source with a modifier of its own; only a verb after it shows the sentence going on.
            return verb && !clauses.hasFiniteVerb(a, k);
        }
        return verb
                || !pos.equals("CCONJ") && !pos.equals("PUNCT") && !clauses.hasFiniteVerb(a, k) && clauses.hasFiniteVerb(next, b);
    }

    private int firstConjunction(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.pos(i).equals("CCONJ")) {
                return i;
            }
        }
        return -1;
    }

    /** Only punctuation follows token {@code from} to the sentence end. */
    private boolean endsSentence(int from, int b) {
        for (int i = from; i < b; i++) {
            if (!t.pos(i).equals("PUNCT")) {
                return false;
            }
        }
        return true;
    }
}

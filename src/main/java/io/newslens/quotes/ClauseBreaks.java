package io.newslens.quotes;

/**
 * Where a reported clause ends at a comma because the writer's own clause begins: "Rubio said the
 * real extremist is Hillary Clinton, and he railed against the moderators". A comma, a coordinating
 * conjunction, then a new subject with its own tensed verb join a second main clause to the sentence;
 * the report the cue governs is the first. Political news annotates it so (PolNeAR); the Gender Gap
 * Tracker set has no such case against it. Tried and left out, as they cost on one set or the other: a
 * comma before a relative pronoun, a subordinator, a participle, an appositive noun phrase, and a
 * conjunction before a bare verb ("said he heard gunfire and suspected …").
 */
final class ClauseBreaks {

    /** The most words a new clause's subject may take before its verb: "the American Civil Liberties Union". */
    private static final int MAX_SUBJECT = 6;

    private final Tokens t;
    private final Cues cues;

    ClauseBreaks(Tokens t, Cues cues) {
        this.t = t;
        this.cues = cues;
    }

    /** Whether the token {@code x} (a comma) ends the clause: ", and he railed …", ", but the others say …". */
    boolean newClauseAt(int x, int b) {
        if (x + 2 >= b || !t.outside(x) || !t.word(x).equals(",") || !t.pos(x + 1).equals("CCONJ")
                || t.lower(x + 2).equals("that")) {
            return false;
        }
        return subjectAndVerb(x + 2, b);
    }

    /** A subject (pronoun, or a short noun phrase) at {@code i}, then its tensed verb. */
    private boolean subjectAndVerb(int i, int b) {
        for (int k = i; k < b && k < i + MAX_SUBJECT; k++) {
            if (cues.isFinite(k)) {
                return k > i;
            }
            String pos = t.pos(k);
            if (!pos.startsWith("PRON") && !pos.equals("DET") && !pos.equals("ADJ") && !pos.startsWith("NOUN")
                    && !pos.startsWith("PROPN") && !pos.equals("NUM") && !pos.equals("ADV")) {
                return false;
            }
        }
        return false;
    }
}

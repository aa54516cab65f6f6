package io.newslens.quotes;

/**
 * Decides what a stance verb attributes, and to whom: "Trump called for an inquiry", "she criticized the
 * plan", "a new poll shows Clinton ahead". The verb's subject holds the position its complement states,
 * as a speaker holds a reported clause; which verbs take stances, and where their complement starts, is
 * {@link Stances}' part. A passive, or a finding verb whose subject is no source of findings ("the
 * team shows"), attributes nothing.
 */
final class StanceReports {

    private final Tokens t;
    private final Grammar g;
    private final Stances stances;

    StanceReports(Grammar g, Stances stances) {
        this.t = g.t();
        this.g = g;
        this.stances = stances;
    }

    /** The content the stance verb at {@code k} of sentence [a, b) attributes, with its holder; or null. */
    Report of(int k, int a, int b) {
        Stances.Kind kind = stances.kind(k);
        // The tagger takes some verb forms for nouns after a noun ("a new poll shows/NOUN …").
        boolean verb = t.pos(k).equals("VERB") || k > a && (t.pos(k - 1).equals("PROPN") || g.phrases().isSubjectPronoun(k - 1)
                || kind == Stances.Kind.FINDING && Stances.showsFinding(t.word(k - 1)));
        if (kind == null || !verb || g.voice().passive(k, a) || t.word(k).endsWith("ing") && !t.word(k - 1).equals(",")) {
            return null;
        }
        int start = stances.complementStart(k, b);
        SpeakerMention m = start < 0 ? null : g.cueSpeakers().subject(k, a, g.cues().isParticipleCue(k) || t.word(k).endsWith("ing"));
        if (m == null || kind == Stances.Kind.FINDING && !Stances.showsFinding(t.word(headBefore(k, a)))) {
            return null;
        }
        int end = g.clauses().clauseEnd(start, b);
        int rel = g.phrases().relativeSubject(k, a);
        if (rel > a && t.word(rel - 1).equals(",")) {
            // "Moon, who has called for another meeting, acknowledged …": the relative clause ends at its comma.
            end = Math.min(end, g.clauses().commaOrEnd(start, b));
        }
        return new Report(start, end, k, m);
    }

    /** The word before the verb at {@code k}, adverbs skipped: the head of its subject ("the poll also shows"). */
    private int headBefore(int k, int a) {
        int i = k - 1;
        while (i > a && t.pos(i).equals("ADV")) {
            i--;
        }
        return Math.max(i, a);
    }
}

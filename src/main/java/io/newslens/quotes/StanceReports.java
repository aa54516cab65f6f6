package io.newslens.quotes;

import java.util.Set;

import io.newslens.model.Quote;

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
    private final Findings findings;

    StanceReports(Grammar g, Stances stances, Findings findings) {
        this.t = g.t();
        this.g = g;
        this.stances = stances;
        this.findings = findings;
    }

    /** The content the stance verb at {@code k} of sentence [a, b) attributes, with its holder; or null. */
    Report of(int k, int a, int b) {
        Stances.Kind kind = stances.kind(k);
        int source = kind == Stances.Kind.FINDING ? findings.source(k, a) : -1;
        // The tagger takes some verb forms for nouns after a noun ("a new poll shows/NOUN …").
        boolean verb = t.pos(k).equals("VERB") || k > a && (t.pos(k - 1).equals("PROPN") || g.phrases().isSubjectPronoun(k - 1))
                || source >= 0;
        if (kind == null || !verb || g.voice().passive(k, a) || t.word(k).endsWith("ing") && !t.word(k - 1).equals(",")
                || k > a && t.lower(k - 1).equals("to")) {
            return null;
        }
        int start = stances.complementStart(k, b);
        SpeakerMention m = start < 0 ? null : g.cueSpeakers().subject(k, a, g.cues().isParticipleCue(k) || t.word(k).endsWith("ing"));
        if (m == null && start >= 0 && source >= 0) {
            // "Exit polling/VERB shows …", "In Florida, a June poll found …": the source's phrase opens the clause.
            m = findings.openingSource(source, a);
        }
        if (m == null || kind == Stances.Kind.FINDING && (source < 0 || !Stances.findingSource(t.word(source))
                && Stances.asksQuestion(t.lower(start)))) {
            // "footage showed how the wave hit": a record shows events; only a study or poll finds how.
            return null;
        }
        if (source >= 0) {
            m = findings.holder(source, a, m);
        }
        int end = g.clauses().clauseEnd(start, b);
        int rel = g.phrases().relativeSubject(k, a);
        if (rel > a && t.word(rel - 1).equals(",")) {
            // "Moon, who has called for another meeting, acknowledged …": the relative clause ends at its comma.
            end = Math.min(end, g.clauses().commaOrEnd(start, b));
        }
        return new Report(start, end, k, m);
    }

    /**
     * What the report {@code r} of a stance verb attributes: a position its object states ("endorsed
     * Cruz", "called for a ban") is the holder's stand, mode belief, as {@link Positions}' are; a clause
     * ("criticized that …") reports words, mode speech; a finding ("the poll shows …") is what a study,
     * poll or record shows, mode evidence: its source is no person's speech.
     */
    Quote.Mode mode(Report r) {
        if (stances.kind(r.cue()) == Stances.Kind.FINDING) {
            return Quote.Mode.EVIDENCE;
        }
        String w = t.lower(r.from());
        boolean clause = w.equals("that") || Stances.asksQuestion(w);
        return clause ? Quote.Mode.SPEECH : Quote.Mode.BELIEF;
    }
}

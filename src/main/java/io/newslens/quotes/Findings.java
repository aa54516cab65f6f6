package io.newslens.quotes;

import java.util.Set;

import io.newslens.model.Quote;

/**
 * Decides whether a report states a finding, a quote of mode evidence: a finding verb ("shows",
 * "found", "suggests", the {@code finding} verbs of {@code stance-verbs.txt}) whose subject is headed by
 * a source of findings or a record ("a new poll", "the study", "census data", "video"). What such a
 * source shows is no person's speech or thought, whether the verb takes an object or a clause; a person
 * who finds or suggests something ("Smith found that …") still speaks.
 */
final class Findings {

    /** Tags of the words a subject spans between its head and its verb: modifiers, names, prepositions. */
    private static final Set<String> SUBJECT_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "CCONJ");
    /** The most words between a subject's head and its verb. */
    private static final int MAX_SUBJECT = 14;

    private final Tokens t;
    private final Stances stances;

    Findings(Tokens t, Stances stances) {
        this.t = t;
        this.stances = stances;
    }

    /** The mode of a report of words: evidence where a source of findings shows or finds it, else speech. */
    Quote.Mode mode(Report r) {
        int k = r.cue();
        return stances.kind(k) == Stances.Kind.FINDING && source(k, t.sentenceStart(k)) >= 0
                ? Quote.Mode.EVIDENCE : Quote.Mode.SPEECH;
    }

    /**
     * The source of findings that heads the subject of the verb at {@code k} of the sentence starting at
     * {@code a}, or -1: the word before it ("the poll also shows"), or the head of a subject that a
     * participle or prepositional phrase modifies ("a survey by the institute found", "a poll released
     * Sunday by the network shows").
     */
    int source(int k, int a) {
        int i = k - 1;
        while (i > a && (t.pos(i).equals("ADV") || t.pos(i).startsWith("AUX"))) {
            i--;
        }
        for (int n = 0; i >= a && n < MAX_SUBJECT && t.outside(i); i--, n++) {
            if (Stances.showsFinding(t.word(i))) {
                return i;
            }
            boolean punct = t.pos(i).equals("PUNCT");
            if (punct ? !t.word(i).equals(",") : !SUBJECT_TAGS.contains(t.pos(i)) && !participle(i)) {
                return -1;
            }
        }
        return -1;
    }

    /** "released", "taken", "conducted": a participle that modifies the noun before it. */
    private boolean participle(int i) {
        String w = t.lower(i);
        return t.pos(i).equals("VERB") && (w.endsWith("ed") || w.endsWith("en"));
    }
}

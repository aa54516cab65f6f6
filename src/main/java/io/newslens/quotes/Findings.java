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
    private static final Set<String> PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM");
    /** The most words between a subject's head and its verb. */
    private static final int MAX_SUBJECT = 14;
    /** The most words of a phrase set off by commas between a subject and its verb. */
    private static final int MAX_INSERT = 30;

    private final Tokens t;
    private final Phrases phrases;
    private final Cues cues;
    private final Stances stances;

    Findings(Grammar g, Stances stances) {
        this.t = g.t();
        this.phrases = g.phrases();
        this.cues = g.cues();
        this.stances = stances;
    }

    /**
     * The holder of a finding whose source of findings (token {@code source}, in the sentence starting at
     * {@code a}) the subject finder read past to a later phrase {@code m}: the source's own phrase ("the
     * average of polls over the past two weeks shows", "a series of polls in the U.S. has shown"), unless
     * "by" or "from" makes that later name the source's maker ("a poll by CNN finds") or a comma parts them
     * ("After an investigation, the Department of Justice found").
     */
    SpeakerMention holder(int source, int a, SpeakerMention m) {
        if (m == null || source >= m.from() || m.kind() != SpeakerMention.Kind.DESCRIPTION && madeBy(source, m.from())) {
            return m;
        }
        SpeakerMention head = phrases.fromRange(phraseStart(source, a), source + 1);
        return head != null ? head : m;
    }

    /** The finding {@code r} (a report of mode evidence) with its source's phrase as holder. */
    Report withHolder(Report r) {
        int a = t.sentenceStart(r.cue());
        return new Report(r.from(), r.to(), r.cue(), holder(source(r.cue(), a), a, r.speaker()));
    }

    /** Whether the name at {@code name} is the source's own: its maker ("by", "from") or past a comma. */
    private boolean madeBy(int source, int name) {
        for (int i = source + 1; i < name; i++) {
            if (t.lower(i).equals("by") || t.lower(i).equals("from") || t.word(i).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The mode of a report of words: evidence where a source of findings shows or finds it, else speech. */
    Quote.Mode mode(Report r) {
        int k = r.cue();
        return stances.kind(k) == Stances.Kind.FINDING && source(k, t.sentenceStart(k)) >= 0
                ? Quote.Mode.EVIDENCE : Quote.Mode.SPEECH;
    }

    /**
     * The finding a source's verb closes its sentence [a, b) with ("Clinton has 52 percent, the poll
     * found."): the words before the source's comma, with the source as holder; or null.
     */
    Report trailing(int k, int a, int b) {
        boolean last = k + 1 == b || k + 2 == b && t.pos(k + 1).equals("PUNCT");
        int source = last && stances.kind(k) == Stances.Kind.FINDING ? source(k, a) : -1;
        int start = source < 0 ? -1 : phraseStart(source, a);
        if (start < a + 3 || !t.word(start - 1).equals(",") || reports(a, start - 1)) {
            return null;
        }
        SpeakerMention m = phrases.fromRange(start, source + 1);
        return new Report(a, start - 1, k, m != null ? m : phrases.fromRange(source, source + 1));
    }

    /** Whether a speech cue reports words in [from, to): "X said …, the video showed" is X's statement. */
    private boolean reports(int from, int to) {
        for (int i = from; i < to; i++) {
            if (cues.isCue(i) || cues.isAccordingTo(i)) {
                return true;
            }
        }
        return false;
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
        int found = scan(i, a);
        int comma = i > a && t.word(i).equals(",") ? previousComma(i, a) : -1;
        // "A Fox News poll, conducted with X (D) and Y (R), shows", "a survey of delegates, who …, found":
        // a phrase set off by commas stands between the subject and its verb.
        return found < 0 && comma >= 0 ? scan(comma, a) : found;
    }

    /** Scans back from {@code i} over a subject's words for its head, a source of findings; or -1. */
    private int scan(int i, int a) {
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

    /** The comma before the one at {@code i} in its sentence (starting at {@code a}), near enough; or -1. */
    private int previousComma(int i, int a) {
        for (int j = i - 1; j > a && i - j <= MAX_INSERT && t.outside(j); j--) {
            if (t.word(j).equals(",")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The phrase the source at {@code source} heads, where it opens its sentence (starting at {@code a})
     * or follows an opening phrase's comma ("In Florida, a June poll found …"); or null. Its modifiers
     * ("A Quinnipiac poll released in late August found …") hide it from the subject finder.
     */
    SpeakerMention openingSource(int source, int a) {
        int start = phraseStart(source, a);
        if (start > a && !t.word(start - 1).equals(",")) {
            return null;
        }
        SpeakerMention m = phrases.fromRange(start, source + 1);
        // "The April survey": a month names no source; the head noun is the phrase.
        return m != null ? m : phrases.fromRange(source, source + 1);
    }

    /** First token of the noun phrase whose head is {@code head}. */
    int phraseStart(int head, int a) {
        int i = head;
        while (i > a && PHRASE_TAGS.contains(t.pos(i - 1)) && t.outside(i - 1)) {
            i--;
        }
        return i;
    }

    /** "released", "taken", "conducted": a participle that modifies the noun before it. */
    private boolean participle(int i) {
        String w = t.lower(i);
        return t.pos(i).equals("VERB") && (w.endsWith("ed") || w.endsWith("en"));
    }
}

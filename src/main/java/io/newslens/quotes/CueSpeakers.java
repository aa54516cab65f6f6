package io.newslens.quotes;

/**
 * Decides which phrase speaks through a cue: the cue's subject ("Pompeo said"), an inverted subject
 * ("…, said Palvetzian"), the subject of an earlier verb the cue is coordinated with ("… and said …"),
 * or, for a participle ("…, saying …"), the speaker of the sentence's earlier cue or its first verb. The
 * phrase is not yet resolved to a person: that is {@link Speakers}' part.
 */
final class CueSpeakers {

    private final Tokens t;
    private final Phrases phrases;
    private final Cues cues;

    CueSpeakers(Tokens tokens, Phrases phrases, Cues cues) {
        this.t = tokens;
        this.phrases = phrases;
        this.cues = cues;
    }

    /** Who speaks through the cue at {@code k} of sentence [a, b): its subject, an inverted subject, or the clause's subject. */
    SpeakerMention speakerOf(int k, int a, int b) {
        boolean participle = cues.isParticipleCue(k);
        SpeakerMention m = subject(k, a, participle);
        if (m == null && !participle && k - 1 >= a && (t.word(k - 1).equals(",") || t.isMark(k - 1))) {
            m = phrases.subjectAfter(k + 1, b);
        }
        return m;
    }

    /** The subject of the verb at {@code k} (a participle's: whom it speaks for), none looked for after it. */
    SpeakerMention subject(int k, int a, boolean participle) {
        if (participle) {
            return participleSpeaker(a, k);
        }
        return afterConjunction(k, a) ? mainSubject(a, k - 1) : phrases.subjectBefore(k, a);
    }

    /** "…, saying …" speaks for the speaker of an earlier cue in the sentence, else for its subject. */
    private SpeakerMention participleSpeaker(int a, int k) {
        for (int c = k - 1; c >= a; c--) {
            if (cues.isCue(c) && !cues.isParticipleCue(c)) {
                SpeakerMention m = speakerOf(c, a, k);
                if (m != null) {
                    return m;
                }
            }
        }
        return mainSubject(a, k);
    }

    /** "… and said …", "… but has since said …": the verb shares the subject of an earlier verb. */
    private boolean afterConjunction(int k, int a) {
        int i = k - 1;
        while (i > a && t.outside(i) && (t.pos(i).startsWith("AUX") || t.pos(i).equals("ADV") || t.pos(i).equals("PART"))) {
            i--;
        }
        return i > a && t.pos(i).equals("CCONJ") && t.outside(i);
    }

    /** The subject of the sentence's first verb: who a participle cue ("…, saying …") belongs to. */
    private SpeakerMention mainSubject(int a, int k) {
        for (int v = a; v < k; v++) {
            if (t.outside(v) && (t.pos(v).equals("VERB") || t.pos(v).equals("AUX"))) {
                if (cues.isCue(v)) {
                    return speakerOf(v, a, k);
                }
                return phrases.subjectBefore(v, a);
            }
        }
        return null;
    }
}

package io.newslens.quotes;

import java.util.Set;

/**
 * Decides which phrase speaks through a cue: the cue's subject ("Pompeo said"), an inverted subject
 * ("…, said Palvetzian"), the subject of an earlier verb the cue is coordinated with ("… and said …"),
 * or, for a participle ("…, saying …"), the speaker of the sentence's earlier cue or of the main clause
 * it hangs on. The phrase is not yet resolved to a person: that is {@link Speakers}' part.
 */
final class CueSpeakers {

    /**
     * Words that count a share of a group: "half", "a majority", "percent". Bare "many" or "some" count
     * nothing: "Many now recommended …" is a vaguer group, left to the noun phrase rules.
     */
    private static final Set<String> QUANTIFIERS = Set.of("half", "majority", "majorities", "percent", "third",
            "thirds", "quarter");
    /** Participles that make a phrase the people polled: "those surveyed". */
    private static final Set<String> POLLED = Set.of("surveyed", "polled", "questioned", "interviewed", "asked");
    private static final Set<String> GROUP_TAGS = Set.of("NUM", "NOUN", "ADJ", "DET", "ADP", "ADV", "PRON", "PROPN", "SYM");
    private static final int MAX_GROUP = 8;
    /** Quantifiers that float after a plural subject: "they both said", "the aides all say". */
    private static final Set<String> FLOATING = Set.of("both", "all");

    /** Lemmas of the plain verbs of saying and arguing through which a bare quantifier speaks ("others say"). */
    private static final Set<String> PLAIN_SPEECH = Set.of("say", "tell", "argue", "claim", "insist");

    /** Tags of a verb's object and the adjuncts after it: "a $40 million lawsuit in 2013". */
    private static final Set<String> OBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADP", "PART",
            "SYM");
    private static final int MAX_OBJECT = 12;
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whom", "whose", "that");

    private final Lexicon lex = Lexicon.INSTANCE;
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
        if (afterConjunction(k, a)) {
            return coordinatedSubject(a, k);
        }
        SpeakerMention m = phrases.subjectBefore(k, a);
        int auxiliaries = m == null && lex.speechLemma(t.word(k)) != null ? auxiliariesBefore(k, a) : k;
        if (auxiliaries < k) {
            m = phrases.subjectBefore(auxiliaries, a);
        }
        m = m != null ? m : countedGroup(k, a);
        return m != null ? m : quantifiedGroup(k, a);
    }

    /**
     * "Others say", "many believe", "most of them said": a quantifier for the group's members. A bare
     * one speaks only through a plain verb of saying or a verb of thought: with other speech verbs it is
     * a vaguer group GGT leaves unannotated ("Many now recommended …").
     */
    private SpeakerMention quantifiedGroup(int k, int a) {
        SpeakerMention m = phrases.quantifiedBefore(k, a);
        String lemma = lex.speechLemma(t.word(k));
        boolean plain = Beliefs.isBeliefVerb(t.word(k))
                || (lemma == null ? !lex.isNamingVerb(t.word(k)) : PLAIN_SPEECH.contains(lemma));
        return m != null && (m.to() - m.from() > 1 || plain) ? m : null;
    }

    /**
     * "they have both argued", "officials did not say", "the aides all say": auxiliaries, "not" and a
     * floating "both" or "all" between the subject and a speech verb. Returns the first of them, or
     * {@code k} when none stands there. Manner adverbs ("Park wrongly claimed") were tried too: they
     * cost precision where only speech is annotated.
     */
    private int auxiliariesBefore(int k, int a) {
        int i = k;
        while (i - 1 > a && t.outside(i - 1) && (t.pos(i - 1).startsWith("AUX")
                || t.lower(i - 1).equals("not") || FLOATING.contains(t.lower(i - 1)))) {
            i--;
        }
        return i;
    }

    /**
     * "Six in 10 said", "Nearly half say", "42% said", "Those surveyed said": a share of the people
     * polled speaks. Such a phrase has no noun head for the subject rules; it holds
     * a number or a quantifier, opens its clause and runs up to the verb.
     */
    private SpeakerMention countedGroup(int k, int a) {
        int from = k;
        boolean counted = false;
        while (from - 1 >= a && k - from < MAX_GROUP && t.outside(from - 1) && groupWord(from - 1)) {
            from--;
            counted |= t.pos(from).equals("NUM") || QUANTIFIERS.contains(t.lower(from)) || t.word(from).endsWith("%")
                    || POLLED.contains(t.lower(from));
        }
        boolean opens = from == a || t.word(from - 1).equals(",") || t.pos(from - 1).equals("CCONJ");
        if (!counted || !opens || from == k || t.pos(from).equals("ADP") && !t.lower(from).equals("about")) {
            return null;
        }
        int start = t.get(from).start();
        int end = t.get(k - 1).end();
        return new SpeakerMention(from, k, start, end, SpeakerMention.Kind.DESCRIPTION, t.text.substring(start, end),
                Lexicon.Gender.UNKNOWN, false);
    }

    /** A word a counted group's phrase may hold: "about", "4", "in", "10", "of", "Democrats", "surveyed". */
    private boolean groupWord(int i) {
        String pos = t.pos(i);
        return GROUP_TAGS.contains(pos) || pos.equals("VERB") && POLLED.contains(t.lower(i))
                || t.word(i).endsWith("%");
    }

    /** "…, saying …" speaks for the speaker of an earlier cue in the sentence, else for its subject. */
    private SpeakerMention participleSpeaker(int a, int k) {
        for (int c = k - 1; c >= a; c--) {
            if (cues.isCue(c) && !cues.isParticipleCue(c)) {
                SpeakerMention m = speakerOf(c, a, k);
                // "Okafor attacked Pell, who said it was weak, calling him …": a cue in a relative
                // clause is not the clause the participle hangs on.
                boolean relative = m != null && m.from() < c && phrases.relativeSubject(c, a) >= 0;
                if (m != null && !relative) {
                    return m;
                }
            }
        }
        return nearestSubject(a, k);
    }

    /**
     * The subject of the nearest main clause before the participle at {@code k}: the clause it hangs
     * on ("… and Emanuel fired his chief, acknowledging …", "Clinton -- whose husband signed it -- has
     * derided it, suggesting …"). Clauses inside it are passed over: a complement ("rejected the notion
     * that Democrats could …, arguing"), a relative ("with whom he clashed") or a subordinate clause
     * ("apologized after they came out, saying"). Falls back on the sentence's first verb.
     */
    private SpeakerMention nearestSubject(int a, int k) {
        int from = afterOpeningClause(a, k);
        int v = k - 1;
        while (v >= from) {
            // "Mr. Trump's/VERB private club": a capitalized word is a name, not a verb.
            boolean verb = t.outside(v) && cues.isFinite(v) && Character.isLowerCase(t.word(v).charAt(0));
            SpeakerMention m = verb ? phrases.subjectBefore(v, a) : null;
            if (m == null || m.from() < from) {
                v--;
            } else if (opensMainClause(m.from(), from) && phrases.relativeSubject(v, a) < 0) {
                return cues.isCue(v) ? speakerOf(v, a, k) : m;
            } else {
                v = m.from() - 1;
            }
        }
        return mainSubject(a, k);
    }

    /** The subject starting at {@code s} opens the sentence, or follows a comma, a conjunction or a colon. */
    private boolean opensMainClause(int s, int from) {
        if (s <= from) {
            return true;
        }
        String before = t.word(s - 1);
        return before.equals(",") || before.equals(";") || before.equals(":") || phrases.isDash(s - 1)
                || t.pos(s - 1).equals("CCONJ") && verbBefore(s - 1, from);
    }

    /**
     * A tensed verb stands before the conjunction at {@code c} within its clause: "charged the officer
     * and Emanuel fired …" joins two clauses; "that she and the company keep …" two subjects.
     */
    private boolean verbBefore(int c, int from) {
        for (int i = c - 1; i >= from; i--) {
            if (t.lower(i).equals("that") || t.pos(i).equals("SCONJ")) {
                return false;
            }
            if (t.outside(i) && cues.isFinite(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who speaks through a participle of a "that" clause ("…, alleging that …", "issued a statement
     * saying that …"). After a comma, a dash or a conjunction ("and suggesting") it speaks for its
     * clause's subject, as a participle cue does; after a verb's object for that verb's subject ("the
     * KGB planted articles alleging …", "pivoted to arguing …"); else for the noun before it ("with
     * polls indicating …", "there is evidence suggesting …"). After other prepositions the subject is
     * not sure ("criticized Ginsburg for saying …").
     */
    SpeakerMention participleSubject(int k, int a) {
        int j = k - 1;
        while (j > a && t.pos(j).equals("ADV") && t.outside(j)) {
            // "before optimistically predicting", "- essentially conceding"
            j--;
        }
        SpeakerMention m;
        if (j >= a && (t.word(j).equals(",") || phrases.isDash(j) || t.pos(j).equals("CCONJ"))) {
            m = participleSpeaker(a, k);
        } else {
            int v = governingVerb(k, a);
            m = v < 0 ? null : t.word(v).endsWith("ing") ? participleSubject(v, a) : subject(v, a, false);
        }
        // Where no subject is found, the noun before the participle is better than none.
        return m != null ? m : subject(k, a, false);
    }

    /**
     * The verb whose object ends right before the participle at {@code k}: "planted [newspaper
     * articles]", "filed [a lawsuit in 2013]", "sent [the DNC on Monday]"; or -1 when a comma, "with" or
     * any other word comes first.
     */
    private int governingVerb(int k, int a) {
        for (int i = k - 1; i >= a && i >= k - MAX_OBJECT; i--) {
            String pos = t.pos(i);
            if (!t.outside(i) || t.lower(i).equals("with") || RELATIVES.contains(t.lower(i))) {
                return -1;
            }
            if (pos.equals("VERB") && Character.isLowerCase(t.word(i).charAt(0))) {
                // "there is/VERB evidence suggesting …": the noun after a copula is no object.
                return BE_FORMS.contains(t.lower(i)) ? -1 : i;
            }
            if (!OBJECT_TAGS.contains(pos) && !t.word(i).equals("$")) {
                return -1;
            }
        }
        return -1;
    }

    /** The token after the comma that closes a subordinate clause opening the sentence at {@code a}, else {@code a}. */
    private int afterOpeningClause(int a, int k) {
        if (!t.pos(a).equals("SCONJ") && !Lexicon.OPENING_SUBORDINATORS.contains(t.lower(a))) {
            return a;
        }
        for (int i = a + 1; i < k; i++) {
            if (t.outside(i) && t.word(i).equals(",")) {
                return i + 1;
            }
        }
        return a;
    }

    /**
     * The subject of the verb that the one at {@code k} is coordinated with: the nearest before the
     * conjunction ("when Rubio thanked Miami and said …", "he laughed and said …"), passing over the
     * verbs of complement and relative clauses ("said the party was calm and urged …", "mothers who
     * have lost children and said …"); else the sentence's first verb's.
     */
    private SpeakerMention coordinatedSubject(int a, int k) {
        int c = k - 1;
        while (c > a && !t.pos(c).equals("CCONJ")) {
            c--;
        }
        for (int v = c - 1; v >= a; v--) {
            boolean verb = t.outside(v) && cues.isFinite(v) && Character.isLowerCase(t.word(v).charAt(0));
            SpeakerMention m = verb ? phrases.subjectBefore(v, a) : null;
            if (m != null && (!opensClause(m.from(), a) || phrases.relativeSubject(v, a) >= 0)) {
                v = m.from();
            } else if (m != null) {
                return m;
            }
        }
        return mainSubject(a, k - 1);
    }

    /**
     * The subject phrase at {@code s} opens a clause of its own: it starts the sentence or follows a
     * comma, a dash, a conjunction or an adverb ("when Rubio thanked …"), not "that", a verb ("said the
     * party was …"), a preposition ("relatives of the people killed …") or a noun ("a state Sanders won").
     */
    private boolean opensClause(int s, int a) {
        int i = s - 1;
        while (i >= a && t.pos(i).equals("DET")) {
            i--;
        }
        if (i < a) {
            return true;
        }
        String pos = t.pos(i);
        String w = t.lower(i);
        boolean complementizer = w.equals("that") || w.equals("whether") || w.equals("if");
        return !complementizer && (pos.equals("PUNCT") || pos.equals("CCONJ") || pos.equals("SCONJ") || pos.equals("ADV"));
    }

    /** "… and said …", "… but has since said …": the verb shares the subject of an earlier verb. */
    private boolean afterConjunction(int k, int a) {
        int i = k - 1;
        while (i > a && t.outside(i) && (t.pos(i).startsWith("AUX") || t.pos(i).equals("ADV") || t.pos(i).equals("PART"))) {
            i--;
        }
        return i > a && t.pos(i).equals("CCONJ") && t.outside(i);
    }

    /**
     * The subject of the sentence's first verb: who a participle cue ("…, saying …") belongs to. An
     * opening subordinate clause set off by a comma is passed over: "Once he was president, Mr. Obama
     * made peace a priority, announcing …" is Obama's.
     */
    private SpeakerMention mainSubject(int a, int k) {
        for (int v = afterOpeningClause(a, k); v < k; v++) {
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

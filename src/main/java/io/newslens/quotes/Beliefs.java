package io.newslens.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides what a verb of thought or intention attributes to its subject, a quote of mode belief:
 * "officials believe (that) CLAUSE", "she fears CLAUSE", "he is convinced that CLAUSE", "Trump wants to
 * VERB …", "she wants Congress to VERB …", and the clause before or around the verb ("CLAUSE, many
 * think"; "The plan, he believes, will fail"). Which words are such verbs is the word list's part; what
 * they govern is read from the clause structure: a "that" clause, a subject with its own tensed verb,
 * or an infinitive. A passive ("is believed") states nobody's belief here.
 */
final class Beliefs {

    private record Verb(boolean clause, boolean intent, boolean regard) {
    }

    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "am", "'s", "’s",
            "'re", "’re", "'m", "’m");
    /** Tags of a short noun phrase between an intent verb and its infinitive ("wants Congress to act"). */
    private static final Set<String> OBJECT_TAGS = Set.of("PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON");
    private static final int MAX_OBJECT = 5;

    /**
     * Verbs of consequence and proof ("this means that …", "to ensure that …"): their "that" clause is a
     * result the writer states, no one's statement or thought.
     */
    private static final Set<String> CONSEQUENCE_VERBS = Set.of("mean", "means", "meant", "ensure", "ensures",
            "ensured", "guarantee", "guarantees", "guaranteed", "require", "requires", "required", "prove",
            "proves", "proved", "proven", "insure", "insures", "insured");

    private static final Map<String, Verb> VERBS;
    private static final Set<String> ADJECTIVES;

    static {
        Map<String, Verb> verbs = new HashMap<>();
        Set<String> adjectives = new HashSet<>();
        read("belief-verbs.txt", verbs, adjectives);
        VERBS = Map.copyOf(verbs);
        ADJECTIVES = Set.copyOf(adjectives);
    }

    private final Tokens t;
    private final Grammar g;

    Beliefs(Grammar g) {
        this.t = g.t();
        this.g = g;
    }

    /** Whether {@code word} is a verb of thought or intention ("believe", "wants"). */
    static boolean isBeliefVerb(String word) {
        return VERBS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The belief the word at {@code k} of sentence [a, b) attributes, with its holder; or null. */
    Report of(int k, int a, int b) {
        if (!t.outside(k)) {
            return null;
        }
        String w = t.lower(k);
        if (ADJECTIVES.contains(w)) {
            return adjective(k, a, b);
        }
        Verb v = VERBS.get(w);
        if (v == null) {
            return thatClause(k, a, b);
        }
        if (!isVerb(k, a) || g.voice().passive(k, a) || k > a && t.word(k - 1).equalsIgnoreCase("to")) {
            return null;
        }
        int start = complementStart(k, b, v);
        SpeakerMention m = start < 0 ? null : g.cueSpeakers().subject(k, a, false);
        if (m == null) {
            return start < 0 && v.clause() ? around(k, a, b) : null;
        }
        int end = end(k, start, a, b);
        if (end + 1 < b && g.clauses().endsWithComma(end) && g.clauses().startsAttribution(end + 1, b)) {
            // "Clinton plans to visit Charlotte, a campaign aide said": the aide's statement, not her plan.
            return null;
        }
        return new Report(start, end, k, m);
    }

    /**
     * Any other verb with a "that" clause of its own: "attendees learned Friday that …", "Clinton moved
     * that …". A verb that governs a tensed clause through "that" reports a thought, a finding or words
     * of its subject, whatever the verb; the word lists name the common ones with their modes.
     */
    private Report thatClause(int k, int a, int b) {
        if (!t.pos(k).equals("VERB") || !Character.isLowerCase(t.word(k).charAt(0)) || g.voice().passive(k, a)
                || CONSEQUENCE_VERBS.contains(t.lower(k))) {
            return null;
        }
        int that = g.cues().thatAfter(k);
        if (that < 0 || !clauseAt(that + 1, b) || determiner(that) || result(k, that)) {
            return null;
        }
        // "planted articles alleging that …", "issued a statement saying that …": a participle speaks for
        // its clause's subject, not for the noun before it.
        boolean participle = t.word(k).endsWith("ing") && !g.cues().progressive(k);
        SpeakerMention m = participle ? g.cueSpeakers().participleSubject(k, a) : g.cueSpeakers().subject(k, a, false);
        return m == null ? null : new Report(that + 1, end(k, that + 1, a, b), k, m);
    }

    /**
     * "renewed that prediction", "fit that profile": "that" before a singular common noun is a
     * determiner more often than a clause's start (the tagger reads both ways).
     */
    private boolean determiner(int that) {
        String next = t.word(that + 1);
        return t.pos(that + 1).equals("NOUN") && Character.isLowerCase(next.charAt(0)) && !next.endsWith("s");
    }

    /** "clunked so badly that …": a clause of result, the writer's. */
    private boolean result(int k, int that) {
        for (int x = k + 1; x < that; x++) {
            if (t.lower(x).equals("so") || t.lower(x).equals("such")) {
                return true;
            }
        }
        return false;
    }

    /** "he is convinced that CLAUSE", "officials are confident that CLAUSE": the subject of "be" holds it. */
    private Report adjective(int k, int a, int b) {
        int be = k - 1;
        while (be > a && t.pos(be).equals("ADV")) {
            be--;
        }
        int that = be >= a && BE_FORMS.contains(t.lower(be)) ? g.cues().thatAfter(k) : -1;
        if (that < 0 || !clauseAt(that + 1, b)) {
            return null;
        }
        SpeakerMention m = g.phrases().subjectBefore(be, a);
        return m == null ? null : new Report(that + 1, end(k, that + 1, a, b), k, m);
    }

    /** The tagger takes some verb forms for nouns after a name or pronoun ("Trump wants/NOUN to …"). */
    private boolean isVerb(int k, int a) {
        boolean titleCase = k > a && Character.isUpperCase(t.word(k - 1).charAt(0));
        if (t.word(k).endsWith("ing") || Character.isUpperCase(t.word(k).charAt(0)) && !titleCase) {
            // "spokeswoman Hope Hicks said" is a name; "Trump Wants To …" a headline in title case.
            return false;
        }
        boolean inflected = t.word(k).endsWith("s") || t.word(k).endsWith("ed");
        return t.pos(k).equals("VERB") || k > a && (t.pos(k - 1).equals("PROPN") || g.phrases().isSubjectPronoun(k - 1)
                || inflected && k - 2 >= a && g.cues().determinedNoun(k - 1));
    }

    /** First token of what the verb at {@code k} governs, or -1 when it governs no clause or infinitive. */
    private int complementStart(int k, int b, Verb v) {
        int j = k + 1;
        while (j < b && t.pos(j).equals("ADV") && t.outside(j)) {
            j++;
        }
        if (j >= b || !t.outside(j)) {
            return -1;
        }
        if (v.regard()) {
            return regardedAs(j, b) ? j : -1;
        }
        if (v.clause() && t.word(j).equalsIgnoreCase("that")) {
            return clauseAt(j + 1, b) ? j + 1 : -1;
        }
        if (v.intent() && infinitiveAt(j, b)) {
            return j;
        }
        if (v.intent() && OBJECT_TAGS.contains(t.pos(j))) {
            // "wants Congress to act": the object is the infinitive's subject, part of what is wanted.
            for (int x = j + 1; x < b && x <= j + MAX_OBJECT && t.outside(x); x++) {
                if (infinitiveAt(x, b)) {
                    return j;
                }
                if (!OBJECT_TAGS.contains(t.pos(x)) && !t.pos(x).startsWith("PROPN")) {
                    break;
                }
            }
        }
        // "felt comfortable with …": an adjective after the verb is its predicate, not a clause's subject.
        return v.clause() && !t.pos(j).equals("ADJ") && clauseAt(j, b) ? j : -1;
    }

    /** "sees Trump as a threat": a short object, then "as" and what it is taken for. */
    private boolean regardedAs(int j, int b) {
        for (int x = j + 1; x < b && x <= j + MAX_OBJECT && t.outside(x); x++) {
            if (t.lower(x).equals("as")) {
                return x + 1 < b && OBJECT_TAGS.contains(t.pos(j)) && !t.pos(j).equals("PRON");
            }
            if (!OBJECT_TAGS.contains(t.pos(x)) && !t.pos(x).equals("ADP")) {
                return false;
            }
        }
        return false;
    }

    /** "to" and a bare verb: an infinitive. */
    private boolean infinitiveAt(int j, int b) {
        return j + 1 < b && t.word(j).equalsIgnoreCase("to") && t.outside(j + 1)
                && (t.pos(j + 1).equals("VERB") || t.pos(j + 1).startsWith("AUX"));
    }

    /** A clause opens at {@code j}: a subject-like word, then its own tensed verb before any break. */
    private boolean clauseAt(int j, int b) {
        return j < b && t.outside(j) && !t.pos(j).equals("VERB") && g.clauses().startsClause(j)
                && !t.pos(j).equals("ADV") && g.clauses().hasFiniteVerb(j, b);
    }

    /** Where the belief ends: its clause's end, a relative clause's comma, a direct quote or a new cue. */
    private int end(int k, int start, int a, int b) {
        int end = g.clauses().reportEnd(start, a, b, k);
        int rel = g.phrases().relativeSubject(k, a);
        if (rel > a && t.word(rel - 1).equals(",")) {
            // "Ryan, who thinks the party will unite, said …": the relative clause ends at its comma.
            end = Math.min(end, g.clauses().commaOrEnd(start, b));
        }
        return end;
    }

    /**
     * "CLAUSE, many think." and "The plan, he believes, will fail.": the verb and its subject stand after
     * or inside the belief, set off by commas.
     */
    private Report around(int k, int a, int b) {
        SpeakerMention m = g.phrases().subjectAfter(k + 1, b);
        SpeakerMention before = k - 1 > a ? g.phrases().subjectBefore(k, a) : null;
        if (m != null || before == null || before.from() - 1 <= a || !t.word(before.from() - 1).equals(",")) {
            return null;
        }
        int comma = before.from() - 1;
        int start = g.clauses().clauseStart(a, comma);
        if (!g.clauses().hasVerb(start, comma) && !(k + 1 < b && t.word(k + 1).equals(","))) {
            return null;
        }
        if (k + 2 < b && t.word(k + 1).equals(",") && g.clauses().hasFiniteVerb(k + 1, b)) {
            return new Report(start, g.clauses().clauseEnd(k + 2, b), k, before);
        }
        return g.clauses().onlyAdjuncts(k + 1, b) && g.clauses().hasVerb(start, comma)
                ? new Report(start, comma, k, before) : null;
    }

    private static void read(String resource, Map<String, Verb> verbs, Set<String> adjectives) {
        for (String line : Lexicon.lines(resource)) {
            String[] words = line.split("\\s+");
            Set<String> kinds = Set.of(words[0].split(","));
            for (int i = 1; i < words.length; i++) {
                if (kinds.contains("adjective")) {
                    adjectives.add(words[i]);
                } else {
                    verbs.put(words[i], new Verb(kinds.contains("clause"), kinds.contains("intent"), kinds.contains("regard")));
                }
            }
        }
    }
}

package io.newslens.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Decides what a verb of appearance attributes: "the race seems to be tightening", "Trump appeared to
 * end his bid", "it seems that CLAUSE". The verb states how things look to someone the text does not
 * name (the writer, or people at large), so the report is a belief with no speaker. A raised subject
 * belongs to the view ("Trump seemed to appreciate …" is the view, not Trump's): the report spans the
 * subject, the verb and its infinitive. When the infinitive is itself a verb of speech, stance or
 * thought ("Cruz seemed to blame the network"), the subject does say or hold something, and this
 * rule leaves the sentence to that verb's rules.
 */
final class Appearances {

    private static final Set<String> VERBS = Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");
    /** Words before the verb that make it part of a relative clause or a question, which states no view. */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "what", "whom", "whose");
    /** What opens the clause of an empty "it": "it seems that …", "it appeared as if …". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "like");
    /** Tags a subject's last word has: "the race", "Mr. Rubio", "he", "both". */
    private static final Set<String> SUBJECT_TAGS = Set.of("NOUN", "PROPN", "PRON", "NUM", "DET");

    private final Tokens t;
    private final Grammar g;
    private final Stances stances;
    private final Lexicon lex = Lexicon.INSTANCE;

    Appearances(Grammar g) {
        this.t = g.t();
        this.g = g;
        this.stances = new Stances(t);
    }

    /** Whether {@code word} is a verb of appearance. */
    static boolean isAppearanceVerb(String word) {
        return VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The view the appearance verb at {@code k} of sentence [a, b) states, with no speaker; or null. */
    Report of(int k, int a, int b) {
        if (!t.outside(k) || !isAppearanceVerb(t.word(k)) || k == a || t.lower(k - 1).equals("to")) {
            return null;
        }
        int subject = subjectEnd(k, a);
        if (subject < a || RELATIVES.contains(t.lower(subject))) {
            return null;
        }
        int j = k + 1;
        while (j < b && t.pos(j).equals("ADV") && t.outside(j)) {
            j++;
        }
        if (t.lower(subject).equals("it") && j < b && CLAUSE_OPENERS.contains(t.lower(j))) {
            // "it seems that CLAUSE": the empty subject leaves the clause as the view.
            return clauseAt(j + 1, b) ? new Report(j + 1, g.clauses().clauseEnd(j + 1, b), k, null) : null;
        }
        if (!infinitive(j, b) || thinksOrSays(j + 1)) {
            return null;
        }
        int start = subjectStart(subject, a);
        // The view ends with its verb phrase: "…, with a new survey finding …", "…, despite …" add the
        // writer's own evidence or concession.
        int end = Math.min(g.clauses().clauseEnd(j, b), g.clauses().commaOrEnd(j, b));
        return start < 0 ? null : new Report(start, end, k, null);
    }

    /** The last token of the subject: the word before the verb, auxiliaries and adverbs aside; or -1. */
    private int subjectEnd(int k, int a) {
        int i = k - 1;
        while (i > a && (t.pos(i).startsWith("AUX") || t.pos(i).equals("ADV") || t.pos(i).equals("PART"))) {
            i--;
        }
        // "Cruz mentioned CNN and seemed to …": after "and" the subject stands before the first verb.
        return i >= a && t.outside(i) && SUBJECT_TAGS.contains(t.pos(i)) ? i : -1;
    }

    /** First token of the subject ending at {@code end}: back to a punctuation mark, a verb or a subordinator. */
    private int subjectStart(int end, int a) {
        int i = end;
        while (i - 1 >= a && t.outside(i - 1) && !t.pos(i - 1).equals("PUNCT") && !t.pos(i - 1).equals("SCONJ")
                && !t.pos(i - 1).equals("VERB") && !t.pos(i - 1).startsWith("AUX") && !RELATIVES.contains(t.lower(i - 1))) {
            i--;
        }
        return t.pos(i).equals("VERB") || t.pos(i).equals("ADP") ? -1 : i;
    }

    /** "to" and a bare verb. */
    private boolean infinitive(int j, int b) {
        return j + 1 < b && t.lower(j).equals("to") && t.outside(j + 1)
                && (t.pos(j + 1).equals("VERB") || t.pos(j + 1).startsWith("AUX"));
    }

    /** The infinitive's verb reports words, a stance or a thought of the subject's own. */
    private boolean thinksOrSays(int v) {
        String w = t.word(v);
        return lex.speechLemma(w) != null || stances.kind(v) != null || Beliefs.isBeliefVerb(w);
    }

    /** A clause opens at {@code j}: a subject-like word, then its own tensed verb before any break. */
    private boolean clauseAt(int j, int b) {
        return j < b && t.outside(j) && !t.pos(j).equals("VERB") && g.clauses().startsClause(j)
                && g.clauses().hasFiniteVerb(j, b);
    }
}

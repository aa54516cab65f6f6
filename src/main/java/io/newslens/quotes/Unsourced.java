package io.newslens.quotes;

import java.util.Map;
import java.util.Set;

import io.newslens.model.Quote;

/**
 * Decides what is attributed to nobody the text names: a passive report with an empty subject ("it was
 * reported that CLAUSE", "it is believed that CLAUSE"), a passive that raises its subject ("the vote is
 * expected to pass"), a verb of appearance ("the race seems to tighten", {@link Appearances}) and an
 * evidential adverb ("the company has reportedly lost …"). The report is a quote with no speaker; its
 * mode follows the verb.
 * A passive has no speaker to take from its subject, so these forms go before the speech verbs' own.
 */
final class Unsourced {

    /** A report with no named source, the cue word, and whether it states words or a belief. */
    record Found(Report report, Quote.Mode mode) {
    }

    private static final Quote.Mode S = Quote.Mode.SPEECH;
    private static final Quote.Mode B = Quote.Mode.BELIEF;
    /** Participles of verbs that report or believe, with the mode of what they attribute. */
    private static final Map<String, Quote.Mode> PARTICIPLES = Map.ofEntries(Map.entry("reported", S),
            Map.entry("said", S), Map.entry("announced", S), Map.entry("alleged", S), Map.entry("claimed", S),
            Map.entry("rumored", S), Map.entry("rumoured", S), Map.entry("revealed", S), Map.entry("estimated", S),
            Map.entry("projected", S), Map.entry("predicted", S), Map.entry("argued", S), Map.entry("believed", B),
            Map.entry("expected", B), Map.entry("thought", B), Map.entry("feared", B), Map.entry("understood", B),
            Map.entry("suspected", B), Map.entry("hoped", B), Map.entry("assumed", B), Map.entry("known", B));
    private static final Set<String> RELATIVES = Set.of("that", "which", "who");
    /** Adverbs that mark a statement as someone else's report. */
    private static final Set<String> EVIDENTIALS = Set.of("reportedly", "allegedly", "reputedly", "purportedly");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t");
    private static final Set<String> NEGATED_BE = Set.of("isn't", "aren't", "wasn't", "weren't");
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "'s", "’s");

    private final Tokens t;
    private final Grammar g;
    private final Appearances appearances;

    Unsourced(Grammar g) {
        this.t = g.t();
        this.g = g;
        this.appearances = new Appearances(g);
    }

    /** The report with no named source that the word at {@code k} of sentence [a, b) cues, or null. */
    Found of(int k, int a, int b) {
        if (!t.outside(k)) {
            return null;
        }
        String w = t.lower(k);
        if (EVIDENTIALS.contains(w)) {
            return evidential(k, a, b);
        }
        if (Appearances.isAppearanceVerb(w)) {
            Report view = appearances.of(k, a, b);
            return view == null ? null : new Found(view, B);
        }
        int be = passiveBe(k, a);
        if (w.equals("expected")) {
            // "is not expected to pass" states the view as much as "is expected to pass".
            Found raised = raised(k, be >= 0 ? be : negatedBe(k, a), a, b);
            if (raised != null) {
                return raised;
            }
        }
        if (be < 0) {
            return null;
        }
        Quote.Mode mode = PARTICIPLES.get(w);
        if (mode == null) {
            return null;
        }
        int subject = be - 1;
        while (subject > a && (t.pos(subject).startsWith("AUX") || t.pos(subject).equals("ADV") || t.pos(subject).equals("PART"))) {
            subject--;
        }
        if (subject >= a && t.word(subject).equalsIgnoreCase("it")) {
            int that = g.cues().thatAfter(k);
            return that > 0 && clauseAt(that + 1, b)
                    ? new Found(new Report(that + 1, g.clauses().clauseEnd(that + 1, b), k, null), mode) : null;
        }
        return null;
    }

    /**
     * "the vote is expected to pass": a passive that raises its subject states a view of that subject's
     * infinitive that nobody named holds. The report spans the subject, the verb and the infinitive, as
     * a reader takes the whole as the view. "seems to" / "appears to" are {@link Appearances}' part.
     */
    private Found raised(int k, int be, int a, int b) {
        if (be < 0) {
            return null;
        }
        int to = k + 1;
        while (to < b && t.pos(to).equals("ADV")) {
            to++;
        }
        int verb = to + 1;
        while (verb < b && t.pos(verb).equals("ADV")) {
            // "is expected to publicly pressure …": a split infinitive.
            verb++;
        }
        if (verb >= b || !t.lower(to).equals("to") || !t.pos(verb).equals("VERB") || !t.outside(verb)) {
            return null;
        }
        int start = subjectStart(be, a);
        // "a vote that is expected to pass": in a relative clause the verb describes, it reports nothing.
        return start < 0 || relative(be, start) ? null
                : new Found(new Report(start, g.clauses().clauseEnd(to, b), k, null), Quote.Mode.BELIEF);
    }

    /** The verb at {@code verb} follows a relative pronoun, its adverbs aside. */
    private boolean relative(int verb, int start) {
        int i = verb - 1;
        while (i > start && t.pos(i).equals("ADV")) {
            i--;
        }
        return RELATIVES.contains(t.lower(i));
    }

    /** First token of the subject ending before {@code verb}: back to a punctuation mark, a tensed verb or a subordinator. */
    private int subjectStart(int verb, int a) {
        int i = verb - 1;
        while (i >= a && t.outside(i) && !t.pos(i).equals("PUNCT") && !t.pos(i).equals("SCONJ")
                && !t.pos(i).equals("VERB") && !t.pos(i).startsWith("AUX")) {
            i--;
        }
        return i + 1 < verb ? i + 1 : -1;
    }

    /** The form of "be" before the participle at {@code k}, adverbs aside ("is widely expected"); or -1. */
    private int passiveBe(int k, int a) {
        int be = k - 1;
        while (be > a && t.pos(be).equals("ADV")) {
            be--;
        }
        return be >= a && BE_FORMS.contains(t.lower(be)) ? be : -1;
    }

    /** The form of "be" before "not" and the participle at {@code k} ("is not expected", "isn't expected"); or -1. */
    private int negatedBe(int k, int a) {
        int not = k - 1;
        while (not > a && t.pos(not).equals("ADV")) {
            not--;
        }
        if (NEGATED_BE.contains(t.lower(not).replace('’', '\''))) {
            return not;
        }
        return not > a && NEGATIONS.contains(t.lower(not)) ? passiveBe(not, a) : -1;
    }

    /** "the company has reportedly lost two contracts": the clause holding the adverb is the report. */
    private Found evidential(int k, int a, int b) {
        // "…, reportedly winning over delegates": after a comma the adverb opens a phrase of its own.
        int start = k > a && t.word(k - 1).equals(",") ? k : g.clauses().clauseStart(a, k);
        if (start < k && !g.clauses().hasFiniteVerb(start, b) || k + 1 >= b || t.pos(k + 1).equals("PUNCT")) {
            return null;
        }
        return new Found(new Report(start, g.clauses().clauseEnd(k, b), k, null), Quote.Mode.SPEECH);
    }

    /** A clause opens at {@code j}: a subject-like word, then its own tensed verb before any break. */
    private boolean clauseAt(int j, int b) {
        return j < b && t.outside(j) && !t.pos(j).equals("VERB") && g.clauses().startsClause(j)
                && g.clauses().hasFiniteVerb(j, b);
    }
}

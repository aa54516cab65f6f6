package io.newslens.quotes;

import java.util.Set;

/**
 * Decides what a naming verb gives as the speaker's words when no quotation marks do: "He calls it a
 * rookie mistake", "described her as the children's mother", "what he calls the end of free speech". The
 * name is the speaker's characterization, as much a statement as a reported clause; a passive ("was
 * called") names nobody's words.
 */
final class NamingComplements {

    /** Naming verbs whose name may stand unquoted ("use" gives only quoted words). */
    private static final Set<String> NAMING_COMPLEMENTS = Set.of("call", "describe", "characterize",
            "characterise", "label", "dub", "brand", "term");
    private static final Set<String> CALLED_OBJECTS = Set.of("it", "him", "her", "them", "this", "that",
            "himself", "herself", "themselves", "itself", "us", "me");

    private final Tokens t;
    private final Grammar g;
    private final Lexicon lex = Lexicon.INSTANCE;

    NamingComplements(Grammar g) {
        this.t = g.t();
        this.g = g;
    }

    /** The name the naming verb at {@code k} of sentence [a, b) gives, with who gives it; or null. */
    Report of(int k, int a, int b) {
        String lemma = lex.namingLemma(t.word(k));
        if (lemma == null || !NAMING_COMPLEMENTS.contains(lemma) || g.voice().passive(k, a)) {
            return null;
        }
        boolean described = lemma.equals("describe") || lemma.equals("characterize") || lemma.equals("characterise");
        int name = described ? afterAs(k + 1, b) : calledName(k, b);
        SpeakerMention m = name < 0 ? null : g.cueSpeakers().speakerOf(k, a, b);
        if (m == null) {
            return null;
        }
        // "called the deal “a disaster”": what is named and the name given make the statement, as the
        // object and its complement do; "what he calls Y" has its object before the subject.
        int start = described || name <= k + 1 ? name : k + 1;
        return new Report(start, g.clauses().predicateEnd(name, g.clauses().clauseEnd(name, b)), k, m);
    }

    /** The token after the "as" of "describe X as Y", or -1. */
    private int afterAs(int from, int b) {
        for (int i = from; i < b && i < from + 10 && t.outside(i) && !t.pos(i).equals("PUNCT"); i++) {
            if (t.word(i).equalsIgnoreCase("as")) {
                return i + 1 < b ? i + 1 : -1;
            }
            if (g.cues().isFinite(i)) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the name starts in "calls it Y", "called the plan Y", "what he calls Y"; or -1. */
    private int calledName(int k, int b) {
        int j = k + 1;
        if (j >= b || !t.outside(j)) {
            return -1;
        }
        if (k >= 2 && g.phrases().isSubjectPronoun(k - 1) && (t.word(k - 2).equalsIgnoreCase("what")
                || t.pos(k - 2).equals("NOUN"))) {
            // "what he calls Y", "a practice she calls Y": the object stands before the subject.
            return j;
        }
        if (CALLED_OBJECTS.contains(t.lower(j))) {
            return startsName(j + 1, b) ? j + 1 : -1;
        }
        // The object: "the plan", or a bare noun ("called climate change a hoax"); then the name given.
        boolean determined = t.pos(j).equals("DET");
        if (!determined && !t.pos(j).equals("NOUN")) {
            return -1;
        }
        int x = determined ? j + 1 : j;
        while (x < b && t.pos(x).equals("ADJ") && t.outside(x)) {
            x++;
        }
        int head = x;
        while (x < b && t.pos(x).equals("NOUN") && t.outside(x)) {
            x++;
        }
        if (x == head || x >= b) {
            return -1;
        }
        // "called the charges unsubstantiated": after a determined object, an adjective is the name.
        boolean named = quoted(x) || t.outside(x) && (t.pos(x).equals("DET") || t.pos(x).equals("NUM")
                || determined && t.pos(x).equals("ADJ"));
        return named ? x : -1;
    }

    private boolean startsName(int j, int b) {
        if (j >= b || quoted(j)) {
            return j < b;
        }
        if (!t.outside(j)) {
            return false;
        }
        String pos = t.pos(j);
        return pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("NUM");
    }

    /** The name is quoted: "called it “a disgrace”". */
    private boolean quoted(int x) {
        return t.isMark(x) || !t.outside(x);
    }
}

package io.newslens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides which clauses a speech verb reports, and who speaks them: the clause after it ("Pompeo said
 * (that) CLAUSE", and a second "… and that CLAUSE"), the clause before it ("CLAUSE, X said"), or both
 * halves around it ("Police, Sinclair says, have no policies …"). Where each clause ends is
 * {@link Clauses}' part; this part picks which of them the cue's position makes the report. Verbs of
 * thought ("believes", "thinks") report no words.
 */
final class ReportedClauses {

    private static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

    private final Tokens t;
    private final Phrases phrases;
    private final Cues cues;
    private final Clauses clauses;
    private final CueSpeakers cueSpeakers;
    private final Lexicon lex = Lexicon.INSTANCE;

    ReportedClauses(Tokens tokens, Phrases phrases, Cues cues, Clauses clauses, CueSpeakers cueSpeakers) {
        this.t = tokens;
        this.phrases = phrases;
        this.cues = cues;
        this.clauses = clauses;
        this.cueSpeakers = cueSpeakers;
    }

    /** The clauses the speech cue at {@code k} of sentence [a, b) reports, with who speaks; in text order. */
    List<Report> of(int k, int a, int b) {
        if (Clauses.thought(lex.speechLemma(t.word(k)))) {
            return List.of();
        }
        boolean participle = cues.isParticipleCue(k);
        SpeakerMention m = cueSpeakers.subject(k, a, participle);
        boolean inverted = false;
        if (m == null && !participle && k - 1 >= a && t.word(k - 1).equals(",")) {
            m = phrases.subjectAfter(k + 1, b);
            inverted = m != null;
        }
        if (m == null) {
            return List.of();
        }
        int tail = inverted ? k : phraseStart(m, a);
        // "…, Sen. Graham told The Huffington Post on Thursday.": the addressee is no part of the report.
        int restFrom = inverted ? m.to() : clauses.afterAddressee(k, b);
        if (!participle && tail - 1 > a && clauses.endsWithComma(tail - 1) && clauses.onlyAdjuncts(restFrom, b)
                && clauses.hasVerb(clauses.clauseStart(a, tail - 1), tail - 1)) {
            int end = t.word(tail - 1).equals(",") ? tail - 1 : tail;
            int start = clauses.clauseStart(a, tail - 1);
            // "He said he heard …, he said": the first cue reports the clause already.
            return clauses.startsAttribution(start, end) ? List.of() : List.of(new Report(start, end, k, m));
        }
        if (inverted) {
            return List.of();
        }
        int comma = clauses.afterAddressee(k, b);
        if (!participle && tail - 1 > a && t.word(tail - 1).equals(",") && comma + 1 < b && t.word(comma).equals(",")
                && clauses.hasFiniteVerb(comma, b)) {
            // "Police, Sinclair says, have no policies …", "The fix, she told them, was simple": the cue
            // interrupts the reported clause, which is one statement over both halves, the attribution
            // inside its span. "And yet, her aides say, …" has no first half.
            int start = clauses.clauseStart(a, tail - 1);
            start = clauses.leadsSentence(start, tail - 1) ? comma + 1 : start;
            return List.of(new Report(start, clauses.clauseEnd(comma + 1, b), k, m));
        }
        int after = asReported(k, tail, a, b);
        if (after > 0) {
            return List.of(new Report(after, clauses.clauseEnd(after, b), k, m));
        }
        int start = clauses.complementStart(k, b);
        List<Report> reports = new ArrayList<>();
        while (start >= 0 && start < b) {
            int end = clauses.reportEnd(start, a, b, k);
            reports.add(new Report(start, end, k, m));
            // "said it was … and that it was …": a second clause of the same verb.
            start = clauses.andThat(end, b);
            if (start < 0 && end < b && clauses.asideEnd(end, b) > 0 && clauses.continuesReport(clauses.asideEnd(end, b), b)) {
                // "said he would go (both events moved) along with …": the report goes on after the aside.
                start = clauses.asideEnd(end, b);
            }
        }
        return reports;
    }

    /**
     * "As Politico reported on Monday, the deal …": a cue in an "as" clause opening the sentence reports
     * the main clause after its comma. Returns that clause's first token, or -1.
     */
    private int asReported(int k, int tail, int a, int b) {
        if (tail - 1 < a || !t.lower(tail - 1).equals("as") || !clauses.leadsSentence(a, tail - 1)) {
            return -1;
        }
        int comma = clauses.nextComma(k + 1, Math.min(b, k + 8));
        if (comma < 0 || comma + 1 >= b || !clauses.startsClause(comma + 1) || !clauses.hasFiniteVerb(comma + 1, b)) {
            return -1;
        }
        for (int i = k + 1; i < comma; i++) {
            if (cues.isFinite(i) || !t.outside(i) || t.lower(i).equals("that")) {
                return -1;
            }
        }
        return comma + 1;
    }

    /**
     * Where the phrase holding the speaker starts: "a Marine spokeswoman" for the name "Marine"; "Chad's
     * ambassador to France", "records compiled by the Center" after a comma for the name at their end.
     */
    private int phraseStart(SpeakerMention m, int a) {
        int i = m.from();
        while (i > a && t.outside(i - 1) && PHRASE_TAGS.contains(t.pos(i - 1).replace("+PART", "")) && !t.isMark(i - 1)) {
            i--;
        }
        int x = i;
        while (x > a && x > i - Phrases.MAX_TITLE_WORDS * 2 && t.outside(x - 1) && !t.isMark(x - 1)
                && (PHRASE_TAGS.contains(t.pos(x - 1).replace("+PART", "")) || t.pos(x - 1).equals("ADP")
                || t.word(x - 1).equalsIgnoreCase("to")
                || t.pos(x - 1).equals("VERB") && t.word(x - 1).endsWith("ed") && t.pos(x).equals("ADP"))) {
            x--;
        }
        return x < i && x > a && t.word(x - 1).equals(",") && PHRASE_TAGS.contains(t.pos(x).replace("+PART", "")) ? x : i;
    }
}

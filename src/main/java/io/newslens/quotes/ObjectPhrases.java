package io.newslens.quotes;

import java.util.Set;

/**
 * Decides where the object of a verb that takes a position ends, and with it the position: a noun phrase
 * read from the tags (determiners, modifiers, names, possessives, "of" and "and" before more of them) up
 * to a time phrase ("endorsed Cruz last week"), a comma or a verb; the phrases that modify a common noun
 * ("the tumble in oil prices", "concerns that …", "a plan to …"); and what a linking word of the verb
 * carries to the end of its clause ("accused Trump of …", "urged them not to …").
 */
final class ObjectPhrases {

    /** Tags a noun phrase object is made of. */
    private static final Set<String> PHRASE_TAGS = Set.of("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON");
    /** Tags of a phrase's head: what makes it name someone or something. */
    private static final Set<String> HEAD_TAGS = Set.of("PROPN", "NOUN", "PRON", "NUM");
    /** Words that start a time phrase after the object ("endorsed Cruz last week", "… Trump Tuesday"). */
    private static final Set<String> TIME_WORDS = Lexicon.withWeekdays("last", "this", "next", "earlier", "later",
            "yesterday", "today", "tonight", "early", "late", "ago");
    /** Month names, a time word when capitalized ("in March", not "the march route", "may"). */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");
    /** Nouns a time word opens a time phrase with ("last week", "this month"). */
    private static final Set<String> TIME_NOUNS = Set.of("week", "weekend", "month", "year", "morning", "afternoon",
            "evening", "night", "summer", "fall", "spring", "winter");
    /** Tags of what may follow a comma inside a list or apposition of nouns. */
    private static final Set<String> LIST_TAGS = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM", "CCONJ");
    /** The most words a noun phrase object runs before it ends. */
    private static final int MAX_OBJECT = 25;

    private final Tokens t;
    private final Clauses clauses;
    private final Cues cues;

    ObjectPhrases(Tokens t, Clauses clauses, Cues cues) {
        this.t = t;
        this.clauses = clauses;
        this.cues = cues;
    }

    /**
     * The end (exclusive) of the position whose object starts at {@code j}, or -1 when no object starts
     * there: the object, the phrases that modify a common noun ("the tumble in oil prices", "concerns that
     * …", "a plan to …"), and what a linking word of the verb carries ("accused Trump of …", "urged them
     * not to …").
     */
    int contentEnd(int j, int b, Set<String> links) {
        int x = objectEnd(j, b);
        if (x < 0 || x >= b || !t.outside(x)) {
            return x;
        }
        String w = t.lower(x);
        boolean negated = w.equals("not") && x + 1 < b && links.contains(t.lower(x + 1));
        if (links.contains(w) || negated) {
            return restEnd(negated ? x + 2 : x + 1, b);
        }
        // A name or pronoun takes no modifiers ("endorsed Clinton in November"); a common noun's run on
        // ("the tumble in oil prices", "concerns that …", "low growth, unemployment and inequality").
        return t.pos(x - 1).equals("NOUN") ? modifiersEnd(x, b) : x;
    }

    /**
     * Where the modifiers of a common noun end: at the clause's end, a dash, "and" before another verb,
     * a time phrase ("on Tuesday", "last week"), or a comma before a verb, adverb, pronoun or
     * conjunction (", saying …", ", although …"); a comma before more nouns goes on (a list).
     */
    private int modifiersEnd(int from, int b) {
        int end = clauses.clauseEnd(from, b);
        for (int x = from; x < end; x++) {
            String w = t.word(x);
            boolean timed = timePhrase(x, end) || t.pos(x).equals("ADP") && x + 1 < end && dated(x + 1);
            boolean clauseAfterComma = w.equals(",") && x + 1 < end && !LIST_TAGS.contains(t.pos(x + 1));
            if (t.outside(x) && (timed || clauseAfterComma || w.equals("—") || w.equals("–")
                    || t.pos(x).equals("CCONJ") && x + 1 < end && verbAfter(x + 1, end))) {
                return x;
            }
        }
        return end;
    }

    /**
     * "the business mogul but not naming him", "his plan and called for …": a verb after the conjunction,
     * tensed or not, joins another predicate of the subject, no modifier of the object.
     */
    private boolean verbAfter(int x, int end) {
        int v = x;
        while (v < end && (t.pos(v).equals("ADV") || t.lower(v).equals("not"))) {
            v++;
        }
        return v < end && (cues.isFinite(v) || t.pos(v).equals("VERB"));
    }

    /** "Tuesday", "yesterday", "last week", "this month": a time phrase starts at {@code x}. */
    private boolean timePhrase(int x, int b) {
        String w = t.lower(x);
        boolean day = Lexicon.WEEKDAYS.contains(w) || w.equals("yesterday") || w.equals("today") || w.equals("tonight");
        return day || TIME_WORDS.contains(w) && x + 1 < b && TIME_NOUNS.contains(t.lower(x + 1));
    }

    private boolean timeWord(int i) {
        String w = t.lower(i);
        return TIME_WORDS.contains(w) || MONTHS.contains(w) && Character.isUpperCase(t.word(i).charAt(0));
    }

    /** A time word or year, which makes the phrase it opens an adjunct ("in 2008", "on Tuesday"). */
    private boolean dated(int i) {
        return timeWord(i) || t.pos(i).equals("NUM") && t.word(i).matches("(19|20)\\d\\d");
    }

    /**
     * The end (exclusive) of the noun phrase object that starts at {@code j}, or -1 when none starts there:
     * determiners, modifiers, names and possessives, "of" and "and" before more of them, up to a time word.
     */
    private int objectEnd(int j, int b) {
        if ((timeWord(j) || timePhrase(j, b)) && !t.lower(j).endsWith("'s") && !t.lower(j).endsWith("’s")) {
            // "announced Friday", "promised Sunday at a rally to …": a time word after the verb is no
            // object ("criticized Monday's debate" has one).
            return -1;
        }
        int x = j;
        boolean head = false;
        while (x < b && x - j < MAX_OBJECT && t.outside(x)) {
            String w = t.lower(x);
            boolean more = x + 1 < b && PHRASE_TAGS.contains(t.pos(x + 1));
            if (x > j && timeWord(x)) {
                break;
            }
            // "Trump's/PROPN+PART": a name with its possessive in one token is a name.
            String tag = firstTag(x);
            if (PHRASE_TAGS.contains(tag) || POSSESSIVE_MARKS.contains(w) || innerHyphen(x, j, b) || misreadHead(x, j, b)) {
                head |= HEAD_TAGS.contains(tag);
            } else if (!(head && more && (w.equals("of") || w.equals("and")))) {
                break;
            }
            x++;
        }
        return head ? x : -1;
    }

    /**
     * "the first Trump-Kim summit/VERB in June": a bare verb form after the phrase's modifiers and before
     * a preposition or the clause's end heads the phrase, whatever the tagger made of it.
     */
    private boolean misreadHead(int x, int j, int b) {
        String w = t.lower(x);
        boolean bare = t.pos(x).equals("VERB") && !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing");
        boolean afterModifier = x > j && (t.pos(x - 1).equals("PROPN") || t.pos(x - 1).equals("ADJ"));
        boolean ends = x + 1 >= b || t.pos(x + 1).equals("ADP") || t.pos(x + 1).equals("PUNCT");
        return bare && afterModifier && ends;
    }

    private String firstTag(int x) {
        String tag = t.pos(x);
        int plus = tag.indexOf('+');
        return plus < 0 ? tag : tag.substring(0, plus);
    }

    /** A hyphen inside a word the tokenizer split ("the Trump-Kim summit", "a long-term plan"). */
    private boolean innerHyphen(int x, int j, int b) {
        return t.word(x).equals("-") && x > j && x + 1 < b && t.get(x - 1).end() == t.get(x).start()
                && t.get(x).end() == t.get(x + 1).start();
    }

    /** Where what a linking word carries ends: the clause's end, a comma, or "and" before another verb. */
    private int restEnd(int from, int b) {
        int end = clauses.clauseEnd(from, b);
        for (int x = from + 1; x < end; x++) {
            String w = t.word(x);
            if (t.outside(x) && (w.equals(",") || w.equals("—") || w.equals("–") || w.equals("(")
                    || t.pos(x).equals("CCONJ") && x + 1 < end && cues.isFinite(x + 1))) {
                return x;
            }
        }
        return end;
    }
}

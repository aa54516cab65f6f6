package io.newslens.quotes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.newslens.model.Quote;
import io.newslens.nlp.Token;

/**
 * Decides what a noun of saying or thinking attributes to its possessor: "Trump's claim that CLAUSE",
 * "the senator's argument that CLAUSE", "his view that CLAUSE". The possessor (a name or description
 * with "'s", or a possessive pronoun) holds the clause, as a subject holds what its verb reports; the
 * noun tells whether it is speech ("claim") or belief ("view"). Where the noun phrase is its sentence's
 * subject ("Lowe's claim that the budget was balanced drew criticism"), the clause ends before the
 * sentence's own verb. Nouns of position taking and communication attribute the phrase after their
 * preposition the same way ("Trump's criticism of the deal", "her remarks about immigrants":
 * object-nouns.txt), as the verbs they come from attribute their object.
 */
final class NominalCues {

    /** What a noun attributes: the clause and who holds it, and whether it is speech or belief. */
    record Found(Report report, Quote.Mode mode) {
    }

    private static final Map<String, String> PRONOUNS = Map.of("his", "he", "her", "she", "their", "they",
            "its", "it");
    private static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    /** Sentence ends the tokenizer may leave inside one sentence. */
    private static final Set<String> ENDS = Set.of(".", ";", "!", "?");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "not");
    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "ADV");
    private static final int MAX_MODIFIERS = 3;
    /** Verbs that lend their subject to a noun of saying as their object: "made the case that …". */
    private static final Set<String> LIGHT_VERBS = Set.of("made", "makes", "make", "making", "offered", "offers",
            "gave", "gives", "raised", "raises");
    private static final Map<String, ObjectNoun> NOUNS = read("cue-nouns.txt");
    /** Nouns whose object follows one of their prepositions, with the mode of what they attribute. */
    private static final Map<String, ObjectNoun> OBJECT_NOUNS = read("object-nouns.txt");

    /** A listed noun: the mode of what it attributes, and the prepositions that open its object. */
    private record ObjectNoun(Quote.Mode mode, Set<String> prepositions) {
    }

    private final Tokens t;
    private final Grammar g;
    private final ObjectPhrases objects;

    NominalCues(Grammar g) {
        this.t = g.t();
        this.g = g;
        this.objects = new ObjectPhrases(g.t(), g.clauses(), g.cues());
    }

    /** What the noun at {@code k} of sentence [a, b) attributes, or null when it is no such cue there. */
    Found of(int k, int a, int b) {
        ObjectNoun noun = t.outside(k) ? NOUNS.get(t.lower(k)) : null;
        Quote.Mode mode = noun == null ? null : noun.mode();
        if (mode == null || !t.pos(k).startsWith("NOUN") || k + 2 >= b || !t.word(k + 1).equalsIgnoreCase("that")
                || !clauseAt(k + 2, b)) {
            return objectOf(k, a, b);
        }
        SpeakerMention m = holder(k, a);
        if (m == null) {
            return null;
        }
        int start = k + 2;
        int end = subjectPhrase(m.from(), a) ? beforeMainVerb(start, b) : g.clauses().clauseEnd(start, b);
        return new Found(new Report(start, end, k, m), mode);
    }

    /** "Trump's criticism of the deal": the object after the noun's preposition, held by its possessor. */
    private Found objectOf(int k, int a, int b) {
        ObjectNoun noun = t.outside(k) && t.pos(k).startsWith("NOUN") ? OBJECT_NOUNS.get(t.lower(k)) : null;
        if (noun == null || k + 2 >= b || !noun.prepositions().contains(t.lower(k + 1))) {
            return null;
        }
        SpeakerMention m = holder(k, a);
        int end = m == null ? -1 : objects.contentEnd(k + 2, b, Set.of());
        if (m != null && end > k + 2 && subjectPhrase(m.from(), a)) {
            // "The senator's remarks about immigrants angered many": the sentence's own verb ends it.
            end = Math.min(end, nextFinite(k + 2, end));
        }
        return end <= k + 2 ? null : new Found(new Report(k + 2, end, k, m), noun.mode());
    }

    private int nextFinite(int from, int to) {
        int i = from;
        while (i < to && !g.cues().isFinite(i)) {
            i++;
        }
        return i;
    }

    /**
     * Who holds the noun at {@code k}: its possessor ("Trump's claim"), else the subject of the light
     * verb whose object it is ("Clinton made the case that …", "he offered a defense of …"); or null.
     */
    private SpeakerMention holder(int k, int a) {
        int p = k - 1;
        while (p > a && p >= k - MAX_MODIFIERS && MODIFIER_TAGS.contains(t.pos(p)) && t.outside(p)) {
            p--;
        }
        SpeakerMention m = p >= a ? possessor(p, a) : null;
        return m != null || p < a ? m : lightVerbSubject(t.pos(p).equals("DET") ? p - 1 : p, a);
    }

    /** The subject of the light verb at {@code v} ("made", "offered", "gave"), or null when none stands there. */
    private SpeakerMention lightVerbSubject(int v, int a) {
        if (v < a || !t.outside(v) || !LIGHT_VERBS.contains(t.lower(v)) || g.voice().passive(v, a)) {
            return null;
        }
        return g.cueSpeakers().subject(v, a, false);
    }

    /** "his", "her", "their", "its", or a phrase ending in "'s": who holds the claim; else null. */
    private SpeakerMention possessor(int p, int a) {
        String w = t.word(p);
        String pronoun = PRONOUNS.get(w.toLowerCase(Locale.ROOT));
        if (pronoun != null) {
            Lexicon.Gender gender = pronoun.equals("he") ? Lexicon.Gender.MALE
                    : pronoun.equals("she") ? Lexicon.Gender.FEMALE : Lexicon.Gender.UNKNOWN;
            Token tok = t.get(p);
            return new SpeakerMention(p, p + 1, tok.start(), tok.end(), SpeakerMention.Kind.PRONOUN, pronoun, gender,
                    gender != Lexicon.Gender.UNKNOWN);
        }
        if (w.equals("'s") || w.equals("’s")) {
            return p - 1 >= a ? g.phrases().phraseEndingAt(p - 1, a) : null;
        }
        if (!w.endsWith("'s") && !w.endsWith("’s")) {
            return null;
        }
        // "Lowe's/PROPN+PART", "the senator's/NOUN+PART": the phrase the possessive ends.
        int from = p;
        while (from > a && t.outside(from - 1) && PHRASE_TAGS.contains(t.pos(from - 1))) {
            from--;
        }
        // The tagger reads some possessive names as verbs ("Trump's/VERB criticism"): a capital makes it a name.
        boolean named = Character.isUpperCase(w.charAt(0));
        SpeakerMention m = PHRASE_TAGS.contains(t.pos(p).replace("+PART", "")) || named
                ? g.phrases().fromRange(from, p + 1) : null;
        return m == null || m.kind() != SpeakerMention.Kind.DESCRIPTION ? m : withoutPossessive(m);
    }

    /** "the senator's" names "the senator", whose role the speaker is looked up by. */
    private static SpeakerMention withoutPossessive(SpeakerMention m) {
        String name = m.name();
        if (!name.endsWith("'s") && !name.endsWith("’s")) {
            return m;
        }
        return new SpeakerMention(m.from(), m.to(), m.start(), m.end() - 2, m.kind(), name.substring(0, name.length() - 2),
                m.gender(), m.person());
    }

    /** A clause opens at {@code j}: a subject-like word, then its own tensed verb before any break. */
    private boolean clauseAt(int j, int b) {
        return t.outside(j) && !t.pos(j).equals("VERB") && !t.pos(j).equals("ADV") && g.clauses().startsClause(j)
                && g.clauses().hasFiniteVerb(j, b);
    }

    /** No verb stands between the sentence's start (or an earlier one's end) and the phrase: it is the subject. */
    private boolean subjectPhrase(int from, int a) {
        for (int i = from - 1; i >= a && !ENDS.contains(t.word(i)); i--) {
            if (g.cues().isFinite(i) || t.pos(i).equals("VERB")) {
                return false;
            }
        }
        return true;
    }

    /** The clause's verb group ends before the next tensed verb, the sentence's own. */
    private int beforeMainVerb(int start, int b) {
        int i = start;
        while (i < b && !g.cues().isFinite(i)) {
            i++;
        }
        i++;
        // The verb group goes on only after an auxiliary: "was lost", "has been", not "was lost drew".
        while (i < b && (t.pos(i).equals("ADV") || t.pos(i).equals("PART")
                || t.pos(i).equals("VERB") && AUXILIARIES.contains(t.lower(i - 1)))) {
            i++;
        }
        for (int x = i; x < b; x++) {
            boolean joined = t.pos(x - 1).equals("CCONJ") || t.word(x - 1).equalsIgnoreCase("that")
                    || t.pos(x - 1).startsWith("PRON");
            if (g.cues().isFinite(x) && !joined) {
                return x;
            }
        }
        return g.clauses().clauseEnd(start, b);
    }

    /** The nouns of a list and the mode each attributes; with their "@" prepositions, for object nouns. */
    private static Map<String, ObjectNoun> read(String resource) {
        Map<String, ObjectNoun> out = new HashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] words = line.split("\\s+");
            Quote.Mode mode = Quote.Mode.valueOf(words[0].toUpperCase(Locale.ROOT));
            Set<String> preps = Arrays.stream(words).filter(w -> w.startsWith("@")).map(w -> w.substring(1))
                    .collect(Collectors.toUnmodifiableSet());
            Arrays.stream(words, 1, words.length).filter(w -> !w.startsWith("@"))
                    .forEach(w -> out.put(w, new ObjectNoun(mode, preps)));
        }
        return Map.copyOf(out);
    }
}

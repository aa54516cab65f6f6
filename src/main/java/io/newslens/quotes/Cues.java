package io.newslens.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which tokens cue a quote: speech verbs in the positions where they report ("Smith said", "…, saying
 * …", "according to"), and the tensed verbs that tell a clause from a phrase.
 */
final class Cues {

    /** Forms that are speech verbs whatever the tagger says ("spokesman Martin Masse said/NOUN"). */
    private static final Set<String> UNTAGGED_CUES = Set.of("said", "says", "told", "tells");
    private static final Pattern CONTRACTION = Pattern.compile(
            "(?i)(he|she|it|they|we|i|you|that|there)['’](s|re|ll|d|ve|m)");
    /** "shouldn’t", "won't": a negated auxiliary the tokenizer left whole is a tensed verb whatever its tag. */
    private static final Pattern NEGATED_AUX = Pattern.compile("(?i)\\p{L}+n['’]t");
    private static final Set<String> TENSED_AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "should", "may", "might", "must", "does", "did");
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("he", "she", "it", "they", "i");
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "been", "be", "am");
    /** Particles between a verb and its "that" clause: "pointed out that", "wrote back that". */
    private static final Set<String> PARTICLES = Set.of("out", "up", "down", "back");
    private static final Set<String> ARTICLES_AND_TO = Set.of("a", "an", "the", "to");

    /** Tags that open a reported clause right after its verb: "shows Clinton leads", "found that …". */
    private static final Set<String> OPENS_CLAUSE = Set.of("PROPN", "DET", "PRON", "NUM", "SCONJ");

    private final Tokens t;
    private final Phrases phrases;
    private final Lexicon lex = Lexicon.INSTANCE;

    Cues(Tokens tokens, Phrases phrases) {
        this.t = tokens;
        this.phrases = phrases;
    }

    /** A speech verb outside quotes. */
    boolean isCue(int i) {
        if (i < 0 || i >= t.size() || !t.outside(i)) {
            return false;
        }
        String w = t.word(i);
        if (lex.speechLemma(w) == null && !lex.isNamingVerb(w)) {
            return false;
        }
        // After a comma, or after a closing mark whose quote ends with one ("“…,” saying …").
        if (UNTAGGED_CUES.contains(w.toLowerCase(Locale.ROOT)) || inflectedAfterSubject(i) || inflectedBeforeThat(i)) {
            return true;
        }
        boolean afterComma = i > 0 && (t.word(i - 1).equals(",") || t.isMark(i - 1) && t.outside(i - 1)
                && t.text.substring(0, t.get(i - 1).start()).endsWith(","));
        if (w.endsWith("ing")) {
            return afterComma || progressive(i);
        }
        if (i > 1 && t.word(i - 1).equals("-") && t.word(i - 2).equalsIgnoreCase("so")) {
            return false;
        }
        return t.pos(i).equals("VERB") || w.endsWith("ed") && afterComma;
    }

    /**
     * "argues/NOUN that families want …", "estimates/NOUN that it would cost …": an inflected speech verb
     * form before a "that" clause is the verb, whatever the tagger made of it.
     */
    private boolean inflectedBeforeThat(int i) {
        String w = t.word(i);
        boolean inflected = !w.equalsIgnoreCase(lex.speechLemma(w)) && !w.endsWith("ing") && Character.isLowerCase(w.charAt(0));
        return inflected && i > 0 && !t.pos(i - 1).equals("DET") && !t.pos(i - 1).equals("ADP") && thatClause(thatAfter(i));
    }

    /** The "that" at {@code that} opens a clause with its own tensed verb before any punctuation. */
    private boolean thatClause(int that) {
        if (that < 0 || that + 2 >= t.size() || !t.outside(that + 1)) {
            return false;
        }
        String next = t.pos(that + 1);
        if (next.equals("PUNCT") || next.equals("VERB") || next.startsWith("AUX")) {
            return false;
        }
        for (int x = that + 2; x < t.size() && x < that + 14 && t.outside(x); x++) {
            if (isFinite(x)) {
                return true;
            }
            if (t.pos(x).equals("PUNCT")) {
                return false;
            }
        }
        return false;
    }

    /** The "that" after the verb at {@code i} and its adverbs or particle ("pointed out that"), or -1. */
    int thatAfter(int i) {
        int j = i + 1;
        while (j < t.size() && j <= i + 3 && t.outside(j) && (t.pos(j).equals("ADV") || PARTICLES.contains(t.word(j)))) {
            j++;
        }
        return j < t.size() && t.outside(j) && t.word(j).equalsIgnoreCase("that") ? j : -1;
    }

    boolean isSpeechCue(int i) {
        return isCue(i) && !lex.isNamingVerb(t.word(i));
    }

    /** "McEwan alleges/NOUN he …": an inflected speech verb right after a name or pronoun is a verb. */
    private boolean inflectedAfterSubject(int i) {
        String w = t.word(i);
        boolean inflected = !w.equals(lex.speechLemma(w)) && Character.isLowerCase(w.charAt(0)) && !w.endsWith("ing");
        return inflected && i > 0 && t.outside(i - 1)
                && (t.pos(i - 1).equals("PROPN") && !pluralNounBeforeRelative(i) || phrases.isSubjectPronoun(i - 1) || coordinatedCue(i)
                || determinedNoun(i - 1) && i + 1 < t.size() && OPENS_CLAUSE.contains(t.pos(i + 1))
                && !pluralNounBeforeRelative(i) || trailingAfterComma(i));
    }

    /**
     * "swing states whose votes count", "the early voting states that precede it": after a name or noun,
     * a plural noun that a relative clause follows, not a verb with its complement.
     */
    private boolean pluralNounBeforeRelative(int i) {
        if (i + 1 >= t.size() || !t.outside(i + 1)) {
            return false;
        }
        String next = t.lower(i + 1);
        boolean relative = next.equals("whose") || next.equals("which") || next.equals("who")
                || next.equals("that") && i + 2 < t.size() && (t.pos(i + 2).equals("VERB") || t.pos(i + 2).startsWith("AUX"));
        return relative;
    }

    /**
     * "…, the lawsuit alleges/NOUN.": after a comma, a determiner's noun phrase and an inflected speech
     * verb that ends the sentence are an attribution after what it reports, whatever the tagger says.
     */
    private boolean trailingAfterComma(int i) {
        if (i + 1 < t.size() && !t.pos(i + 1).equals("PUNCT") || !determinedNoun(i - 1)) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && !t.pos(k).equals("DET")) {
            k--;
        }
        return k > 0 && t.word(k - 1).equals(",");
    }

    /**
     * "A new poll shows/NOUN Clinton leads", "The Sanders campaign thinks/NOUN he …": the noun ends a phrase
     * its determiner opens, so the next word is its verb.
     */
    boolean determinedNoun(int j) {
        if (!t.pos(j).equals("NOUN")) {
            return false;
        }
        for (int k = j - 1; k >= 0 && k >= j - 4 && t.outside(k); k--) {
            String pos = t.pos(k);
            if (pos.equals("DET")) {
                return true;
            }
            if (!pos.equals("ADJ") && !pos.equals("NOUN") && !pos.equals("NUM") && !pos.equals("PROPN")) {
                return false;
            }
        }
        return false;
    }

    /** "… and alleges that …": a second speech verb of the same subject. */
    boolean coordinatedCue(int i) {
        return t.pos(i - 1).equals("CCONJ") && i + 1 < t.size() && t.word(i + 1).equalsIgnoreCase("that");
    }

    boolean isAccordingTo(int i) {
        return i + 1 < t.size() && t.outside(i) && t.word(i).equalsIgnoreCase("according")
                && t.word(i + 1).equalsIgnoreCase("to");
    }

    /** "…, saying …": a participle cue after a comma. */
    boolean isParticipleCue(int i) {
        return isCue(i) && t.word(i).endsWith("ing") && !progressive(i);
    }

    /**
     * "Clinton is declaring that …", "he is saying …": the -ing form is the tensed verb. Other verbs
     * report only with "that" ("is signalling some members …" names no statement).
     */
    boolean progressive(int i) {
        boolean reports = "say".equals(lex.speechLemma(t.word(i)))
                || i + 1 < t.size() && t.word(i + 1).equalsIgnoreCase("that");
        if (!reports) {
            return false;
        }
        int j = i - 1;
        while (j > 0 && t.pos(j).equals("ADV")) {
            j--;
        }
        return j >= 0 && t.outside(j) && BE_FORMS.contains(t.lower(j));
    }

    /** A tensed verb: not a participle, not an infinitive ("to lack"), not a modifier ("a written …"). */
    boolean isFinite(int i) {
        String pos = t.pos(i);
        if (pos.startsWith("AUX") || pos.contains("+AUX") || NEGATED_AUX.matcher(t.word(i)).matches()) {
            return true;
        }
        if (TENSED_AUXILIARIES.contains(t.lower(i)) && t.outside(i)) {
            // "voters passing by were/ADV very polite": these forms are tensed whatever the tagger says.
            return true;
        }
        boolean modified = i > 0 && ARTICLES_AND_TO.contains(t.lower(i - 1));
        return pos.equals("VERB") && !t.word(i).endsWith("ing") && !modified || presentTaggedNoun(i) || verbAfterPronoun(i);
    }

    /**
     * "they welcome/ADV the attention", "they welcome/INTJ …", "she differs/NOUN": a lowercase word right after a subject pronoun
     * is its verb whatever its tag, as no noun or adjective follows "he", "she", "it", "they" or "I"
     * ("we"/"you" are left out: "we voters", "you people").
     */
    private boolean verbAfterPronoun(int i) {
        String pos = t.pos(i);
        // "they like/ADP the …", "they welcome/ADV the …": an adverb or preposition only when an object follows.
        boolean object = i + 1 < t.size() && (t.pos(i + 1).equals("DET") || t.pos(i + 1).equals("NOUN"));
        boolean misread = pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("INTJ")
                || (pos.equals("ADV") || pos.equals("ADP")) && object;
        return misread && i > 0 && t.outside(i) && t.outside(i - 1)
                && PRONOUN_SUBJECTS.contains(t.word(i - 1).toLowerCase(Locale.ROOT))
                && Character.isLowerCase(t.word(i).charAt(0)) && !t.word(i).endsWith("ing");
    }

    /**
     * "each year of schooling yields/NOUN a rise", "the plan costs/NOUN us": a present-tense verb the
     * tagger read as a plural noun. It follows the head of its subject (a noun, a name) and comes
     * before an article, a number or a pronoun, where a plural noun would end its phrase first.
     */
    private boolean presentTaggedNoun(int i) {
        if (!t.pos(i).equals("NOUN") || i == 0 || i + 1 >= t.size() || !t.outside(i)) {
            return false;
        }
        String w = t.word(i);
        boolean thirdPerson = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is") && Character.isLowerCase(w.charAt(0));
        String before = t.pos(i - 1);
        String after = t.pos(i + 1);
        return thirdPerson && (before.equals("NOUN") || before.equals("PROPN"))
                && (after.equals("DET") || after.equals("NUM") || after.equals("PRON") && !t.lower(i + 1).equals("that"));
    }

    /** "they're", "don't": a token that holds two words, a contraction or a negated auxiliary. */
    boolean holdsTwoWords(int j) {
        return isContraction(j) || NEGATED_AUX.matcher(t.word(j)).matches();
    }

    /** "he’s", "they're": a subject and its verb in one token, whatever the tagger made of it. */
    boolean isContraction(int j) {
        return CONTRACTION.matcher(t.word(j)).matches();
    }
}

package io.newslens.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.newslens.nlp.Token;

/**
 * Finds the noun phrase that speaks: the subject before a speech verb, the subject after it ("said
 * Palvetzian"), or the phrase after "according to"; and turns it into a {@link SpeakerMention}.
 * Works on part-of-speech tags only (no parser): names are runs of proper nouns, descriptions are
 * determiner-adjective-noun runs.
 */
final class Phrases {

    /** The most words a title takes: a job title before a name ("commissioner Ron …"), a headline in quote marks. */
    static final int MAX_TITLE_WORDS = 6;
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");
    /** The longest bracket after a name that glosses it: "(R-Ga.)", "(D-N.Y.)", "(@handle)". */
    private static final int MAX_GLOSS_TOKENS = 8;
    /** The longest adverbial between a relative pronoun and its verb ("who, on a call Friday, said"). */
    private static final int MAX_RELATIVE_ADVERBIAL = 12;
    private static final Set<String> SKIPPED_BEFORE_VERB = Set.of("also", "still", "has", "have", "had", "will",
            "would", "later", "then", "further", "previously", "recently", "repeatedly", "again", "once",
            "already", "earlier", "subsequently", "reportedly", "publicly", "privately", "separately",
            "simply", "just", "even", "did", "does", "do", "not", "n't", "never", "always", "often",
            "frequently", "first", "initially", "finally", "quickly", "flatly", "bluntly", "openly",
            "clearly", "now", "could", "may", "might", "should", "must", "can", "was", "is",
            "were", "are", "been", "be", "being", "only", "too", "herself", "himself", "themselves", "here", "there",
            "today");
    private static final Set<String> NOT_SPEAKERS = Set.of("some", "many", "others", "few", "most", "all",
            "both", "several", "one", "this", "that", "these", "those", "which", "who", "what", "there",
            "it's", "what's", "time", "times", "ago", "week", "year", "day", "month", "today",
            "yesterday", "tonight", "morning", "afternoon", "evening", "night", "weekend", "last", "next");
    /** Words that are a date when they stand alone ("said Thursday"), though a name after a title. */
    private static final Set<String> DATE_WORDS = Lexicon.withWeekdays("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december");
    private static final Set<String> TIME_WORDS = Lexicon.withWeekdays("night", "morning", "afternoon", "evening", "week",
            "weekend", "month", "year");
    private static final Set<String> TIME_OPENERS = Set.of("on", "last", "this", "earlier", "late", "later", "early");
    private static final Set<String> WEEKDAYS = Lexicon.withWeekdays();
    private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{L}+(an|ese|ish|i|ch)");

    /** Quantifiers that stand for a group's members: "others say", "most of them said". */
    private static final Set<String> GROUP_WORDS = Set.of("others", "some", "many", "most", "few", "several", "all",
            "both", "none", "each", "another", "one");
    /** Pronouns that name the group after a quantifier's "of": "most of them". */
    private static final Set<String> GROUP_OBJECTS = Set.of("them", "those", "these", "us");

    /** Tags the tagger gives a noun that heads a subject right before its verb ("magnate/VERB says"). */
    private static final Set<String> MISREAD_HEAD_TAGS = Set.of("ADJ", "VERB", "ADV", "AUX");
    /** Tags of the words before a subject's head, inside its phrase. */
    private static final Set<String> MODIFIER_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

    private static final Set<String> MEMBER_PREPOSITIONS = Set.of("with", "of", "from", "at");
    private static final int MAX_APPOSITION = 45;
    /** The longest relative clause or participle's phrase between a subject's head and its verb. */
    private static final int MAX_RELATIVE_CLAUSE = 12;
    private static final Set<String> RELATIVES = Set.of("which", "who", "that", "whose", "whom");

    private final Tokens t;
    private final Lexicon lex = Lexicon.INSTANCE;

    Phrases(Tokens tokens) {
        this.t = tokens;
    }

    /** The subject of the verb at {@code verb}, searched back to token {@code from}; or null. */
    SpeakerMention subjectBefore(int verb, int from) {
        int j = beforeSkipped(verb - 1, from);
        j = beforeTimePhrase(j, from);
        j = beforeBracket(j, from);
        j = beforeDashes(j, from);
        j = beforeAdverbialPhrase(j, from);
        if (j - 1 >= from && t.outside(j) && lower(j).equals("who")) {
            // "veteran MPs who say …", "Heather, who confessed …": the relative's antecedent speaks.
            int antecedent = t.word(j - 1).equals(",") ? j - 2 : j - 1;
            j = antecedent >= from && isNominal(antecedent) ? antecedent : j;
        }
        int comma = -1;
        if (j >= from && t.word(j).equals(",")) {
            comma = j;
            j = beforeApposition(j, from);
        }
        if (j < from || !t.outside(j)) {
            return null;
        }
        SpeakerMention subject = phraseEndingAt(j, from);
        if (subject != null && comma > j + 2 && isNameRun(j + 2, comma)
                && (subject.kind() == SpeakerMention.Kind.DESCRIPTION || comma - (j + 2) >= 2 && !subject.person())) {
            // "DeLaet's agent, Danny Fritz, told …", "the director of EHS, Jeff Fraser, says": the
            // name in apposition says who.
            return fromRange(j + 2, comma);
        }
        SpeakerMention head = isNominal(j) ? modifiedHead(phraseStart(j, from), from) : null;
        if (head != null || subject == null) {
            return head;
        }
        SpeakerMention member = memberOf(subject, from);
        // A subject pronoun ("… when she called") is no relative clause's object.
        SpeakerMention antecedent = comma < 0 && member == null && subject.kind() != SpeakerMention.Kind.PRONOUN
                ? antecedentOf(subject, from) : null;
        return member != null ? member : antecedent != null ? antecedent : subject;
    }

    /**
     * "Officials who spoke with The Huffington Post said", "a source speaking to Fox News said", "a
     * letter obtained by The Associated Press warns": the phrase before the verb ends a relative clause
     * or a participle's phrase on the subject, whose head speaks. Returns that head's phrase, or null.
     */
    private SpeakerMention antecedentOf(SpeakerMention m, int from) {
        boolean verb = false;
        for (int i = m.from() - 1; i > from && i >= m.from() - MAX_RELATIVE_CLAUSE; i--) {
            if (!t.outside(i) || t.pos(i).equals("PUNCT") || t.pos(i).equals("SCONJ")) {
                return null;
            }
            String w = lower(i);
            boolean relative = (w.equals("who") || w.equals("that") && t.pos(i).equals("PRON")) && verb;
            boolean participle = t.pos(i).equals("VERB") && (w.endsWith("ing") || w.endsWith("ed") && lower(i + 1).equals("by"))
                    && t.pos(i + 1).equals("ADP");
            if ((relative || participle) && isNominal(i - 1)) {
                return phraseEndingAt(i - 1, from);
            }
            verb |= t.pos(i).equals("VERB");
        }
        return null;
    }

    /** The last token at or before {@code j} that is no auxiliary or adverb of {@link #SKIPPED_BEFORE_VERB}. */
    private int beforeSkipped(int j, int from) {
        int i = j;
        while (i >= from && t.outside(i) && SKIPPED_BEFORE_VERB.contains(lower(i)) && !isMarkOrPunct(i) && !propn(i)) {
            i--;
        }
        return i;
    }

    /**
     * "Others say", "many believe", "most of them said", "some of the workers think": a quantifier that
     * stands for a group's members, bare or with "of" and the group, is the subject when it opens its
     * clause. The noun phrase rules take no such word for a speaker ("this said", "some time ago").
     */
    SpeakerMention quantifiedBefore(int verb, int from) {
        int j = beforeSkipped(verb - 1, from);
        if (j < from || !t.outside(j)) {
            return null;
        }
        // "most/ADV state parties": a quantifier read as an adverb modifies what follows.
        int q = GROUP_WORDS.contains(lower(j)) && !t.pos(j).equals("ADV") ? j : partitiveStart(j, from);
        boolean opens = q == from || q > from && (t.word(q - 1).equals(",") || t.pos(q - 1).equals("CCONJ")
                || t.pos(q - 1).equals("SCONJ") || lower(q - 1).equals("that"));
        if (q < from || !opens) {
            return null;
        }
        Token a = t.get(q);
        Token b = t.get(j);
        return new SpeakerMention(q, j + 1, a.start(), b.end(), SpeakerMention.Kind.DESCRIPTION,
                t.text.substring(a.start(), b.end()), Lexicon.Gender.UNKNOWN, false);
    }

    /** The quantifier of "most of them", "some of the workers" ending at {@code j}, or -1. */
    private int partitiveStart(int j, int from) {
        int group = GROUP_OBJECTS.contains(lower(j)) ? j : isNominal(j) ? phraseStart(j, from) : -1;
        int q = group - 2;
        return q >= from && lower(group - 1).equals("of") && GROUP_WORDS.contains(lower(q)) && t.outside(q) ? q : -1;
    }

    /**
     * "Sanders on Tuesday said", "the campaign last week said": a time phrase between the subject and
     * its verb is skipped. Returns the token before it, or {@code j} when none ends there.
     */
    private int beforeTimePhrase(int j, int from) {
        int i = j;
        while (i >= from && t.outside(i) && TIME_WORDS.contains(lower(i))) {
            i--;
        }
        if (i == j || i < from) {
            return j;
        }
        if (!TIME_OPENERS.contains(lower(i))) {
            // "Priebus Thursday told …": a bare weekday after a name.
            return i == j - 1 && WEEKDAYS.contains(lower(j)) && t.pos(i).equals("PROPN") ? i : j;
        }
        return beforeSkipped(i - 1, from);
    }

    /**
     * "allies have in the past said", "researchers have for years been saying": a phrase of common
     * nouns after a preposition is the preposition's object, never the subject; the subject comes before
     * it. Returns the token before the prepositional phrase (and the auxiliaries before that), or
     * {@code j} when no such phrase ends there.
     */
    private int beforeAdverbialPhrase(int j, int from) {
        if (j < from || !t.outside(j) || !t.pos(j).equals("NOUN")) {
            return j;
        }
        int i = phraseStart(j, from);
        if (i - 2 < from || !t.pos(i - 1).equals("ADP") || MEMBER_PREPOSITIONS.contains(lower(i - 1))
                || !t.outside(i - 1)) {
            return j;
        }
        for (int k = i; k <= j; k++) {
            if (propn(k)) {
                return j;
            }
        }
        int p = beforeSkipped(i - 2, from);
        return p >= from && isNominal(p) ? p : j;
    }

    /**
     * The relative pronoun that is the subject of the verb at {@code verb} ("Clinton, who once
     * praised …", "a group which says …"), or -1: the speaker is its antecedent, the words that
     * attribute are the pronoun.
     */
    int relativeSubject(int verb, int from) {
        int j = verb - 1;
        while (j >= from && t.outside(j) && SKIPPED_BEFORE_VERB.contains(lower(j)) && !isMarkOrPunct(j)) {
            j--;
        }
        j = beforeRelativeAdverbial(beforeTimePhrase(j, from), from);
        return j > from && t.outside(j) && (lower(j).equals("who") || lower(j).equals("which")) ? j : -1;
    }

    /**
     * "Zucker, who in the past has voiced …", "the woman, who like many did not want …", "Stephens,
     * who, after trading insults, said …": an adverbial, bare or set off by commas, between a relative
     * pronoun and its verb. Returns the pronoun, or {@code j} when no such adverbial ends at {@code j}.
     */
    private int beforeRelativeAdverbial(int j, int from) {
        if (j < from || !t.outside(j)) {
            return j;
        }
        boolean commas = t.word(j).equals(",");
        if (!commas && (propn(j) || isSubjectPronoun(j))) {
            // "who until Sanders decided …": the name is the verb's own subject.
            return j;
        }
        for (int i = commas ? j - 1 : j; i > from && i >= j - MAX_RELATIVE_ADVERBIAL; i--) {
            if (!t.outside(i) || t.isMark(i)) {
                return j;
            }
            String w = lower(i);
            if (w.equals("who") || w.equals("which")) {
                boolean opens = commas ? t.word(i + 1).equals(",") && i + 1 < j - 1
                        : i < j && (t.pos(i + 1).equals("ADP") || TIME_OPENERS.contains(lower(i + 1)));
                return opens ? i : j;
            }
            // Unless commas set it off, the adverbial holds no verb and no comma of its own.
            if (!commas && (w.equals(",") || t.pos(i).equals("VERB") || t.pos(i).startsWith("AUX"))) {
                return j;
            }
        }
        return j;
    }

    /**
     * "Sen. David Perdue (R-Ga.) said": a short bracket right after a name (a party and state, an
     * age, a handle) glosses the name, so the name before it is the subject. Returns the token the
     * subject ends at: the name before the bracket, or {@code j} when no such bracket ends there.
     */
    private int beforeBracket(int j, int from) {
        if (j < from || !t.outside(j) || !t.word(j).equals(")")) {
            return j;
        }
        for (int p = j - 1; p > from && p >= j - MAX_GLOSS_TOKENS; p--) {
            if (t.word(p).equals("(")) {
                return propn(p - 1) ? p - 1 : j;
            }
            if (!t.outside(p) || t.word(p).equals(")")) {
                return j;
            }
        }
        return j;
    }

    /**
     * "Jason Sims — a teacher from Mount Pleasant — says", "Joyce — who is listed as an attorney — told":
     * an aside between dashes after the subject is skipped, as one between commas is. Returns the token
     * before the opening dash when a noun phrase ends there that opens its clause ("insiders in the next
     * two states — …"), or {@code j}. A phrase a determiner opens is left alone: "the Liberal Party — in
     * third place — announced" is an organization's act, which GGT does not count as speech.
     */
    private int beforeDashes(int j, int from) {
        if (j < from || !t.outside(j) || !isDash(j)) {
            return j;
        }
        for (int p = j - 1; p > from && p >= j - MAX_APPOSITION; p--) {
            if (!t.outside(p) || t.isMark(p)) {
                return j;
            }
            if (isDash(p)) {
                int end = p - 1 >= from && isNominal(p - 1) ? beforeAdverbialPhrase(p - 1, from) : -1;
                int start = end < 0 ? -1 : phraseStart(end, from);
                boolean opens = start >= 0 && (start == from || t.word(start - 1).equals(",")
                        || t.pos(start - 1).equals("CCONJ") || t.pos(start - 1).equals("SCONJ"));
                return opens && !t.pos(start).equals("DET") ? end : j;
            }
        }
        return j;
    }

    /** A dash that sets off an aside: "—", "–", "--", or a hyphen with spaces around it. */
    boolean isDash(int i) {
        String w = t.word(i);
        return w.equals("—") || w.equals("–") || w.equals("--")
                || w.equals("-") && !attached(i) && i + 1 < t.size() && t.get(i).end() < t.get(i + 1).start();
    }

    /** "The board decision allowing his release said": the phrase before the participle speaks. */
    private SpeakerMention modifiedHead(int objectStart, int from) {
        int p = objectStart - 1;
        // The object opens with a determiner: "managing director Stephen Norman" is one phrase.
        boolean participle = p - 1 >= from && t.pos(p).equals("VERB") && lower(p).endsWith("ing")
                && t.outside(p) && isNominal(p - 1) && startsPhrase(objectStart);
        return participle ? phraseEndingAt(p - 1, from) : null;
    }

    /** "Tim Guest with the health authority says": the person before "with"/"of"/"from" speaks for it. */
    private SpeakerMention memberOf(SpeakerMention group, int from) {
        int p = group.from() - 1;
        if (p > from && t.pos(p).equals("DET")) {
            p--;
        }
        if (p - 1 < from || !MEMBER_PREPOSITIONS.contains(lower(p)) || !propn(p - 1)) {
            return null;
        }
        SpeakerMention person = phraseEndingAt(p - 1, from);
        boolean opens = person != null && (person.from() == from || person.from() == t.sentenceStart(person.from()));
        return opens && person.kind() == SpeakerMention.Kind.NAME && person.name().contains(" ") ? person : null;
    }

    private boolean isNameRun(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!propn(i) && !inName(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Skips back over appositions and relative clauses between commas ("Kim Yo Jong, the sister of
     * the leader, said"), returning the last token of the subject, or -1. Of several commas, the
     * phrase that opens the sentence wins ("Tareq Hadad, the co-founder of X, a company in Y, says").
     */
    private int beforeApposition(int comma, int from) {
        int nearest = -1;
        for (int k = comma - 1; k >= from && k >= comma - MAX_APPOSITION; k--) {
            if (!t.outside(k) || t.isMark(k)) {
                break;
            }
            int end = k - 1 >= from ? beforeBracket(k - 1, from) : k - 1;
            if (t.word(k).equals(",") && end >= from && isNominal(end)) {
                // "Sen. Johnny Isakson (R-Ga.), one of the co-authors, said": the gloss is skipped too.
                SpeakerMention m = phraseEndingAt(end, from);
                // The phrase opens the sentence (its first name perhaps mis-tagged: "Tareq/VERB Hadad").
                if (m != null && (m.from() == from || m.from() == from + 1 && capitalized(from) && !adverbialOpener(from))) {
                    return end;
                }
                if (nearest < 0) {
                    nearest = end;
                }
            }
        }
        return nearest;
    }

    /**
     * "In his response, …", "At Boca West, …", "Speaking at …, …": a preposition or a participle
     * opening the sentence makes the phrase after it an adverbial, no subject.
     */
    private boolean adverbialOpener(int i) {
        String pos = t.pos(i);
        return pos.equals("ADP") || pos.equals("SCONJ") || lower(i).endsWith("ing");
    }

    /** The subject right after a verb ("said Palvetzian, CEO of …"), or null. */
    SpeakerMention subjectAfter(int first, int to) {
        if (first >= to || !t.outside(first)) {
            return null;
        }
        if (isSubjectPronoun(first)) {
            return endsPhrase(first + 1, to) ? pronoun(first) : null;
        }
        int j = first;
        while (j < to && t.outside(j) && inPhrase(j, j > first)) {
            j++;
        }
        if (j == first || !endsPhrase(j, to) || !isNominal(j - 1)) {
            return null;
        }
        SpeakerMention m = fromRange(first, j);
        SpeakerMention named = m != null && m.kind() == SpeakerMention.Kind.DESCRIPTION ? appositiveName(j, to) : null;
        return named != null ? named : m;
    }

    /**
     * "said the group's director, Mary Smith.": a name set off after a description names the one it
     * describes, and is the speaker a reader would give. Only a name that ends the phrase.
     */
    private SpeakerMention appositiveName(int comma, int to) {
        if (comma + 1 >= to || !t.word(comma).equals(",") || !t.outside(comma + 1) || !propn(comma + 1)) {
            return null;
        }
        int k = comma + 1;
        while (k < to && t.outside(k) && (propn(k) || inName(k))) {
            k++;
        }
        boolean ends = k >= to || t.pos(k).equals("PUNCT") || t.isMark(k);
        SpeakerMention name = ends ? fromRange(comma + 1, k) : null;
        return name != null && name.kind() == SpeakerMention.Kind.NAME ? name : null;
    }

    /** Whether the phrase may end before token {@code j}: punctuation, a preposition or the end. */
    private boolean endsPhrase(int j, int to) {
        if (j >= to) {
            return true;
        }
        String pos = t.pos(j);
        return pos.equals("PUNCT") || pos.equals("ADP") || pos.equals("ADV") || pos.equals("SCONJ")
                || pos.equals("CCONJ") || t.isMark(j) || pos.equals("VERB") && t.word(j).endsWith("ing");
    }

    /** The phrase from {@code first} up to the next comma or the end ("according to X, …"). */
    SpeakerMention phraseFrom(int first, int to) {
        int j = first;
        // The first word is no verb whatever its tag ("according to exit/VERB polls").
        while (j < to && t.outside(j) && !t.word(j).equals(",") && !t.pos(j).equals("PUNCT")
                && !RELATIVES.contains(lower(j)) && (j == first || !t.pos(j).equals("VERB")) && !t.pos(j).equals("AUX")) {
            j++;
        }
        int end = j;
        while (end > first && !isNominal(end - 1)) {
            end--;
        }
        return end > first ? fromRange(first, end) : null;
    }

    /** The phrase ending at token {@code j} (a pronoun, name or description), or null. */
    SpeakerMention phraseEndingAt(int j, int from) {
        if (isSubjectPronoun(j)) {
            return pronoun(j);
        }
        if (!isNominal(j)) {
            return null;
        }
        return fromRange(phraseStart(j, from), j + 1);
    }

    /** First token of the noun phrase ending at {@code j}. */
    private int phraseStart(int j, int from) {
        int i = j;
        while (i - 1 >= from && t.outside(i - 1) && inPhrase(i - 1, true) && !startsPhrase(i)) {
            i--;
        }
        return i;
    }

    private boolean startsPhrase(int i) {
        return t.pos(i).equals("DET") || POSSESSIVES.contains(lower(i));
    }

    /** A token that can be part of a speaker phrase. */
    private boolean inPhrase(int i, boolean inner) {
        String pos = t.pos(i);
        String w = t.word(i);
        if (t.isMark(i) || w.equals(",")) {
            return false;
        }
        if (w.equals("-") || w.equals(".")) {
            return inner && attached(i) && i + 1 < t.size()
                    && (w.equals("-") ? t.get(i).end() == t.get(i + 1).start() : t.pos(i + 1).equals("PROPN"));
        }
        if (w.equals("'s") || w.equals("’s")) {
            return inner && attached(i);
        }
        if (w.equals("of") || w.equals("&")) {
            return inner && i + 1 < t.size() && t.pos(i + 1).equals("PROPN") && i > 0 && t.pos(i - 1).equals("PROPN");
        }
        if (propn(i)) {
            return true;
        }
        return switch (pos) {
            case "PROPN", "NOUN", "ADJ", "NUM" -> true;
            case "DET" -> !NOT_SPEAKERS.contains(w.toLowerCase(Locale.ROOT));
            case "PRON" -> POSSESSIVES.contains(w.toLowerCase(Locale.ROOT));
            case "PART" -> w.endsWith("s");
            // "the group's/NOUN+PART director": a possessive noun inside the phrase, before its head.
            case "NOUN+PART", "PROPN+PART" -> inner && i + 1 < t.size() && t.outside(i + 1)
                    && (t.pos(i + 1).equals("NOUN") || t.pos(i + 1).equals("ADJ"));
            default -> false;
        };
    }

    /** A token written with no space before it (part of "Jae-in", "Sen.", "Hydro's"). */
    private boolean attached(int i) {
        return i > 0 && t.get(i - 1).end() == t.get(i).start();
    }

    /**
     * "the admiral/ADJ said": a lowercase word tagged as an adjective after a determiner and right before
     * a speech verb heads the phrase, as no adjective ends a subject. Capitalized ones ("the Fed/ADJ
     * signalled") are left to the name rules: taking them too added an organization GGT does not count.
     */
    private boolean headBeforeCue(int j) {
        if (j < 1 || j + 1 >= t.size() || !Character.isLowerCase(t.word(j).charAt(0))
                || lex.speechLemma(t.word(j + 1)) == null) {
            return false;
        }
        String pos = t.pos(j);
        return pos.equals("ADJ") && t.pos(j - 1).equals("DET") || misreadHead(j);
    }

    /**
     * "The billionaire real estate magnate/VERB says", "A senior Obama administration official/ADJ said",
     * "A Clinton ally/ADV suggested": a word after a noun's modifiers, right before a speech verb tagged
     * as a verb, heads the phrase whatever its tag, unless it reads as an adverb or participle ("Park
     * wrongly claimed", "the report published").
     */
    private boolean misreadHead(int j) {
        String w = lower(j);
        // ", aides/VERB say": a bare plural opening the clause heads it too.
        boolean inPhrase = MODIFIER_TAGS.contains(t.pos(j - 1))
                || w.endsWith("s") && (t.word(j - 1).equals(",") || t.pos(j - 1).equals("CCONJ"));
        return MISREAD_HEAD_TAGS.contains(t.pos(j)) && inPhrase && t.pos(j + 1).equals("VERB")
                && !w.endsWith("ly") && !w.endsWith("ed") && !w.endsWith("ing") && !SKIPPED_BEFORE_VERB.contains(w)
                && !NOT_SPEAKERS.contains(w);
    }

    private boolean isNominal(int j) {
        if (untaggedName(j)) {
            return true;
        }
        String pos = t.pos(j);
        return (pos.equals("PROPN") || pos.equals("NOUN") || isSubjectPronoun(j) || propn(j) || headBeforeCue(j)
                || pos.equals("PART") && j > 0 && t.pos(j - 1).equals("PROPN")
                || attached(j) && j > 0 && (t.pos(j - 1).equals("PROPN") || t.word(j - 1).equals("-")))
                && (!NOT_SPEAKERS.contains(lower(j)) || newspaperTimes(j));
    }

    /** "the Times said": a newspaper, not the word "times". */
    private boolean newspaperTimes(int j) {
        return t.word(j).equals("Times") && j > 0 && (t.word(j - 1).equalsIgnoreCase("the") || propn(j - 1));
    }

    boolean isSubjectPronoun(int j) {
        return t.pos(j).startsWith("PRON") && SUBJECT_PRONOUNS.contains(lower(j));
    }

    private SpeakerMention pronoun(int j) {
        Token tok = t.get(j);
        String w = lower(j);
        Lexicon.Gender g = w.equals("he") ? Lexicon.Gender.MALE
                : w.equals("she") ? Lexicon.Gender.FEMALE : Lexicon.Gender.UNKNOWN;
        return new SpeakerMention(j, j + 1, tok.start(), tok.end(), SpeakerMention.Kind.PRONOUN, tok.text(), g,
                g != Lexicon.Gender.UNKNOWN);
    }

    /** A mention for the phrase of tokens {@code [from, to)}: the name in it when it holds one. */
    SpeakerMention fromRange(int from, int to) {
        int runEnd = to;
        while (runEnd > from && !propn(runEnd - 1) && !inName(runEnd - 1)) {
            runEnd--;
        }
        if (runEnd == from) {
            // The tagger takes some surnames for nouns ("Poulter says"): a capitalized head is a name.
            return capitalized(to - 1) && !t.pos(from).equals("DET") ? name(from, to) : description(from, to);
        }
        int runStart = runEnd - 1;
        while (runStart > from && (propn(runStart - 1) || inName(runStart - 1))) {
            runStart--;
        }
        if (runEnd < to && (possessive(runEnd - 1) || possessive(runEnd))) {
            // "DeLaet's agent": the name owns the head noun; the phrase describes someone else.
            return description(from, to);
        }
        if (runEnd < to && NATIONALITY.matcher(t.word(runEnd - 1)).matches()) {
            // "a North Korean propaganda outlet": a nationality, not a name, before the head noun.
            return description(from, to);
        }
        if (runEnd < to && lex.isPersonNoun(t.word(to - 1))) {
            // "a Marine spokeswoman": the name only modifies a person who speaks.
            return description(from, to);
        }
        // "the Civic Action study": the name inside a description is who speaks.
        return NOT_SPEAKERS.contains(lower(runEnd - 1)) && !newspaperTimes(runEnd - 1) ? null : name(runStart, runEnd);
    }

    /**
     * A capitalized word opening its sentence or clause that the tagger took for a verb or pronoun
     * ("Officials/VERB said", "Jayme/PRON said").
     */
    private boolean untaggedName(int j) {
        String pos = t.pos(j);
        // "Twitter/ADV acknowledged": an adverb only when a verb follows it, not "Nonetheless, …".
        boolean odd = pos.equals("VERB") || pos.equals("PRON") || pos.equals("ADJ") || pos.equals("X")
                || pos.equals("ADV") && j + 1 < t.size() && (t.pos(j + 1).equals("VERB") || t.pos(j + 1).startsWith("AUX"));
        boolean opens = j == t.sentenceStart(j) || j > 0 && t.word(j - 1).equals(",");
        return odd && opens && capitalized(j) && t.word(j).length() > 1 && !SUBJECT_PRONOUNS.contains(lower(j))
                && !NOT_SPEAKERS.contains(lower(j)) && (!t.word(j).endsWith("ing") || surnameElsewhere(j));
    }

    /** "Durning says": a word like a gerund is a name when the text also gives it after a first name. */
    boolean surnameElsewhere(int j) {
        String w = " " + t.word(j);
        for (int at = t.text.indexOf(w); at > 0; at = t.text.indexOf(w, at + 1)) {
            int start = t.text.lastIndexOf(' ', at - 1) + 1;
            if (start < at && Character.isUpperCase(t.text.charAt(start)) && Character.isLetter(t.text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A proper noun, or a capitalized word after a title the tagger took for something else ("Ms. May"). */
    private boolean propn(int i) {
        return t.pos(i).equals("PROPN") || i > 0 && capitalized(i) && t.outside(i)
                && lex.isTitle(titleWord(i - 1)) && Character.isUpperCase(t.word(i - 1).charAt(0));
    }

    private boolean capitalized(int i) {
        return Character.isUpperCase(t.word(i).charAt(0));
    }

    /** Joining tokens inside a name: "Jae - in", "Sen .", "Secretary of State". */
    private boolean inName(int i) {
        String w = t.word(i);
        if (w.equals("-")) {
            return attached(i) && i + 1 < t.size();
        }
        if (w.equals(".")) {
            return attached(i) && i + 1 < t.size() && t.pos(i + 1).equals("PROPN");
        }
        if (w.equals("of")) {
            return i > 0 && i + 1 < t.size() && t.pos(i - 1).equals("PROPN") && t.pos(i + 1).equals("PROPN");
        }
        return i > 0 && attached(i) && t.word(i - 1).equals("-");
    }

    /** The tokens {@code [from, to)} taken whole as a name, whatever their tags ("― Krystal/ADJ Correa"). */
    SpeakerMention nameOf(int from, int to) {
        return name(from, to);
    }

    private SpeakerMention description(int from, int to) {
        int first = from;
        while (first < to - 1 && t.pos(first).equals("DET") && NOT_SPEAKERS.contains(lower(first))) {
            first++;
        }
        String head = t.word(to - 1);
        if (NOT_SPEAKERS.contains(head.toLowerCase(Locale.ROOT))) {
            // Any noun phrase may speak as the subject of a cue: a magazine, a study, the deputy head.
            return null;
        }
        Token a = t.get(first);
        Token b = t.get(to - 1);
        String text = t.text.substring(a.start(), b.end());
        Lexicon.Gender g = lex.personNounGender(head);
        return new SpeakerMention(first, to, a.start(), b.end(), SpeakerMention.Kind.DESCRIPTION, text, g,
                lex.isPersonNoun(head));
    }

    /** A name run: titles and honorifics before the name are dropped but give gender and personhood. */
    private SpeakerMention name(int from, int to) {
        int nameStart = from;
        boolean titled = false;
        Lexicon.Gender g = Lexicon.Gender.UNKNOWN;
        for (int i = from; i < to - 1; i++) {
            String w = titleWord(i);
            if (lex.isTitle(w) && Character.isUpperCase(t.word(i).charAt(0))) {
                titled = true;
                if (lex.titleGender(w) != Lexicon.Gender.UNKNOWN) {
                    g = lex.titleGender(w);
                }
                nameStart = afterTitle(i, to);
            }
        }
        if (nameStart >= to) {
            nameStart = from;
        }
        // A title's period split off at a sentence start ("Rep" "." "Dana ...") is no part of the name.
        while (nameStart < to - 1 && (DATE_WORDS.contains(t.lower(nameStart))
                || !Character.isLetterOrDigit(t.word(nameStart).charAt(0)))) {
            nameStart++;
        }
        for (int i = nameStart; i < to; i++) {
            if (lex.isFirstName(t.word(i)) && i + 1 < to) {
                nameStart = i;
                titled = true;
                if (g == Lexicon.Gender.UNKNOWN) {
                    g = lex.firstNameGender(t.word(i));
                }
                break;
            }
        }
        if (!titled && nameStart == to - 1 && DATE_WORDS.contains(t.lower(nameStart))) {
            return null;
        }
        Token a = t.get(nameStart);
        Token b = t.get(to - 1);
        String text = stripPossessive(t.text.substring(a.start(), b.end()));
        int end = a.start() + text.length();
        return new SpeakerMention(from, to, a.start(), end, SpeakerMention.Kind.NAME, text, g, titled);
    }

    /** The title word at {@code i}, with an abbreviation's period re-attached ("Sen" "." -> "sen."). */
    private String titleWord(int i) {
        String w = t.lower(i);
        return i + 1 < t.size() && t.word(i + 1).equals(".") && attached(i + 1) ? w + "." : w;
    }

    /** Index of the first name token after the title at {@code i} ("Secretary of State Mike" -> Mike). */
    private int afterTitle(int i, int to) {
        int j = i + 1;
        if (j < to && t.word(j).equals(".")) {
            j++;
        }
        if (j + 1 < to && t.word(j).equals("of")) {
            j += 2;
        }
        return j;
    }

    private boolean possessive(int i) {
        String w = t.word(i);
        return i < t.size() && (w.endsWith("'s") || w.endsWith("’s") || w.equals("'") || w.equals("’"));
    }

    private static String stripPossessive(String s) {
        if (s.endsWith("’s") || s.endsWith("'s")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("’") || s.endsWith("'")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    private boolean isMarkOrPunct(int j) {
        return t.isMark(j) || t.pos(j).equals("PUNCT");
    }

    private String lower(int i) {
        return t.lower(i);
    }
}

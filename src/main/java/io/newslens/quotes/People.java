package io.newslens.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.newslens.model.Entity;
import io.newslens.model.Mention;
import io.newslens.names.Entities;

/**
 * The people of one text as far as quotes need them: every name of a person (from the people layer
 * when there is one, else told by titles, honorifics and first names), its gender and roles, and the
 * person each "he"/"she" refers to — the nearest preceding compatible person, preferring subjects.
 * Built once per text, read-only afterwards.
 */
final class People {

    /** How many paragraphs back a pronoun looks for its person. */
    private static final int PARAGRAPH_WINDOW = 5;

    /** A person referred to at some token. */
    private record Ref(int token, SpeakerMention name, String key, boolean subject) {
    }

    private static final Pattern PLACE_WORDS = Pattern.compile(
            "\\b(North|South|East|West|New|United|Republic|Kingdom|States|Union|City|County|Province|Island|"
            + "Mount|Lake|River|Bay|Street|Avenue|Road|Park|Airport|Centre|Center|Open|Cup|Award|Awards|Prize|"
            + "Day|Eve|Canadian|American|British|Olympic|Olympics|Games|Tour|Championship|Series|League)\\b");

    private static final Pattern FULL_NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}’'-]+(-\\p{Lu}?[\\p{Ll}]+)?");

    private final Tokens t;
    private final Phrases phrases;
    private final Entities entities;
    private final Lexicon lex = Lexicon.INSTANCE;
    private final List<Ref> refs = new ArrayList<>();
    private final Map<Integer, Ref> pronouns = new HashMap<>();
    private final Map<String, Lexicon.Gender> genders = new HashMap<>();
    private final Map<String, List<String>> roles = new HashMap<>();

    People(Tokens tokens, Phrases phrases, Entities entities) {
        this.t = tokens;
        this.phrases = phrases;
        this.entities = entities;
        int i = 0;
        while (i < t.size()) {
            if (!t.outside(i)) {
                i++;
            } else if (t.pos(i).equals("PROPN")) {
                i = addName(i);
            } else {
                if (t.pos(i).startsWith("PRON") && isPersonalPronoun(t.word(i))) {
                    resolve(i);
                }
                i++;
            }
        }
    }

    private static boolean isPersonalPronoun(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.equals("he") || l.equals("she");
    }

    /** Records the name starting at {@code i} if it names a person; returns the token after it. */
    private int addName(int i) {
        int j = i + 1;
        while (j < t.size() && t.outside(j) && (t.pos(j).equals("PROPN") || joins(j))) {
            j++;
        }
        SpeakerMention m = phrases.fromRange(i, j);
        if (m != null && m.kind() == SpeakerMention.Kind.NAME && isPerson(m, j)) {
            String key = keyOf(m);
            Lexicon.Gender g = m.gender() != Lexicon.Gender.UNKNOWN ? m.gender() : appositionGender(j);
            if (g != Lexicon.Gender.UNKNOWN) {
                genders.putIfAbsent(key, g);
            }
            addRoles(key, i, m, j);
            refs.add(new Ref(i, m, key, isSubject(i, j)));
        }
        return j;
    }

    /** Tokens inside a name: "Jae-in", "Sen." split by the tokenizer, "Secretary of State". */
    private boolean joins(int j) {
        String w = t.word(j);
        if (w.equals("of")) {
            return j + 1 < t.size() && t.pos(j + 1).equals("PROPN");
        }
        boolean attached = t.get(j - 1).end() == t.get(j).start();
        if (w.equals(".")) {
            // "Sen. Bob", "Michael J. Fox" — not the full stop of "… Lena Park. Nizam said".
            return attached && (t.abbreviation(j) || t.word(j - 1).length() == 1);
        }
        return w.equals("-") && attached || j > 0 && t.word(j - 1).equals("-") && attached;
    }

    private boolean isPerson(SpeakerMention m, int after) {
        if (entities != null && overlaps(entities.people(), m)) {
            return true;
        }
        if (entities != null && (overlaps(entities.organizations(), m) || overlaps(entities.places(), m))) {
            return false;
        }
        for (String w : m.name().split("[\\s-]+")) {
            if (lex.isOrgWord(w)) {
                return false;
            }
        }
        return m.person() || knownKey(m) != null || introducesPerson(after) || looksLikeFullName(m);
    }

    /** ", who …" or an apposition headed by a person noun ("…, the powerful sister of …"). */
    private boolean introducesPerson(int after) {
        if (after + 1 < t.size() && t.word(after).equals(",") && t.word(after + 1).equalsIgnoreCase("who")) {
            return true;
        }
        String head = appositionHead(after);
        return head != null && lex.isPersonNoun(head);
    }

    /** Two or three capitalized words with no place word: "Dorie Greenspan", "Tareq Hadad". */
    private static boolean looksLikeFullName(SpeakerMention m) {
        String[] words = m.name().split(" ");
        return words.length >= 2 && words.length <= 3 && !PLACE_WORDS.matcher(m.name()).find()
                && java.util.Arrays.stream(words).allMatch(w -> FULL_NAME_WORD.matcher(w).matches());
    }

    private static boolean overlaps(List<Entity> list, SpeakerMention m) {
        for (Entity e : list) {
            for (Mention x : e.mentions()) {
                if (x.start() < m.end() && m.start() < x.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The key of an earlier person this name refers to by one of its words ("Pompeo", "Kim"), or null. */
    private String knownKey(SpeakerMention m) {
        String[] words = m.name().split("\\s+");
        if (words.length != 1) {
            return null;
        }
        // Of two earlier people sharing the word ("Kim Yo-jong", "Kim Jong-un"), a subject is likelier meant.
        String key = sharingWord(words[0], true);
        return key != null ? key : sharingWord(words[0], false);
    }

    private String sharingWord(String word, boolean subjectsOnly) {
        for (int r = refs.size() - 1; r >= 0; r--) {
            Ref ref = refs.get(r);
            if (ref.name().name().contains(" ") && (!subjectsOnly || ref.subject())
                    && List.of(ref.name().name().split("\\s+")).contains(word)) {
                return ref.key();
            }
        }
        return null;
    }

    /**
     * The fullest name the text gives the person {@code m} names ("Kim" -> "Kim Yo-jong"), or {@code m}
     * itself when it is no person's or already the fullest.
     */
    SpeakerMention fullest(SpeakerMention m) {
        String key = null;
        for (Ref ref : refs) {
            if (ref.name().start() == m.start()) {
                key = ref.key();
                break;
            }
        }
        SpeakerMention best = m;
        for (Ref ref : refs) {
            if (ref.key().equals(key) && ref.name().name().split("\\s+").length > best.name().split("\\s+").length) {
                best = ref.name();
            }
        }
        return best;
    }

    private String keyOf(SpeakerMention m) {
        String known = knownKey(m);
        if (known != null) {
            return known;
        }
        String[] words = m.name().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    /** Gender from an apposition right after the name: "Kim Yo Jong, the powerful sister of …". */
    private Lexicon.Gender appositionGender(int after) {
        String head = appositionHead(after);
        return head == null ? Lexicon.Gender.UNKNOWN : lex.personNounGender(head);
    }

    /** The first noun of an apposition after the name, or null. */
    private String appositionHead(int after) {
        if (after >= t.size() || !t.word(after).equals(",")) {
            return null;
        }
        for (int k = after + 1; k < t.size() && k < after + 6 && t.outside(k); k++) {
            String pos = t.pos(k);
            if (pos.equals("NOUN")) {
                return t.word(k);
            }
            if (!pos.equals("DET") && !pos.equals("ADJ") && !pos.equals("PROPN") && !pos.equals("PART")) {
                return null;
            }
        }
        return null;
    }

    private void addRoles(String key, int from, SpeakerMention m, int after) {
        List<String> list = roles.computeIfAbsent(key, k -> new ArrayList<>());
        for (int k = from; k < t.size() && t.get(k).start() < m.start(); k++) {
            list.add(t.lower(k));
        }
        String head = appositionHead(after);
        if (head != null) {
            list.add(head.toLowerCase(Locale.ROOT));
        }
    }

    /** A name is a subject when a verb follows it, directly or after an apposition at sentence start. */
    private boolean isSubject(int from, int to) {
        if (verbFollows(to)) {
            return true;
        }
        if (to >= t.size() || !t.word(to).equals(",")) {
            return false;
        }
        // "Harold Adams, 76, recalls": a verb after the apposition; "Judy, centre, Jaidaa, left" has none.
        int close = nextComma(to + 1);
        return from == t.sentenceStart(from) || close > 0 && verbFollows(close + 1);
    }

    /** Whether a verb comes at {@code i}, after adverbs ("McFadden also rejoiced"). */
    private boolean verbFollows(int i) {
        int k = i;
        while (k < t.size() && t.outside(k) && t.pos(k).equals("ADV")) {
            k++;
        }
        return k < t.size() && (t.pos(k).equals("VERB") || t.pos(k).equals("AUX"));
    }

    /**
     * The comma closing an apposition that opens at {@code i}, within the sentence; or -1. No length
     * limit: a relative clause can run long ("Kim Yo-jong, who is ... of the Workers' Party, ruled out").
     */
    private int nextComma(int i) {
        int end = t.sentenceEnd(i);
        for (int k = i; k < end; k++) {
            if (t.word(k).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    private void resolve(int pronoun) {
        Lexicon.Gender g = t.word(pronoun).equalsIgnoreCase("he") ? Lexicon.Gender.MALE : Lexicon.Gender.FEMALE;
        Ref found = nearest(pronoun, g, true);
        if (found == null) {
            found = nearest(pronoun, g, false);
        }
        if (found != null) {
            genders.putIfAbsent(found.key(), g);
            Ref ref = new Ref(pronoun, found.name(), found.key(), true);
            pronouns.put(pronoun, ref);
            refs.add(ref);
        }
    }

    private Ref nearest(int pronoun, Lexicon.Gender g, boolean subjectsOnly) {
        int minParagraph = t.paragraph(pronoun) - PARAGRAPH_WINDOW;
        for (int r = refs.size() - 1; r >= 0; r--) {
            Ref ref = refs.get(r);
            if (t.paragraph(ref.token()) < minParagraph) {
                return null;
            }
            Lexicon.Gender known = genders.getOrDefault(ref.key(), Lexicon.Gender.UNKNOWN);
            if ((!subjectsOnly || ref.subject()) && (known == Lexicon.Gender.UNKNOWN || known == g)) {
                return ref;
            }
        }
        return null;
    }

    /** The named person a "he"/"she" at token {@code pronoun} refers to, or null. */
    SpeakerMention antecedent(int pronoun) {
        Ref ref = pronouns.get(pronoun);
        return ref == null ? null : ref.name();
    }

    /** The person named as a subject nearest before {@code token}, within a paragraph back; or null. */
    SpeakerMention lastSubject(int token) {
        for (int r = refs.size() - 1; r >= 0; r--) {
            Ref ref = refs.get(r);
            if (ref.token() < token && ref.subject()) {
                return t.paragraph(token) - t.paragraph(ref.token()) <= 1 ? ref.name() : null;
            }
        }
        return null;
    }

    /** The nearest person before {@code token} given the role {@code head} ("the secretary"), or null. */
    SpeakerMention byRole(String head, int token) {
        String h = head.toLowerCase(Locale.ROOT);
        for (int r = refs.size() - 1; r >= 0; r--) {
            Ref ref = refs.get(r);
            if (ref.token() < token && roles.getOrDefault(ref.key(), List.of()).contains(h)) {
                return ref.name();
            }
        }
        return null;
    }
}

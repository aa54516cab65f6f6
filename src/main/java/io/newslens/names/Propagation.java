package io.newslens.names;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newslens.nlp.Token;

/**
 * Document-level consistency: a name found once is found wherever it recurs untagged, and the first or
 * last word of a person's full name ("Pompeo" of "Mike Pompeo", "Moon" of "Moon Jae-in") is that
 * person where it recurs alone.
 */
final class Propagation {

    private static final int MAX_KEY_TOKENS = 8;
    /** How many of the model's guesses one label of a sure rule outweighs. */
    private static final int SURE_WEIGHT = 10;

    /** The parts that can be switched off, for measuring each against the rest. */
    static final Set<String> PARTS = Set.of("propagation", "relabel", "personParts");

    private final Lexicon lexicon;
    private final boolean on;
    private final boolean relabel;
    private final boolean personParts;

    Propagation(Lexicon lexicon) {
        this(lexicon, Set.of());
    }

    /** Without the parts named in {@code off}: {@code propagation} (all of it), {@code relabel}, {@code personParts}. */
    Propagation(Lexicon lexicon, Set<String> off) {
        this.lexicon = lexicon;
        this.on = !off.contains("propagation");
        this.relabel = !off.contains("relabel");
        this.personParts = !off.contains("personParts");
    }

    void apply(Labels labels) {
        Map<String, Kind> names = on ? namesOf(labels) : Map.of();
        if (names.isEmpty()) {
            return;
        }
        if (relabel) {
            relabel(labels, names);
        }
        Set<String> firstWords = new HashSet<>();
        int longest = 1;
        for (String name : names.keySet()) {
            String[] words = name.split(" ");
            firstWords.add(words[0]);
            longest = Math.max(longest, words.length);
        }
        for (int s = 0; s < labels.sentenceCount(); s++) {
            List<Token> tokens = labels.tokens(s);
            int i = 0;
            while (i < tokens.size()) {
                // Most tokens open no known name: skip them without building candidate strings.
                boolean candidate = firstWords.contains(Lexicon.stripPossessive(tokens.get(i).text()));
                i = candidate ? tagAt(labels, s, i, names, longest) : i + 1;
            }
        }
    }

    /**
     * One name, one kind: a name the model tagged as different kinds in one document takes the kind most
     * of its occurrences (or a sure rule) give it everywhere ("Northrop Grumman CEO" makes every
     * "Northrop Grumman" an organization).
     */
    private static void relabel(Labels labels, Map<String, Kind> names) {
        for (Labels.Span span : labels.spans()) {
            List<Token> tokens = labels.tokens(span.sentence());
            Kind kind = names.get(caseKey(NewsRules.text(tokens, span.first(), span.end())));
            if (kind != null && kind != span.kind() && !labels.isSure(span.sentence(), span.first())) {
                labels.set(span.sentence(), span.first(), span.end(), kind);
            }
        }
    }

    /** Tags the longest known name starting at token {@code i} if it is free; returns where to go on. */
    private static int tagAt(Labels labels, int s, int i, Map<String, Kind> names, int longest) {
        List<Token> tokens = labels.tokens(s);
        if (labels.kind(s, i) != null || !Character.isUpperCase(tokens.get(i).text().charAt(0))) {
            return i + 1;
        }
        for (int end = Math.min(tokens.size(), i + Math.min(longest * 3, MAX_KEY_TOKENS)); end > i; end--) {
            Kind kind = names.get(caseKey(NewsRules.text(tokens, i, end)));
            if (kind != null && labels.isOpen(s, i, end) && !continuesName(tokens, end)) {
                labels.set(s, i, end, kind);
                return end;
            }
        }
        return i + 1;
    }

    /** Whether the token at {@code end} continues a longer capitalised name ("Kim" in "Kim Yo Jong"). */
    private static boolean continuesName(List<Token> tokens, int end) {
        return end < tokens.size() && NewsRules.isNameWord(tokens.get(end).text());
    }

    /** Each tagged name with its most frequent kind, plus the first and last words of full person names. */
    private Map<String, Kind> namesOf(Labels labels) {
        Map<String, EnumMap<Kind, Integer>> votes = new HashMap<>();
        Map<String, EnumMap<Kind, Integer>> partVotes = new HashMap<>();
        for (Labels.Span span : labels.spans()) {
            List<Token> tokens = labels.tokens(span.sentence());
            int weight = labels.isSure(span.sentence(), span.first()) ? SURE_WEIGHT : 1;
            vote(votes, caseKey(NewsRules.text(tokens, span.first(), span.end())), span.kind(), weight);
            if (personParts && span.kind() == Kind.PERSON && span.end() - span.first() >= 2) {
                votePart(partVotes, tokens.get(span.first()).text());
                votePart(partVotes, tokens.get(span.end() - 1).text());
            }
        }
        Map<String, Kind> out = new HashMap<>();
        partVotes.forEach((name, v) -> out.put(name, winner(v)));
        // Whole names outrank parts ("Washington" tagged as a place stays a place), except that a person's
        // surname the model took for an organization ("Jobs") or for a place nobody knows ("Moon") is the
        // person.
        votes.forEach((name, v) -> {
            if (!(out.get(name) == Kind.PERSON && surnameMistaken(name, v))) {
                out.put(name, winner(v));
            }
        });
        return out;
    }

    private boolean surnameMistaken(String name, EnumMap<Kind, Integer> v) {
        Kind kind = winner(v);
        if (v.get(kind) >= SURE_WEIGHT) {
            return false;
        }
        return kind == Kind.ORGANIZATION || kind == Kind.PLACE && !lexicon.isKnownPlace(name);
    }

    /** Counts a word of a full person name as a name of its own, unless it could be a title. */
    private void votePart(Map<String, EnumMap<Kind, Integer>> votes, String word) {
        String w = Lexicon.stripPossessive(word);
        if (w.length() >= 2 && NewsRules.isNameWord(w) && !lexicon.isTitle(w) && !lexicon.isHonorific(w)) {
            vote(votes, w, Kind.PERSON, 1);
        }
    }

    /**
     * The name with each word in capitals written as a capitalised word: "SEOUL" in a dateline or a
     * headline is the "Seoul" of the body, and one name has one kind.
     */
    static String caseKey(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (String w : name.split(" ", -1)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            boolean capitals = w.length() > 1 && w.chars().allMatch(Character::isUpperCase);
            b.append(capitals ? w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT) : w);
        }
        return b.toString();
    }

    private static void vote(Map<String, EnumMap<Kind, Integer>> votes, String name, Kind kind, int weight) {
        votes.computeIfAbsent(name, n -> new EnumMap<>(Kind.class)).merge(kind, weight, Integer::sum);
    }

    private static Kind winner(EnumMap<Kind, Integer> v) {
        return v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}

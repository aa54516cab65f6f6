package io.newslens.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the quote stage, read once from the class path: speech verbs, naming verbs, titles,
 * person nouns and first names (the last three with the gender they imply, where they imply one).
 */
final class Lexicon {

    /** Gender a word implies. */
    enum Gender { MALE, FEMALE, UNKNOWN }

    static final Lexicon INSTANCE = new Lexicon();

    /** The days of the week, lower case: a date when alone ("said Thursday"), a time adjunct of a cue. */
    /** Conjunctions that open a subordinate clause before the main one ("When she told him …, he …"). */
    static final Set<String> OPENING_SUBORDINATORS = Set.of("when", "after", "before", "while", "if", "once", "as",
            "because", "since", "until", "unless", "although", "though");
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** The days of the week and the given words. */
    static Set<String> withWeekdays(String... words) {
        Set<String> all = new java.util.HashSet<>(WEEKDAYS);
        all.addAll(Set.of(words));
        return Set.copyOf(all);
    }

    private final Map<String, String> speechVerbs = readForms("speech-verbs.txt");
    private final Map<String, String> namingVerbs = readForms("naming-verbs.txt");
    private final Map<String, Gender> titles = readGendered("titles.txt", true);
    private final Map<String, Gender> personNouns = readGendered("person-nouns.txt", true);
    private final Map<String, Gender> firstNames = readGendered("first-names.txt", false);

    private static final Set<String> ORG_WORDS = Set.of("department", "ministry", "police", "commission",
            "committee", "council", "agency", "office", "government", "company", "corp", "corp.", "inc",
            "inc.", "ltd", "ltd.", "group", "association", "union", "university", "college", "institute",
            "board", "service", "services", "court", "party", "hydro", "bank", "news", "press", "times",
            "post", "network", "foundation", "society", "authority", "house", "center", "centre",
            "hospital", "school", "club", "team", "federation", "league", "organization", "organisation",
            "administration", "bureau", "force", "army", "navy", "parliament", "senate", "congress", "railway",
            "railroad", "airline", "firm", "city", "town", "municipality", "province", "diocese", "church",
            "regulator", "watchdog", "tribunal", "clinic", "charity", "institution", "lab", "laboratory");

    private Lexicon() {
    }

    /** The lemma of a speech verb form ("said" -> "say"), or {@code null}. */
    String speechLemma(String word) {
        return speechVerbs.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is a form of a verb that names something with a quoted phrase ("called"). */
    boolean isNamingVerb(String word) {
        return namingVerbs.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The lemma of a naming verb form ("called" -> "call"), or {@code null}. */
    String namingLemma(String word) {
        return namingVerbs.get(word.toLowerCase(Locale.ROOT));
    }

    boolean isTitle(String word) {
        return titles.containsKey(word.toLowerCase(Locale.ROOT));
    }

    Gender titleGender(String word) {
        return titles.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    boolean isPersonNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return personNouns.containsKey(w) || titles.containsKey(w);
    }

    Gender personNounGender(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Gender g = personNouns.getOrDefault(w, Gender.UNKNOWN);
        return g != Gender.UNKNOWN ? g : titles.getOrDefault(w, Gender.UNKNOWN);
    }

    boolean isFirstName(String word) {
        return firstNames.containsKey(word);
    }

    Gender firstNameGender(String word) {
        return firstNames.getOrDefault(word, Gender.UNKNOWN);
    }

    boolean isOrgWord(String word) {
        return ORG_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> readForms(String resource) {
        Map<String, String> forms = new HashMap<>();
        for (String line : lines(resource)) {
            String[] words = line.split("\\s+");
            for (String w : words) {
                forms.put(w, words[0]);
            }
        }
        return Map.copyOf(forms);
    }

    private static Map<String, Gender> readGendered(String resource, boolean lowerCase) {
        Map<String, Gender> out = new HashMap<>();
        for (String line : lines(resource)) {
            int eq = line.indexOf('=');
            String word = eq < 0 ? line : line.substring(0, eq);
            Gender g = eq < 0 ? Gender.UNKNOWN : line.endsWith("=f") ? Gender.FEMALE : Gender.MALE;
            out.put(lowerCase ? word.toLowerCase(Locale.ROOT) : word, g);
        }
        return Map.copyOf(out);
    }

    /** The lines of the word list {@code resource} beside this class, stripped, without blanks and comments. */
    static java.util.List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }
}

package io.newslens.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists the news rules use: gazetteers derived from permissively licensed data (places, given
 * names; see {@code src/main/scripts/derive-gazetteers.py}) and newslens' own small lists (titles,
 * honorifics, aliases). Immutable once loaded.
 */
final class Lexicon {

    private static final String DIR = "/io/newslens/names/";
    private static final Pattern DASHES = Pattern.compile("[\\-\u2010\u2011\u2012\u2013\u2014]+");
    private static final Pattern DOTS = Pattern.compile("\\.");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    final WordSet places;
    final Set<String> givenNames;
    /** Nationality adjectives ("Japanese", "North Korean"), singular. */
    final Set<String> demonyms;
    /** Titles and role nouns, lower case ("president", "secretary", "minister"). */
    final Set<String> titles;
    /** Honorifics, lower case without the period ("mr", "dr"). */
    final Set<String> honorifics;
    /**
     * Keys of country names ({@code countries.txt}, ISO 3166) and of their aliases ("britain", "russia"):
     * a national team is its country, a place, where a club is an organization.
     */
    final Set<String> countries;
    /** Alias key to canonical name, per kind ("us" to "United States"). */
    final Map<Kind, Map<String, String>> aliases;
    /**
     * Keys of the aliases that cannot be ordinary words (written with a period or in several words:
     * "N. Korea", "U.S."), with their kind: found in the text even where the model missed them.
     */
    final Map<String, Kind> safeAliases;
    /** First words of {@link #safeAliases}, as {@link #firstWordKey} gives them. */
    final Set<String> safeAliasFirstWords;

    private Lexicon(WordSet places, Set<String> givenNames, Set<String> demonyms, Set<String> titles,
                    Set<String> honorifics, Map<Kind, Map<String, String>> aliases) {
        this.places = places;
        this.givenNames = givenNames;
        this.demonyms = demonyms;
        this.titles = titles;
        this.honorifics = honorifics;
        this.aliases = aliases;
        this.countries = countryKeys(aliases.get(Kind.PLACE));
        this.safeAliases = safeAliases();
        Set<String> first = new HashSet<>();
        safeAliases.keySet().forEach(k -> first.add(k.split(" ")[0]));
        this.safeAliasFirstWords = Set.copyOf(first);
    }

    /** A cheap key of a single word, equal to the first word of {@link #key} for most names. */
    static String firstWordKey(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }

    /** Loads newslens' lists from the class path. */
    static Lexicon load() {
        // Unmodifiable views, not copies: copying a list again costs a cold start. The places come packed
        // by the build (ResourcePacker): hashing their 140,000 lines was a tenth of a cold start.
        return new Lexicon(WordSet.readResource(DIR + "places.bin"), view(lines("given-names.txt")), view(lines("demonyms.txt")),
                view(lines("titles.txt")), view(lines("honorifics.txt")), loadAliases());
    }

    private static Set<String> view(Set<String> set) {
        return Collections.unmodifiableSet(set);
    }

    /** Whether {@code name} is a nationality word, singular or plural ("Korean", "North Koreans"). */
    boolean isDemonym(String name) {
        return demonyms.contains(name) || name.endsWith("s") && demonyms.contains(name.substring(0, name.length() - 1));
    }

    /** Whether the gazetteer or the aliases know {@code name} as a place. */
    boolean isKnownPlace(String name) {
        return places.contains(name) || aliases.get(Kind.PLACE).containsKey(key(name));
    }

    /** Whether {@code name} is a country (or one of the United Kingdom's), in any case. */
    boolean isCountry(String name) {
        return countries.contains(key(name));
    }

    private static Set<String> countryKeys(Map<String, String> placeAliases) {
        Set<String> out = new HashSet<>();
        lines("countries.txt").forEach(c -> out.add(key(c)));
        placeAliases.forEach((alias, name) -> {
            if (out.contains(key(name)) || out.contains(alias)) {
                out.add(alias);
                out.add(key(name));
            }
        });
        return Set.copyOf(out);
    }

    boolean isTitle(String word) {
        return titles.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isHonorific(String word) {
        return honorifics.contains(DOTS.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    /**
     * The comparison key of a name: lower case, no possessive, no leading "the", hyphens and dashes as
     * spaces, no periods ("Kim Jong-un" and "Kim Jong Un" both give "kim jong un"; "U.S." gives "us").
     */
    static String key(String name) {
        String k = stripPossessive(name.strip()).toLowerCase(Locale.ROOT);
        k = DASHES.matcher(k).replaceAll(" ");
        k = DOTS.matcher(k).replaceAll("");
        k = SPACES.matcher(k).replaceAll(" ").strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /** {@code name} without a trailing possessive ("Pompeo's", "Pompeo’s", "Jones'"). */
    static String stripPossessive(String name) {
        return name.substring(0, name.length() - possessiveLength(name));
    }

    /** Length of the possessive ending of {@code word}: 2 for "'s", 1 for a bare apostrophe, else 0. */
    static int possessiveLength(String word) {
        // Called for every token of a document: a character test, not a regular expression.
        int n = word.length();
        if (n >= 2 && isApostrophe(word.charAt(n - 1))) {
            return 1;
        }
        boolean s = n >= 3 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S');
        return s && isApostrophe(word.charAt(n - 2)) ? 2 : 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02BC';
    }

    private static Map<String, Kind> safeAliases() {
        Map<String, Kind> out = new HashMap<>();
        for (String line : lines("aliases.txt")) {
            String[] f = line.split("\t");
            if (f[1].contains(".") || f[1].contains(" ")) {
                out.put(key(f[1]), Kind.valueOf(f[0]));
            }
        }
        return Map.copyOf(out);
    }

    private static Map<Kind, Map<String, String>> loadAliases() {
        Map<Kind, Map<String, String>> out = new HashMap<>();
        for (Kind k : Kind.values()) {
            out.put(k, new HashMap<>());
        }
        for (String line : lines("aliases.txt")) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException("aliases.txt: want KIND<TAB>ALIAS<TAB>NAME, got: " + line);
            }
            out.get(Kind.valueOf(f[0])).put(key(f[1]), f[2]);
        }
        out.replaceAll((k, v) -> Map.copyOf(v));
        return Map.copyOf(out);
    }

    private static Set<String> lines(String name) {
        return entries(read(name));
    }

    /** The entries of a word list's text: its lines, stripped, without blank ones and {@code #} comments. */
    static Set<String> entries(String text) {
        Set<String> out = new HashSet<>(text.length() / 8);
        text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> out.add(line.strip()));
        return out;
    }

    /** The whole list at once: faster than a reader's line by line for the large gazetteers. */
    private static String read(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + DIR + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
    }
}

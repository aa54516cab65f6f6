package io.newslens.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.newslens.model.Entity;
import io.newslens.model.Mention;
import io.newslens.nlp.Token;

/**
 * Merges the names of a document into entities: same name (by {@link Lexicon#key}), alias of the same
 * name ("U.S." = "United States"), and for people the first or last word of a full name ("Pompeo" =
 * "Mike Pompeo", "Moon" = "Moon Jae-in") when one full name fits, or, when several do, the one named
 * last before it other than as a possessive; a bare "Kim" before any full Kim stays an entity of its own.
 */
final class EntityBuilder {

    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West");

    private final Lexicon lexicon;
    private final Roles roles;

    EntityBuilder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.roles = new Roles(lexicon);
    }

    Entities build(Labels labels) {
        List<Found> found = new ArrayList<>();
        for (Labels.Span span : labels.spans()) {
            Found f = found(labels, span);
            if (f != null) {
                found.addAll(splitJoinedPlaces(f));
            }
        }
        found = splitJoinedPeople(found);
        found = resolveCompassNames(found);
        return new Entities(entities(labels, found, Kind.PERSON, "p"), entities(labels, found, Kind.PLACE, "l"),
                entities(labels, found, Kind.ORGANIZATION, "o"));
    }

    /** "U.S.-North Korea" (one token) is two places; "Guinea-Bissau" stays one. */
    private List<Found> splitJoinedPlaces(Found f) {
        String text = f.mention.text();
        int hyphen = text.indexOf('-');
        if (f.span.kind() != Kind.PLACE || hyphen <= 0 || hyphen == text.length() - 1 || lexicon.isKnownPlace(text)) {
            return List.of(f);
        }
        String left = text.substring(0, hyphen);
        String right = text.substring(hyphen + 1);
        if (!lexicon.isKnownPlace(left) || !lexicon.isKnownPlace(right)) {
            return List.of(f);
        }
        int start = f.mention.start();
        return List.of(found(f.span, start, start + hyphen, left, false),
                found(f.span, start + hyphen + 1, f.mention.end(), right, f.possessive));
    }

    /**
     * "the Trump-Kim summit" (one token) names two people: a hyphenated mention (of any kind: the model
     * may take the pair for an organization) whose two sides are each a word of another person's name
     * in the article is split into those two people.
     */
    private List<Found> splitJoinedPeople(List<Found> found) {
        Set<String> nameWords = new java.util.HashSet<>();
        for (Found f : found) {
            if (f.span.kind() == Kind.PERSON && f.mention.text().indexOf('-') < 0) {
                nameWords.addAll(Arrays.asList(f.mention.text().split(" ")));
            }
        }
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            String text = f.mention.text();
            int hyphen = text.indexOf('-');
            boolean joined = hyphen > 0 && text.indexOf(' ') < 0
                    && nameWords.contains(text.substring(0, hyphen)) && nameWords.contains(text.substring(hyphen + 1));
            if (!joined) {
                out.add(f);
                continue;
            }
            int start = f.mention.start();
            Labels.Span person = new Labels.Span(f.span.sentence(), f.span.first(), f.span.end(), Kind.PERSON);
            out.add(found(person, start, start + hyphen, text.substring(0, hyphen), false));
            out.add(found(person, start + hyphen + 1, f.mention.end(), text.substring(hyphen + 1), f.possessive));
        }
        return out;
    }

    /** The mention of a span, without a trailing possessive; {@code null} if nothing is left. */
    private Found found(Labels labels, Labels.Span span) {
        List<Token> tokens = labels.tokens(span.sentence());
        int start = tokens.get(span.first()).start();
        int end = tokens.get(span.end() - 1).end();
        end -= Lexicon.possessiveLength(tokens.get(span.end() - 1).text());
        if (end <= start) {
            return null;
        }
        String text = labels.text.text().substring(start, end);
        boolean possessive = end < tokens.get(span.end() - 1).end();
        return Lexicon.key(text).isEmpty() ? null : found(span, start, end, text, possessive);
    }

    private Found found(Labels.Span span, int start, int end, String text, boolean possessive) {
        String key = Lexicon.key(text);
        String alias = lexicon.aliases.get(span.kind()).get(key);
        return new Found(span, new Mention(start, end, text), alias == null ? key : Lexicon.key(alias), alias,
                possessive);
    }

    /**
     * "the South" in an article about North Korea is South Korea: a bare compass word takes the rest of
     * the one "North/South/East/West X" place name the article has.
     */
    private static List<Found> resolveCompassNames(List<Found> found) {
        String region = null;
        for (Found f : found) {
            String[] w = f.mention.text().split(" ");
            if (f.span.kind() == Kind.PLACE && w.length == 2 && COMPASS.contains(w[0])) {
                if (region != null && !region.equals(w[1])) {
                    return found;
                }
                region = w[1];
            }
        }
        if (region == null) {
            return found;
        }
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (f.span.kind() == Kind.PLACE && COMPASS.contains(f.mention.text())) {
                String name = f.mention.text() + " " + region;
                out.add(new Found(f.span, f.mention, Lexicon.key(name), name, f.possessive));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private List<Entity> entities(Labels labels, List<Found> all, Kind kind, String prefix) {
        List<Found> found = all.stream().filter(f -> f.span.kind() == kind).toList();
        List<Group> groups = new ArrayList<>();
        // Fullest names first, so that a bare surname finds the full name it belongs to.
        List<Found> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((Found f) -> -f.words().length));
        for (Found f : byLength) {
            Group g = groupFor(f, groups, kind);
            if (g == null) {
                g = new Group(f.key, f.words());
                groups.add(g);
            }
            g.members.add(f);
        }
        groups.forEach(g -> g.members.sort(Comparator.comparingInt(f -> f.mention.start())));
        groups.sort(Comparator.comparingInt(g -> g.members.get(0).mention.start()));
        List<Entity> out = new ArrayList<>();
        for (Group g : groups) {
            List<String> r = kind == Kind.PERSON ? rolesOf(labels, g) : List.of();
            out.add(new Entity(prefix + (out.size() + 1), canonical(g), g.members.stream().map(f -> f.mention).toList(), r));
        }
        return out;
    }

    private static Group groupFor(Found f, List<Group> groups, Kind kind) {
        for (Group g : groups) {
            if (g.key.equals(f.key)) {
                return g;
            }
        }
        if (kind != Kind.PERSON) {
            return acronymOf(f, groups);
        }
        List<Group> fits = groups.stream().filter(g -> isPartOf(f.words(), g.words)).toList();
        return fits.size() <= 1 ? fits.stream().findFirst().orElse(null) : salient(f, fits);
    }

    /**
     * Of several full names a bare "Kim" fits, the one last named before it other than as a possessive
     * modifier ("Kim Yo-jong, the sister of Kim Jong-un's ..., ruled out ... Kim cited"): a possessor
     * is rarely what the next sentence goes on about. {@code null} (an entity of its own) when no
     * full name precedes it so.
     */
    private static Group salient(Found f, List<Group> fits) {
        Group best = null;
        int bestStart = -1;
        for (Group g : fits) {
            for (Found m : g.members) {
                if (!m.possessive && m.mention.start() < f.mention.start() && m.mention.start() > bestStart) {
                    best = g;
                    bestStart = m.mention.start();
                }
            }
        }
        return best;
    }

    /** "Pompeo" of "mike pompeo", "kim" of "kim jong un": the words open or close the full name. */
    private static boolean isPartOf(String[] part, String[] full) {
        if (part.length >= full.length) {
            return false;
        }
        return Arrays.equals(part, Arrays.copyOfRange(full, 0, part.length))
                || Arrays.equals(part, Arrays.copyOfRange(full, full.length - part.length, full.length));
    }

    /** "USAF" joins "United States Air Force": an upper-case word equal to the initials of a name. */
    private static Group acronymOf(Found f, List<Group> groups) {
        String text = f.mention.text();
        if (text.length() < 2 || !text.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        for (Group g : groups) {
            if (g.words.length == text.length() && initials(g.words).equalsIgnoreCase(text)) {
                return g;
            }
        }
        return null;
    }

    private static String initials(String[] words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    /** The alias' name if there is one, else the fullest mention, preferring one not all in capitals. */
    private static String canonical(Group g) {
        for (Found f : g.members) {
            if (f.alias != null) {
                return f.alias;
            }
        }
        Found best = null;
        for (Found f : g.members) {
            if (best == null || score(f) > score(best)) {
                best = f;
            }
        }
        return best.mention.text();
    }

    private static int score(Found f) {
        boolean allCaps = f.mention.text().chars().noneMatch(Character::isLowerCase);
        return f.words().length * 2 + (allCaps ? 0 : 1);
    }

    private List<String> rolesOf(Labels labels, Group g) {
        Set<String> out = new LinkedHashSet<>();
        for (Found f : g.members) {
            addRole(out, roles.before(labels, f.span));
            out.addAll(roles.after(labels, f.span));
        }
        return List.copyOf(out);
    }

    private static void addRole(Set<String> roles, String role) {
        if (role != null) {
            roles.add(role);
        }
    }

    /**
     * A name with its span, mention, comparison key, for an alias the canonical name, and whether the
     * text wrote it as a possessive ("Kim Jong-un's").
     */
    private record Found(Labels.Span span, Mention mention, String key, String alias, boolean possessive) {
        String[] words() {
            return key.split(" ");
        }
    }

    /** The mentions merged so far under one key. */
    private static final class Group {
        final String key;
        final String[] words;
        final List<Found> members = new ArrayList<>();

        Group(String key, String[] words) {
            this.key = key;
            this.words = words;
        }
    }
}

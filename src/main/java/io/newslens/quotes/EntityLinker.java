package io.newslens.quotes;

import java.util.List;
import java.util.Locale;

import io.newslens.model.Entity;
import io.newslens.model.Mention;
import io.newslens.model.Quote;
import io.newslens.names.Entities;

/**
 * Links a speaker phrase to an entity of the people or organizations layer: the entity with a mention
 * overlapping the phrase, else the person sharing its surname (nearest mention first), else the
 * organization of the same name. Without a match the speaker keeps the name as written.
 */
final class EntityLinker {

    private final Entities entities;

    EntityLinker(Entities entities) {
        this.entities = entities;
    }

    /** The speaker for the person or organization {@code named}, attributed by the words at [start, end). */
    Quote.Speaker speaker(SpeakerMention named, int start, int end) {
        Entity e = link(named);
        return e == null ? new Quote.Speaker(null, named.name(), start, end)
                : new Quote.Speaker(e.id(), e.name(), start, end);
    }

    /**
     * The speaker for {@code named}, linked through the fullest name the text gives that person when
     * that finds an entity ("Kim" -> "Kim Yo-jong"), else through {@code named} itself; unlinked, the
     * speaker keeps the name as written.
     */
    Quote.Speaker speaker(SpeakerMention named, SpeakerMention fullest, int start, int end) {
        Entity e = fullest == named ? null : link(fullest);
        return e == null ? speaker(named, start, end) : new Quote.Speaker(e.id(), e.name(), start, end);
    }

    /** The entity {@code m} names, or null. */
    Entity link(SpeakerMention m) {
        Entity e = overlapping(entities.people(), m);
        if (e == null) {
            e = overlapping(entities.organizations(), m);
        }
        if (e == null && m.kind() == SpeakerMention.Kind.NAME) {
            e = bySurname(m);
        }
        if (e == null) {
            e = byName(entities.organizations(), m.name());
        }
        return e;
    }

    /** Whether {@code m} names someone of the people layer. */
    boolean isPerson(SpeakerMention m) {
        return overlapping(entities.people(), m) != null || m.kind() == SpeakerMention.Kind.NAME && bySurname(m) != null;
    }

    /** The person whose roles include {@code head} ("secretary"), mentioned nearest before {@code offset}. */
    Entity byRole(String head, int offset) {
        String h = head.toLowerCase(Locale.ROOT);
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity e : entities.people()) {
            boolean has = e.roles().stream().anyMatch(r -> List.of(r.toLowerCase(Locale.ROOT).split("\\s+")).contains(h));
            int d = distanceBefore(e, offset);
            if (has && d < bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best;
    }

    private static Entity overlapping(List<Entity> list, SpeakerMention m) {
        for (Entity e : list) {
            for (Mention x : e.mentions()) {
                if (x.start() < m.end() && m.start() < x.end()) {
                    return e;
                }
            }
        }
        return null;
    }

    private Entity bySurname(SpeakerMention m) {
        String[] words = m.name().split("\\s+");
        String last = words[words.length - 1];
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity e : entities.people()) {
            List<String> names = List.of(e.name().split("\\s+"));
            boolean match = names.get(names.size() - 1).equalsIgnoreCase(last)
                    || words.length == 1 && names.stream().anyMatch(n -> n.equalsIgnoreCase(last));
            int d = distanceBefore(e, m.start());
            if (match && d < bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Distance from the entity's nearest mention before {@code offset}; mentions after count as far. */
    private static int distanceBefore(Entity e, int offset) {
        int best = Integer.MAX_VALUE - 1;
        for (Mention x : e.mentions()) {
            int d = x.start() <= offset ? offset - x.start() : Integer.MAX_VALUE / 2 + x.start() - offset;
            best = Math.min(best, d);
        }
        return best;
    }

    private static Entity byName(List<Entity> list, String name) {
        for (Entity e : list) {
            if (e.name().equalsIgnoreCase(name)
                    || e.mentions().stream().anyMatch(x -> x.text().equalsIgnoreCase(name))) {
                return e;
            }
        }
        return null;
    }
}

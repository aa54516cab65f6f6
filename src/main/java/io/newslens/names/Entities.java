package io.newslens.names;

import java.util.List;

import io.newslens.model.Entity;

/**
 * The people, places and organizations of one article.
 *
 * @param people person entities, ids {@code p1, p2, ...}
 * @param places place entities, ids {@code l1, l2, ...}
 * @param organizations organization entities, ids {@code o1, o2, ...}
 */
public record Entities(List<Entity> people, List<Entity> places, List<Entity> organizations) {
    public Entities {
        people = List.copyOf(people);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
    }

    /** No entities at all. */
    public static Entities none() {
        return new Entities(List.of(), List.of(), List.of());
    }
}

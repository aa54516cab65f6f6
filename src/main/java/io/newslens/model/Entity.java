package io.newslens.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, place or organization: all its mentions in one article merged under one name.
 *
 * @param id the entity's id within its analysis ({@code p1}, {@code l2}, {@code o3})
 * @param name the canonical (fullest) name
 * @param mentions every mention, in text order
 * @param roles titles and roles the text gives a person ("Secretary of State"); empty for others
 */
public record Entity(String id, String name, List<Mention> mentions, List<String> roles) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }
}

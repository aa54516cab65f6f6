package io.newslens.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything newslens found in one article. A layer is {@code null} when the pipeline that produced
 * this analysis does not have that stage (it is then absent from the JSON, not empty).
 *
 * @param id the input record's id, or {@code null} for files
 * @param source where the article came from
 * @param article the loaded article
 * @param people person entities, or {@code null}
 * @param places place entities, or {@code null}
 * @param organizations organization entities, or {@code null}
 * @param dates temporal expressions, or {@code null}
 * @param quotes quotes, or {@code null}
 */
public record Analysis(String id, Source source, Article article, List<Entity> people, List<Entity> places,
                       List<Entity> organizations, List<TimeExpression> dates, List<Quote> quotes) {
    public Analysis {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
        people = people == null ? null : List.copyOf(people);
        places = places == null ? null : List.copyOf(places);
        organizations = organizations == null ? null : List.copyOf(organizations);
        dates = dates == null ? null : List.copyOf(dates);
        quotes = quotes == null ? null : List.copyOf(quotes);
    }
}

package io.newslens.load;

import java.util.List;

import io.newslens.Metadata;
import io.newslens.model.Article;
import io.newslens.model.Published;

/**
 * Takes the input as the article body, unchanged, so that offsets line up with annotations made on
 * the input.
 */
public final class PlainLoader implements ArticleLoader {

    @Override
    public Article load(String content, Metadata known) {
        Published published = known.published() == null ? null : new Published(known.published(), "metadata");
        return new Article(known.title(), List.of(), null, published, null, content, List.of());
    }
}

package io.newslens.load;

import io.newslens.Metadata;
import io.newslens.model.Article;

/**
 * Turns the decoded text of one input into an {@link Article}. Implementations are thread-safe.
 */
public interface ArticleLoader {

    /**
     * Loads an article.
     *
     * @param content the input's decoded text (never blank)
     * @param known what the caller knows; its fields win over what the loader infers from the text
     * @return the article
     */
    Article load(String content, Metadata known);
}

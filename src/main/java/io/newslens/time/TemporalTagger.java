package io.newslens.time;

import java.time.LocalDate;
import java.util.List;

import io.newslens.model.TimeExpression;
import io.newslens.nlp.AnnotatedText;

/**
 * Finds temporal expressions and normalizes them to TIMEX3 values. Implementations are thread-safe.
 */
public interface TemporalTagger {

    /**
     * Tags {@code text}.
     *
     * @param text the annotated body text
     * @param anchor the article's publication date that relative expressions resolve against, or
     *     {@code null} when unknown (values then keep unknown parts as {@code X})
     * @return the expressions in text order
     */
    List<TimeExpression> tag(AnnotatedText text, LocalDate anchor);
}

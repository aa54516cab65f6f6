package io.newslens;

import java.util.function.Supplier;

import io.newslens.names.EntityFinder;
import io.newslens.names.NewsEntityFinder;
import io.newslens.nlp.OpenNlpAnnotator;
import io.newslens.nlp.TextAnnotator;

/**
 * newslens' own models, loading in the background. A load started by {@link NewsLens#preload()} is
 * handed to the next pipeline built and not kept here after that, so that the models go when the
 * pipelines that use them go.
 */
final class DefaultModels {

    private static Supplier<TextAnnotator> annotator;
    private static Supplier<EntityFinder> entityFinder;

    private DefaultModels() {
    }

    static synchronized void preload() {
        if (annotator == null) {
            annotator = Background.start(OpenNlpAnnotator::english);
        }
        if (entityFinder == null) {
            entityFinder = Background.start(NewsEntityFinder::english);
        }
    }

    /** The preloaded annotator, else one that starts loading now. */
    static synchronized Supplier<TextAnnotator> takeAnnotator() {
        Supplier<TextAnnotator> load = annotator != null ? annotator : Background.start(OpenNlpAnnotator::english);
        annotator = null;
        return load;
    }

    /** The preloaded entity finder, else one that starts loading now. */
    static synchronized Supplier<EntityFinder> takeEntityFinder() {
        Supplier<EntityFinder> load = entityFinder != null ? entityFinder
                : Background.start(NewsEntityFinder::english);
        entityFinder = null;
        return load;
    }
}

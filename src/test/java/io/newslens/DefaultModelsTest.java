package io.newslens;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.newslens.names.EntityFinder;
import io.newslens.names.NewsEntityFinder;
import io.newslens.nlp.OpenNlpAnnotator;
import io.newslens.nlp.TextAnnotator;

/** A preload is handed to one pipeline, then forgotten: the next one loads its own models. */
class DefaultModelsTest {

    @Test
    void handsAPreloadToTheNextPipelineOnly() {
        DefaultModels.preload();
        Supplier<TextAnnotator> first = DefaultModels.takeAnnotator();
        Supplier<TextAnnotator> second = DefaultModels.takeAnnotator();
        assertNotSame(first, second);
        TextAnnotator annotator = first.get();
        assertInstanceOf(OpenNlpAnnotator.class, annotator);
        assertSame(annotator, first.get());
        assertInstanceOf(OpenNlpAnnotator.class, second.get());
        Supplier<EntityFinder> finder = DefaultModels.takeEntityFinder();
        assertInstanceOf(NewsEntityFinder.class, finder.get());
    }
}

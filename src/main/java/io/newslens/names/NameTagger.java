package io.newslens.names;

import java.util.List;
import java.util.Objects;

import io.newslens.nlp.Token;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Runs the statistical name finder over a document. The model is shared; {@link NameFinderME} keeps
 * per-document state and is not thread-safe, so each thread has its own.
 */
final class NameTagger {

    private final ThreadLocal<NameFinderME> finders;

    NameTagger(TokenNameFinderModel model) {
        Objects.requireNonNull(model, "model");
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** Labels every sentence of the document with the names the model finds. */
    void tag(Labels labels) {
        NameFinderME finder = finders.get();
        // The adaptive (previous-outcome) features must not leak from one document into the next.
        finder.clearAdaptiveData();
        for (int s = 0; s < labels.sentenceCount(); s++) {
            List<Token> tokens = labels.tokens(s);
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(i).text();
            }
            for (Span span : finder.find(words)) {
                Kind kind = Kind.ofModelType(span.getType());
                if (kind != null) {
                    labels.set(s, span.getStart(), span.getEnd(), kind);
                }
            }
        }
        finder.clearAdaptiveData();
    }
}

package io.newslens.nlp;

import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;

/**
 * OpenNLP's tokenizer factory, subclassed, optionally with a context generator of its own: a subclass
 * may change anything, so the GIS splitter leaves it to TokenizerME. (Public and top-level because
 * OpenNLP instantiates a model's factory by its class name.)
 */
public class SubclassedTokenizerFactory extends TokenizerFactory {

    private final boolean ownGenerator;

    public SubclassedTokenizerFactory() {
        this(false);
    }

    SubclassedTokenizerFactory(boolean ownGenerator) {
        super("en", null, false, null);
        this.ownGenerator = ownGenerator;
    }

    @Override
    public TokenContextGenerator getContextGenerator() {
        return ownGenerator ? new DefaultTokenContextGenerator() {
        } : super.getContextGenerator();
    }
}

package io.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

class ChunkTokenizerTest {

    private static final String[] SENTENCES = {
        "SEOUL – U.S. Secretary of State Mike Pompeo said, on Thursday, that “talks” would go on.",
        "“We're not going to meet,” he said; Kim Jong-un's sister (Kim Yo Jong) didn't reply...",
        "Prices rose 3.5% to $1,200 in the U.S.-North Korea deal, said Dr. Smith\u00a0Jr. of N.Y.",
        "said, said, said, U.S. U.S. “We “We",
    };

    /** Remembered chunks must give exactly the tokenizer's own spans, the second time as the first. */
    @Test
    void givesTheTokenizersOwnSpans() throws IOException {
        TokenizerModel model;
        try (InputStream in = ChunkTokenizerTest.class.getResourceAsStream(OpenNlpAnnotator.TOKEN_MODEL)) {
            model = new TokenizerModel(in);
        }
        TokenizerME plain = new TokenizerME(model);
        ChunkTokenizer.Splitter[] splitters = {new TokenizerME(model)::tokenizePos, new GisTokenSplitter(model)};
        for (ChunkTokenizer.Splitter splitter : splitters) {
            for (boolean acrossArticles : new boolean[] {true, false}) {
                ChunkTokenizer cached = new ChunkTokenizer(splitter, acrossArticles);
                for (int round = 0; round < 2; round++) {
                    cached.startArticle();
                    for (String s : SENTENCES) {
                        assertArrayEquals(plain.tokenizePos(s), cached.tokenizePos(s), s);
                    }
                }
            }
        }
    }
}

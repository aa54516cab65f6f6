package io.newslens.nlp;

/** Gives each word of a sentence its part-of-speech tag; one per thread, as OpenNLP's taggers are. */
interface PosTagger {

    /** One tag per word. */
    String[] tag(String[] words);
}

package io.newslens.quotes;

/**
 * The views of one text that the parts deciding what a verb attributes read together: its tokens, noun
 * phrases, cues, clause bounds, who speaks through a cue, and the verb's voice. Built once per text so
 * every part reads the same ones.
 */
record Grammar(Tokens t, Phrases phrases, Cues cues, Clauses clauses, CueSpeakers cueSpeakers, Voice voice) {

    /** The views of {@code t}; {@code direct} says, per quote of the text, whether it is direct. */
    static Grammar of(Tokens t, boolean[] direct) {
        Phrases phrases = new Phrases(t);
        Cues cues = new Cues(t, phrases);
        return new Grammar(t, phrases, cues, new Clauses(t, phrases, cues, direct), new CueSpeakers(t, phrases, cues),
                new Voice(t));
    }
}

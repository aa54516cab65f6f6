package io.newslens.quotes;

/**
 * A phrase of the text that names who speaks: a name, a pronoun or a description.
 *
 * @param from first token of the phrase
 * @param to token after the phrase
 * @param start offset of the speaker's words (a name without its title)
 * @param end end offset of those words (exclusive)
 * @param kind name, pronoun or description
 * @param name the speaker as written (a name without title and possessive, or the description)
 * @param gender the gender the phrase implies
 * @param person whether the phrase surely names a person (title, honorific, first name)
 */
record SpeakerMention(int from, int to, int start, int end, Kind kind, String name, Lexicon.Gender gender,
                      boolean person) {

    /** What kind of phrase names the speaker. */
    enum Kind { NAME, PRONOUN, DESCRIPTION }
}

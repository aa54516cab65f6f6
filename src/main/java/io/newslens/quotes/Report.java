package io.newslens.quotes;

/**
 * A reported content one of the quote stage's parts found: tokens {@code [from, to)} (trailing
 * punctuation still in), the cue token that reports it, and the phrase naming who holds it (null when
 * the text names no one: "it was reported that …").
 */
record Report(int from, int to, int cue, SpeakerMention speaker) {
}

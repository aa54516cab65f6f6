package io.newslens.model;

import java.util.List;
import java.util.Objects;

/**
 * Something a person or organization said, as the article reports it.
 *
 * @param start offset of the quoted words (without quotation marks) in {@link Article#text()}
 * @param end end offset (exclusive)
 * @param text the quoted words
 * @param kind direct, partial or indirect
 * @param cue the speech verb or phrase ("said", "according to"), or {@code null}
 * @param speaker who said it, or {@code null} when the text names nobody
 * @param parts the quoted fragments of a partial quote (an indirect statement holding quoted words),
 *              in text order; empty for direct and indirect quotes
 * @param mode whether the text reports the source's words (speech), what the source believes, fears or
 *             wants (belief), or what a study, poll, report or record shows (evidence); {@code null}
 *             reads as speech
 */
public record Quote(int start, int end, String text, QuoteKind kind, String cue, Speaker speaker, List<Part> parts,
                    Mode mode) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        parts = parts == null ? List.of() : List.copyOf(parts);
        mode = mode == null ? Mode.SPEECH : mode;
    }

    /** A reported statement (mode speech). */
    public Quote(int start, int end, String text, QuoteKind kind, String cue, Speaker speaker, List<Part> parts) {
        this(start, end, text, kind, cue, speaker, parts, Mode.SPEECH);
    }

    /** A reported statement with no quoted fragments of its own. */
    public Quote(int start, int end, String text, QuoteKind kind, String cue, Speaker speaker) {
        this(start, end, text, kind, cue, speaker, List.of());
    }

    /**
     * A quoted fragment of a partial quote.
     *
     * @param start offset of the quoted words (without quotation marks) in {@link Article#text()}
     * @param end end offset (exclusive)
     * @param text the quoted words
     */
    public record Part(int start, int end, String text) {
        public Part {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * What the text attributes. Speech-only annotation schemes leave beliefs and evidence out.
     */
    public enum Mode {
        /** Words said or written ("Pompeo said …", "the report said …", "according to the study, …"). */
        SPEECH,
        /**
         * A thought, belief, hope, fear or intention ("officials believe …", "she wants to …"), or a
         * position taken ("Clinton endorsed Sanders", "accused Trump of lying").
         */
        BELIEF,
        /**
         * What a poll, study, survey, report, document or data show or find ("a new poll shows Clinton
         * ahead", "the study found that …", "video showed …"): a finding of a source that is no
         * person's speech or thought.
         */
        EVIDENCE,
        /**
         * What a source spoke about, given as its verb's object rather than as the words said
         * ("announced his resignation", "explained his reasoning", "described the plan as a gift"):
         * attribution schemes that count any content a source acts through count it, speech-only ones not.
         */
        TOPIC
    }

    /** How the words are reported. */
    public enum QuoteKind { DIRECT, PARTIAL, INDIRECT }

    /**
     * The speaker of a quote.
     *
     * @param entity the id of the person or organization entity, or {@code null} if it is none
     * @param name the entity's canonical name (or the description used when there is no entity)
     * @param start offset of the mention that attributes the quote
     * @param end end offset (exclusive) of that mention
     */
    public record Speaker(String entity, String name, int start, int end) {
    }
}

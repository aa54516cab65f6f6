package io.newslens.quotes;

/**
 * Decides when a sentence is a headline's statement: "Sanders: Clinton needs to change course", "Poll:
 * Clinton and Trump in dead heat". A name, or the source of a finding, opening its sentence before a
 * colon labels the rest as its statement, as headlines write "X says" short. A colon after an
 * all-capital label ("WATCH:") or before too few words labels no statement.
 */
final class Headlines {

    private final Tokens t;
    private final Phrases phrases;
    private final Attributions attributions;

    Headlines(Tokens tokens, Phrases phrases, Attributions attributions) {
        this.t = tokens;
        this.phrases = phrases;
        this.attributions = attributions;
    }

    /** The statement a colon among the first words of sentence [a, b) labels, or null. */
    Report of(int a, int b) {
        for (int colon = a + 1; colon < b && colon <= a + 4; colon++) {
            if (t.word(colon).equals(":") && t.outside(colon)) {
                Attributions.Found at = attributions.label(colon, a);
                // "Pence: …": a surname the tagger took for a noun, which the text gives after a first name.
                boolean single = colon == a + 1 && (Stances.findingSource(t.word(a)) || phrases.surnameElsewhere(a));
                SpeakerMention m = at != null ? at.speaker() : single ? phrases.fromRange(a, colon) : null;
                boolean written = t.word(a).chars().anyMatch(Character::isLowerCase) && t.word(a).length() > 1;
                return m != null && written && b - colon > 3 ? new Report(colon + 1, b, colon, m) : null;
            }
        }
        return null;
    }
}

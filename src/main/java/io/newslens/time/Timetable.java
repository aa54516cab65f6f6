package io.newslens.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newslens.nlp.Token;

/**
 * "He and Arafat meet separately Monday", "the team leaves Tuesday": a verb in the simple present
 * right after its subject, with a bare weekday after it (adverbs aside, no preposition), tells a
 * timetable, so the day lies ahead of the report. A verb of saying in the present is the reporting
 * present of broadcast news ("the president says Monday"), which looks back, and a past form, a
 * participle or a verb after a modal or "to" is decided by {@link Tense} as before.
 */
final class Timetable {

    private static final Set<String> SAYING = Set.of("say", "says", "tell", "tells", "report", "reports",
            "announce", "announces", "add", "adds", "note", "notes", "confirm", "confirms", "predict", "predicts",
            "claim", "claims", "insist", "insists", "acknowledge", "acknowledges", "deny", "denies");

    private static final Set<String> SUBJECT = Set.of("NOUN", "PROPN", "PRON");

    private Timetable() {
    }

    /** Whether the weekday at {@code s} follows a present-tense verb of a timetable. */
    static boolean ahead(Site s) {
        List<Token> tokens = s.tokens();
        int verb = s.tokenAt(s.m().start()) - 1;
        for (int adverbs = 0; verb >= 0 && adverbs < 2 && "ADV".equals(tokens.get(verb).pos()); adverbs++) {
            verb--;
        }
        if (verb < 1 || !"VERB".equals(tokens.get(verb).pos()) || !SUBJECT.contains(tokens.get(verb - 1).pos())) {
            return false;
        }
        String w = tokens.get(verb).text();
        String lower = w.toLowerCase(Locale.ROOT);
        return Character.isLowerCase(w.charAt(0)) && !SAYING.contains(lower) && !lower.endsWith("ed")
                && !lower.endsWith("ing") && Tense.ofToken(tokens, verb) != Tense.PAST;
    }
}

package io.newslens.quotes;

import java.util.Set;

/**
 * Decides whether a verb is passive ("was called", "is described", "got criticized"): its subject then
 * is what is named or criticized, not who speaks, so a passive verb attributes nobody's words.
 */
final class Voice {

    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "get",
            "gets", "got", "'s", "’s");

    private final Tokens t;

    Voice(Tokens tokens) {
        this.t = tokens;
    }

    /** Whether the verb at {@code k} of the sentence starting at {@code a} follows a form of "be" or "get". */
    boolean passive(int k, int a) {
        int i = k - 1;
        while (i > a && t.pos(i).equals("ADV")) {
            i--;
        }
        return i >= a && BE_FORMS.contains(t.lower(i));
    }
}

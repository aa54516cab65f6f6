package io.newslens.names;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newslens.nlp.Token;

/**
 * Finds the titles and roles the text gives a person mention: a title before the name ("Secretary of
 * State Mike Pompeo", "North Korean leader Kim Jong Un"), an apposition ("Kim Yo Jong, the powerful
 * sister of the North Korean leader,") or a copula ("Lee is the unification minister nominee").
 * A phrase counts as a role only if it holds a title or role noun of the lexicon.
 */
final class Roles {

    private static final Set<String> MODIFIER_POS = Set.of("NOUN", "ADJ", "PROPN");
    private static final Set<String> VERBS = Set.of("VERB", "AUX");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> COPULAS = Set.of("is", "was");
    private static final Set<String> RELATIVES = Set.of("who", "whom");
    private static final Set<String> ADVERBS = Set.of("also", "now", "still", "currently", "formerly");
    private static final Set<String> PHRASE_END = Set.of(",", ".", ";", ":", ")", "(", "\"", "\u201d", "\u201c", "?", "!");
    private static final int MAX_APPOSITION = 25;
    private static final int MAX_COPULA = 12;

    private final Lexicon lexicon;

    Roles(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The role before the mention, or {@code null}. */
    String before(Labels labels, Labels.Span span) {
        List<Token> tokens = labels.tokens(span.sentence());
        int end = span.first();
        while (end > 0 && lexicon.isHonorific(tokens.get(end - 1).text())) {
            end--;
        }
        int first = end;
        while (first > 0 && isModifier(labels, span.sentence(), first - 1)) {
            first--;
        }
        while (first < end && tokens.get(first).text().equals("of")) {
            first++;
        }
        return roleIn(labels, span.sentence(), first, end);
    }

    private boolean isModifier(Labels labels, int s, int i) {
        if (labels.kind(s, i) != null) {
            return false;
        }
        List<Token> tokens = labels.tokens(s);
        Token t = tokens.get(i);
        if (t.text().equals("of")) {
            // Inside a title only: "Secretary of State", "chief of staff", not "one of Trump".
            return i > 0 && i + 1 < tokens.size() && (lexicon.isTitle(tokens.get(i - 1).text())
                    || Character.isUpperCase(tokens.get(i - 1).text().charAt(0))
                    && Character.isUpperCase(tokens.get(i + 1).text().charAt(0)));
        }
        return MODIFIER_POS.contains(t.pos()) && !lexicon.isHonorific(t.text())
                && Character.isLetter(t.text().charAt(0));
    }

    /** The roles after the mention (apposition or copula); empty if none. */
    List<String> after(Labels labels, Labels.Span span) {
        List<Token> tokens = labels.tokens(span.sentence());
        int i = span.end();
        if (i + 1 >= tokens.size()) {
            return List.of();
        }
        String next = lower(tokens.get(i).text());
        if (next.equals(",")) {
            return apposition(labels, span.sentence(), i + 1);
        }
        if (COPULAS.contains(next)) {
            int first = skip(tokens, i + 1, ADVERBS);
            first = skip(tokens, first, ARTICLES);
            return listOf(roleIn(labels, span.sentence(), first, phraseEnd(tokens, first, MAX_COPULA, false)));
        }
        return List.of();
    }

    private static List<String> listOf(String role) {
        return role == null ? List.of() : List.of(role);
    }

    private List<String> apposition(Labels labels, int s, int first) {
        List<Token> tokens = labels.tokens(s);
        if (first < tokens.size() && RELATIVES.contains(lower(tokens.get(first).text()))) {
            int afterWho = first + 1;
            if (afterWho >= tokens.size() || !COPULAS.contains(lower(tokens.get(afterWho).text()))) {
                return List.of();
            }
            first = skip(tokens, afterWho + 1, ADVERBS);
        }
        int end = phraseEnd(tokens, first, MAX_APPOSITION, true);
        if (end < 0) {
            return List.of();
        }
        // "his sister and first vice director of ...": two roles joined by "and".
        for (int i = first + 1; i < end - 1; i++) {
            if (tokens.get(i).text().equals("and")) {
                String left = roleIn(labels, s, first, i);
                String right = roleIn(labels, s, i + 1, end);
                if (left != null && right != null) {
                    return List.of(left, right);
                }
            }
        }
        return listOf(roleIn(labels, s, first, end));
    }

    /**
     * Where a role phrase starting at {@code first} ends: at punctuation or at "and" opening a new
     * clause ("and Im is"). With {@code needsPunctuation}, -1 when no punctuation comes in time.
     */
    private static int phraseEnd(List<Token> tokens, int first, int max, boolean needsPunctuation) {
        int i = first;
        while (i < tokens.size() && i - first < max) {
            String w = tokens.get(i).text();
            if (PHRASE_END.contains(w)) {
                return i;
            }
            if (w.equals("and") && i + 1 < tokens.size()
                    && Character.isUpperCase(tokens.get(i + 1).text().charAt(0))) {
                return i;
            }
            i++;
        }
        return i == tokens.size() || !needsPunctuation ? i : -1;
    }

    private String roleIn(Labels labels, int s, int first, int end) {
        if (first >= end) {
            return null;
        }
        List<Token> tokens = labels.tokens(s);
        boolean hasTitle = false;
        for (int i = first; i < end; i++) {
            if (VERBS.contains(tokens.get(i).pos())) {
                // A clause, not a noun phrase: "ex Northrop executive commented the business has".
                return null;
            }
            if (lexicon.isTitle(Lexicon.stripPossessive(tokens.get(i).text()))) {
                hasTitle = true;
            }
        }
        if (!hasTitle) {
            return null;
        }
        return labels.text.text().substring(tokens.get(first).start(), tokens.get(end - 1).end());
    }

    private static int skip(List<Token> tokens, int i, Set<String> words) {
        while (i < tokens.size() && words.contains(lower(tokens.get(i).text()))) {
            i++;
        }
        return i;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}

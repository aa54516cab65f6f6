package io.newslens.time;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newslens.nlp.Token;

/**
 * Where a rule matched: the match, the document's anchor and the sentence tokens around it.
 *
 * @param m the rule's matcher, positioned on the expression
 * @param anchor the document's anchoring state
 * @param tokens the tokens of the whole text
 * @param text the whole body text
 * @param groups the names of the rule's groups
 */
record Site(Matcher m, Anchor anchor, List<Token> tokens, String text, Set<String> groups) {

    /** The named group's text, or {@code null} when the rule has no such group or it did not match. */
    String group(String name) {
        return groups.contains(name) ? m.group(name) : null;
    }

    boolean has(String name) {
        return group(name) != null;
    }

    /** The tense of the clause around the expression. */
    Tense tense() {
        int from = firstTokenEndingAfter(m.start());
        int to = from;
        while (to < tokens.size() && tokens.get(to).start() < m.end()) {
            to++;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        int lo = firstTokenEndingAfter(lineStart);
        int hi = firstTokenEndingAfter(lineEnd < 0 ? text.length() : lineEnd);
        return Tense.around(tokens, from, to, lo, hi);
    }

    /** The index of the first token ending after {@code offset}: the token holding it, or the next one. */
    int tokenAt(int offset) {
        return firstTokenEndingAfter(offset);
    }

    private int firstTokenEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The text just before the expression (up to {@code n} characters). */
    String before(int n) {
        return text.substring(Math.max(0, m.start() - n), m.start());
    }

    /** Whether {@code p} matches all of the {@code n} characters before the expression. */
    boolean before(int n, Pattern p) {
        return p.matcher(before(n)).matches();
    }

    /** Whether {@code p} matches all of the {@code n} characters after the expression. */
    boolean after(int n, Pattern p) {
        return p.matcher(after(n)).matches();
    }

    /** The text just after the expression (up to {@code n} characters). */
    String after(int n) {
        return text.substring(m.end(), Math.min(text.length(), m.end() + n));
    }
}

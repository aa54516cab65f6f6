package io.newslens.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newslens.model.TimeExpression;
import io.newslens.nlp.AnnotatedText;
import io.newslens.nlp.Token;
import io.newslens.time.Grammar.Rule;
import io.newslens.time.Values.Timex;

/**
 * newslens' temporal tagger for English news: a rule grammar (in the spirit of HeidelTime and SUTime)
 * finds expressions sentence by sentence, keeping the longest where matches overlap, and each is
 * normalized to a TIMEX3 value in text order, so that anaphoric expressions ("the previous day")
 * resolve against the last day the narrative named, and deictic ones ("yesterday") against the
 * publication date.
 *
 * <p>Stateless and thread-safe: the grammar is compiled once and the anchoring state lives in each
 * call.
 */
public final class RuleTemporalTagger implements TemporalTagger {

    /**
     * A match kept for normalization.
     *
     * @param matched the length the rule matched, before trimming: it decides between overlapping
     *     matches
     */
    private record Candidate(int start, int end, int rule, int matched) {
    }

    private static final Pattern ARTICLE_BEFORE_ADJECTIVE = Pattern.compile(
            "(?i)(?:a|an|its|the|their|his|her)\\s+(?=[\\w']+-[\\w-]+$|(?:\\d+|" + Lexicon.CARDINAL_WORD + ")\\s+"
            + "(?:second|minute|hour|day|week|month|year|decade)$)");

    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?i)(?:\\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thurs?|fri|sat|sun)|[ap]\\.m)\\.$");

    private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::matched)
            .reversed().thenComparingInt(Candidate::rule).thenComparingInt(Candidate::start);

    @Override
    public List<TimeExpression> tag(AnnotatedText text, LocalDate anchor) {
        Objects.requireNonNull(text, "text");
        Anchor state = new Anchor(anchor);
        List<Token> tokens = new ArrayList<>(text.tokenCount());
        text.sentences().forEach(s -> tokens.addAll(s.tokens()));
        String body = text.text();
        List<TimeExpression> out = new ArrayList<>();
        Matchers matchers = new Matchers(body);
        // Lines, not sentences, bound the search: sentence splitters break "Aug. 7" after the period.
        int lineStart = 0;
        while (lineStart < body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? body.length() : lineEnd;
            for (Candidate c : select(candidates(body, tokens, lineStart, lineEnd, matchers))) {
                TimeExpression t = normalize(body, tokens, c, state, matchers);
                if (t != null) {
                    out.add(t);
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static List<Candidate> candidates(String text, List<Token> tokens, int start, int end,
            Matchers matchers) {
        List<Candidate> found = new ArrayList<>();
        LineWords words = LineWords.of(text, start, end);
        for (int r = 0; r < Grammar.RULES.size(); r++) {
            Rule rule = Grammar.RULES.get(r);
            if (!rule.mayMatch(words)) {
                continue;
            }
            int[] windows = words.windows(rule.triggers(), rule.reach());
            for (int w = 0; w < windows.length; w += 2) {
                search(matchers.of(r, windows[w], windows[w + 1]), tokens, text, r, found, start, end);
            }
        }
        return found;
    }

    /**
     * The rule's matches in the matcher's region. Every match of a rule lies wholly inside one of its
     * windows and the windows are disjoint, so searching them one by one finds what searching the
     * whole line would, in the same order. A match inside the title of a work is no expression.
     */
    private static void search(Matcher m, List<Token> tokens, String text, int r, List<Candidate> found,
            int lineStart, int lineEnd) {
        Rule rule = Grammar.RULES.get(r);
        int end = m.regionEnd();
        while (m.find()) {
            Site site = new Site(m, null, tokens, text, rule.groups());
            if (m.end() > m.start() && rule.accept().test(site)
                    && !Titles.inTitle(text, m.start(), m.end(), lineStart, lineEnd)) {
                found.add(trimmed(text, m.start(), m.end(), r));
            } else if (m.start() + 1 < end) {
                // a rejected match may hide an acceptable one starting inside it
                m.region(m.start() + 1, end);
            }
        }
    }

    /**
     * TimeML extents: no article before an adjectival expression ("a [two-year] contract", "its
     * [third-quarter] profit") and no sentence period after a word that is not an abbreviation.
     */
    private static Candidate trimmed(String text, int start, int end, int rule) {
        int matched = end - start;
        Matcher article = ARTICLE_BEFORE_ADJECTIVE.matcher(text).region(start, end);
        if (article.lookingAt()) {
            start = article.end();
        }
        if (end - start > 1 && text.charAt(end - 1) == '.' && !ABBREVIATION_END.matcher(text)
                .region(start, end).find()) {
            end--;
        }
        return new Candidate(start, end, rule, matched);
    }

    /**
     * One matcher per rule for a call, made when the rule first runs and moved from region to region
     * after: making a matcher allocates its group arrays, and the rules run over every line.
     */
    private static final class Matchers {

        private final String text;
        private final Matcher[] byRule = new Matcher[Grammar.RULES.size()];

        Matchers(String text) {
            this.text = text;
        }

        /** Rule {@code r}'s matcher over {@code start..end}, seeing the text around it. */
        Matcher of(int r, int start, int end) {
            Matcher m = byRule[r];
            if (m == null) {
                m = Grammar.RULES.get(r).pattern().matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                byRule[r] = m;
            }
            return m.region(start, end);
        }
    }

    /** The longest non-overlapping candidates, in text order. */
    private static List<Candidate> select(List<Candidate> found) {
        found.sort(PREFERENCE);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            if (kept.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    private static TimeExpression normalize(String text, List<Token> tokens, Candidate c, Anchor state,
            Matchers matchers) {
        Rule rule = Grammar.RULES.get(c.rule());
        Matcher m = matchers.of(c.rule(), c.start(), c.end());
        if (!m.matches()) {
            return null;
        }
        Timex t = rule.resolve().apply(new Site(m, state, tokens, text, rule.groups()));
        if (t == null) {
            return null;
        }
        return new TimeExpression(c.start(), c.end(), text.substring(c.start(), c.end()), t.type(), t.value(),
                t.mod());
    }
}

package io.newslens.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

import io.newslens.model.TimeExpression;
import io.newslens.nlp.AnnotatedText;
import io.newslens.nlp.Sentence;
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

    /** A match kept for normalization. */
    private record Candidate(int start, int end, int rule) {
        int length() {
            return end - start;
        }
    }

    private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::length)
            .reversed().thenComparingInt(Candidate::rule).thenComparingInt(Candidate::start);

    @Override
    public List<TimeExpression> tag(AnnotatedText text, LocalDate anchor) {
        Objects.requireNonNull(text, "text");
        Anchor state = new Anchor(anchor);
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            for (Candidate c : select(candidates(text.text(), sentence))) {
                TimeExpression t = normalize(text.text(), sentence, c, state);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static List<Candidate> candidates(String text, Sentence sentence) {
        List<Candidate> found = new ArrayList<>();
        for (int r = 0; r < Grammar.RULES.size(); r++) {
            Rule rule = Grammar.RULES.get(r);
            Matcher m = matcher(rule, text, sentence.start(), sentence.end());
            while (m.find()) {
                Site site = new Site(m, null, sentence.tokens(), text, rule.groups());
                if (m.end() > m.start() && rule.accept().test(site)) {
                    found.add(new Candidate(m.start(), m.end(), r));
                } else if (m.start() + 1 < sentence.end()) {
                    // a rejected match may hide an acceptable one starting inside it
                    m.region(m.start() + 1, sentence.end());
                }
            }
        }
        return found;
    }

    private static Matcher matcher(Rule rule, String text, int start, int end) {
        Matcher m = rule.pattern().matcher(text);
        m.region(start, end);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
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

    private static TimeExpression normalize(String text, Sentence sentence, Candidate c, Anchor state) {
        Rule rule = Grammar.RULES.get(c.rule());
        Matcher m = matcher(rule, text, c.start(), c.end());
        if (!m.matches()) {
            return null;
        }
        Timex t = rule.resolve().apply(new Site(m, state, sentence.tokens(), text, rule.groups()));
        if (t == null) {
            return null;
        }
        return new TimeExpression(c.start(), c.end(), text.substring(c.start(), c.end()), t.type(), t.value(),
                t.mod());
    }
}

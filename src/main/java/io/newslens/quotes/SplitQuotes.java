package io.newslens.quotes;

import java.util.ArrayList;
import java.util.List;

import io.newslens.model.Quote;
import io.newslens.model.Quote.QuoteKind;

/**
 * Both halves of a split quote are one quote: "“We tried,” she said, “and failed.”" and "“We tried,”
 * she said. “It failed.”" are each one direct quote of hers whose parts are the quoted stretches, and
 * whose span runs from the first to the last, attribution included. A clause the attribution reports
 * besides ("…,” she said, noting that …. “…”") stays a quote of its own and does not part the halves.
 */
final class SplitQuotes {

    /** The most characters between the halves: the attribution and its punctuation, no sentence of its own. */
    private static final int MAX_GAP = 250;

    private SplitQuotes() {
    }

    /** The quotes (in text order) with each direct quote joined to the uncued direct quotes right after it. */
    static List<Quote> join(List<Quote> quotes, String text) {
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote first = quotes.get(i);
            List<Quote> halves = new ArrayList<>(List.of(first));
            List<Quote> between = new ArrayList<>();
            int next = afterReports(quotes, i + 1);
            while (next < quotes.size() && continues(halves, quotes.get(next), text)) {
                between.addAll(quotes.subList(i + 1, next));
                halves.add(quotes.get(next));
                i = next;
                next = afterReports(quotes, i + 1);
            }
            out.add(halves.size() == 1 ? first : joined(halves, text));
            out.addAll(between);
        }
        return out;
    }

    /**
     * The first quote from {@code i} on that is not a cued report: "“…,” Clark said, noting he would
     * support …. “…”" reports a clause of its own between the halves, which stays a quote of its own.
     */
    private static int afterReports(List<Quote> quotes, int i) {
        int n = i;
        while (n < quotes.size() && quotes.get(n).kind() != QuoteKind.DIRECT && quotes.get(n).cue() != null) {
            n++;
        }
        return n;
    }

    /**
     * The next quote continues the split quote when both are direct, the first carries the attribution
     * between them, the next has none of its own, and one paragraph holds them.
     */
    private static boolean continues(List<Quote> halves, Quote next, String text) {
        Quote first = halves.get(0);
        Quote last = halves.get(halves.size() - 1);
        if (first.kind() != QuoteKind.DIRECT || next.kind() != QuoteKind.DIRECT || first.cue() == null
                || next.cue() != null || first.speaker() == null || next.start() < last.end()) {
            return false;
        }
        String gap = text.substring(last.end(), next.start());
        boolean attributionBetween = halves.size() > 1
                || first.speaker().start() >= last.end() && first.speaker().end() <= next.start();
        return attributionBetween && gap.length() <= MAX_GAP && gap.indexOf('\n') < 0
                && first.speaker().equals(next.speaker() == null ? null : withMention(next.speaker(), first.speaker()));
    }

    /** The speaker {@code s} as pointed at by {@code mention}'s offsets, to compare who is meant. */
    private static Quote.Speaker withMention(Quote.Speaker s, Quote.Speaker mention) {
        return new Quote.Speaker(s.entity(), s.name(), mention.start(), mention.end());
    }

    private static Quote joined(List<Quote> halves, String text) {
        Quote first = halves.get(0);
        Quote last = halves.get(halves.size() - 1);
        List<Quote.Part> parts = halves.stream().map(h -> new Quote.Part(h.start(), h.end(), h.text())).toList();
        return new Quote(first.start(), last.end(), text.substring(first.start(), last.end()), QuoteKind.DIRECT,
                first.cue(), first.speaker(), parts);
    }
}

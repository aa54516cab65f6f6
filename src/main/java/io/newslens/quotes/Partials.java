package io.newslens.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.newslens.model.Quote;
import io.newslens.model.Quote.QuoteKind;

/**
 * One statement, one quote: an indirect statement that holds quoted fragments becomes a single quote
 * of kind partial whose parts are those fragments, and the fragments are no longer quotes of their own.
 */
final class Partials {

    private static final Comparator<Quote> TEXT_ORDER =
            Comparator.comparingInt(Quote::start).thenComparingInt(q -> -q.end());

    private Partials() {
    }

    /** The quotes with every partial fragment folded into the indirect statement holding it, in text order. */
    static List<Quote> fold(List<Quote> quotes) {
        List<Quote> sorted = new ArrayList<>(quotes);
        sorted.sort(TEXT_ORDER);
        Set<Quote> folded = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Quote> out = new ArrayList<>();
        for (Quote q : sorted) {
            if (folded.contains(q)) {
                continue;
            }
            List<Quote.Part> parts = new ArrayList<>();
            if (q.kind() == QuoteKind.INDIRECT) {
                for (Quote p : sorted) {
                    if (p.kind() == QuoteKind.PARTIAL && inside(p, q) && !folded.contains(p)) {
                        parts.add(new Quote.Part(p.start(), p.end(), p.text()));
                        folded.add(p);
                    }
                }
            }
            // Quoted words are words the source said: a belief holding them ("he believed the station
            // acted by “tossing roadblocks”") reports speech.
            out.add(parts.isEmpty() ? q
                    : new Quote(q.start(), q.end(), q.text(), QuoteKind.PARTIAL, q.cue(), q.speaker(), parts));
        }
        out.removeIf(folded::contains);
        out.sort(TEXT_ORDER);
        return List.copyOf(out);
    }

    private static boolean inside(Quote inner, Quote outer) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}

package io.newslens.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word 4-gram shingles, as the scrapinghub article-extraction benchmark compares bodies: the texts
 * are reduced to word tokens so that whitespace and punctuation differences do not count.
 */
final class Shingles {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private Shingles() {
    }

    static Set<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> shingles = new HashSet<>();
        int n = Math.min(N, words.size());
        for (int i = 0; n > 0 && i + n <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + n)));
        }
        return shingles;
    }

    /** Precision and recall of {@code predicted} against {@code gold}: {precision, recall}. */
    static double[] precisionRecall(String predicted, String gold) {
        Set<String> p = of(predicted);
        Set<String> g = of(gold);
        if (p.isEmpty() && g.isEmpty()) {
            return new double[] {1, 1};
        }
        long tp = p.stream().filter(g::contains).count();
        double precision = p.isEmpty() ? 0 : (double) tp / p.size();
        double recall = g.isEmpty() ? 0 : (double) tp / g.size();
        return new double[] {precision, recall};
    }
}

package io.newslens.load.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article text a page declares in JSON-LD ({@code articleBody}), as evidence for the scorer:
 * a paragraph whose word sequences occur in it is article text. Declared bodies are often cut
 * short (paywalls, teasers), so missing text counts against a paragraph only mildly.
 */
final class BodyHint {

    /** Declared bodies shorter than this are summaries, not evidence. */
    private static final int MIN_BODY = 400;
    private static final int N = 4;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final BodyHint NONE = new BodyHint(Set.of());

    private final Set<String> shingles;

    private BodyHint(Set<String> shingles) {
        this.shingles = shingles;
    }

    static BodyHint of(String articleBody) {
        return articleBody == null || articleBody.length() < MIN_BODY ? NONE : new BodyHint(shingles(articleBody));
    }

    /** How much a paragraph's points count: 2 when all of it is declared, 0.2 when none is, 1 without a hint. */
    double weight(String paragraph) {
        if (shingles.isEmpty()) {
            return 1;
        }
        Set<String> own = shingles(paragraph);
        if (own.isEmpty()) {
            return 1;
        }
        long found = own.stream().filter(shingles::contains).count();
        return 0.2 + 1.8 * found / own.size();
    }

    private static Set<String> shingles(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        String[] window = new String[N];
        int seen = 0;
        Set<String> out = new HashSet<>();
        while (m.find()) {
            window[seen % N] = m.group();
            seen++;
            if (seen >= N) {
                StringBuilder sb = new StringBuilder();
                for (int i = seen - N; i < seen; i++) {
                    sb.append(window[i % N]).append(' ');
                }
                out.add(sb.toString());
            }
        }
        return out;
    }
}

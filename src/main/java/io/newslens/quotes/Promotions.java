package io.newslens.quotes;

import java.util.regex.Pattern;

/**
 * Decides which paragraphs link to another story ("READ MORE: Trudeau says …", "WATCH: …"). News pages
 * set such links inside the article text; a headline quoted there is that other story's, so the quote
 * stage reads none of their words.
 */
final class Promotions {

    /** Labels that open a link to another story in the article text. */
    private static final Pattern PROMOTION = Pattern.compile(
            "(READ MORE|WATCH|RELATED|VIDEO|PHOTOS|SEE ALSO|LISTEN)( ON [A-Z ]+)?:");

    private final Tokens t;

    Promotions(Tokens tokens) {
        this.t = tokens;
    }

    /** Whether the paragraph of token {@code token} opens with a link label. */
    boolean promotes(int token) {
        int start = t.text.lastIndexOf('\n', t.get(token).start()) + 1;
        return PROMOTION.matcher(t.text).region(start, t.text.length()).lookingAt();
    }
}

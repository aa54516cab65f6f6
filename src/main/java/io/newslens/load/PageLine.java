package io.newslens.load;

/**
 * One non-blank line of a saved page with the measures the loader decides on.
 *
 * @param index position among the page's non-blank lines
 * @param text the line, stripped
 * @param words number of words
 * @param stopWords number of English function words
 * @param endsSentence whether the line ends like a sentence
 * @param kind what the line looks like on its own
 * @param named the kind of furniture phrase the line is ("Skip to content"), or {@code null}: it
 *     names the line once it is left out of the body, and does not decide that
 */
record PageLine(int index, String text, int words, int stopWords, boolean endsSentence, LineKind kind,
        LineKind named) {

    /** A copy with another kind. */
    PageLine as(LineKind newKind) {
        return new PageLine(index, text, words, stopWords, endsSentence, newKind, named);
    }

    /** A copy counting {@code n} words. */
    PageLine withWords(int n) {
        return new PageLine(index, text, n, stopWords, endsSentence, kind, named);
    }

    /** Share of function words: high in running text, low in menus, names and headlines. */
    double stopRatio() {
        return words == 0 ? 0 : (double) stopWords / words;
    }
}

package io.newslens.model;

/** What kind of input an article was read from. */
public enum InputFormat {
    /** The article body as it is: no clean-up, offsets line up with the input. */
    PLAIN,
    /** Text saved or copied from a browser, with page clutter to remove. */
    TEXT,
    /** A saved HTML page. */
    HTML
}

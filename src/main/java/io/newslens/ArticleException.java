package io.newslens;

/**
 * An input that cannot be analysed: it names the input and says what is wrong with it.
 */
public class ArticleException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String reason;

    /**
     * @param input the file path or record id
     * @param reason what is wrong, e.g. {@code "empty article"}
     */
    public ArticleException(String input, String reason) {
        this(input, reason, null);
    }

    /** Same, with the underlying cause. */
    public ArticleException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
        this.input = input;
        this.reason = reason;
    }

    /** The file path or record id. */
    public String input() {
        return input;
    }

    /** What is wrong with the input. */
    public String reason() {
        return reason;
    }
}

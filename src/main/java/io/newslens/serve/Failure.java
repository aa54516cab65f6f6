package io.newslens.serve;

/** A request that gets an error answer: its HTTP status and the reason given to the client. */
final class Failure extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final boolean retry;

    Failure(int status, String reason) {
        this(status, reason, false);
    }

    /** With {@code retry}, the answer invites the client to try again shortly ({@code Retry-After}). */
    Failure(int status, String reason, boolean retry) {
        super(reason, null, false, false);
        this.status = status;
        this.retry = retry;
    }

    int status() {
        return status;
    }

    boolean retry() {
        return retry;
    }
}

package io.newslens.serve;

import java.time.Duration;

/**
 * How a {@link Server} runs.
 *
 * @param host the address to listen on; a loopback one keeps the service on this machine
 * @param port the port, 0 for any free one
 * @param workers analyses run at once
 * @param queue analyses that may wait for a worker; past that, requests get 503 with Retry-After
 * @param timeLimit how long one analysis may run before its request gets an error
 * @param maxBytes the largest request body (and, for JSON Lines, the largest stream) accepted
 * @param readTimeout how long a client may take to send its request, body included
 * @param anyHost answer whatever name the client used for this server (a server on a network address);
 *     otherwise only loopback names, so a web page cannot reach it through DNS rebinding
 */
public record Settings(String host, int port, int workers, int queue, Duration timeLimit, long maxBytes,
                       Duration readTimeout, boolean anyHost) {

    /** Loopback port 8080, a worker per core, a queue of 64, 60 s per analysis, 10 MiB, 30 s to send. */
    public static Settings defaults() {
        return new Settings("127.0.0.1", 8080, Runtime.getRuntime().availableProcessors(), 64,
                Duration.ofSeconds(60), 10L * 1024 * 1024, Duration.ofSeconds(30), false);
    }

    public Settings {
        if (port < 0 || port > 65535 || workers < 1 || queue < 0 || maxBytes < 1
                || timeLimit.isNegative() || timeLimit.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("port must be 0-65535; workers, max size and time limits positive");
        }
    }

    /** A copy listening on {@code newPort}. */
    public Settings withPort(int newPort) {
        return new Settings(host, newPort, workers, queue, timeLimit, maxBytes, readTimeout, anyHost);
    }
}

package io.newslens.serve;

import java.time.Duration;

/**
 * The time a client has to send its request, body included. The JDK's HTTP server closes a connection
 * whose request takes longer (so a client that sends a few bytes a minute cannot hold a thread), but
 * it reads that limit from a system property once, when its first server is made.
 */
final class ReadTimeout {

    static final String PROPERTY = "sun.net.httpserver.maxReqTime";

    private ReadTimeout() {
    }

    /** Sets the limit unless the JVM was started with one. */
    static synchronized void apply(Duration limit) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, Long.toString(Math.max(1, limit.toSeconds())));
        }
    }
}

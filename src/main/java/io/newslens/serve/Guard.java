package io.newslens.serve;

import java.net.URI;
import java.util.Locale;

import com.sun.net.httpserver.HttpExchange;

/**
 * Keeps web pages out of a loopback server. A page on another site can make the browser send requests to
 * 127.0.0.1 in two ways: under its own host name, re-pointed at 127.0.0.1 (DNS rebinding), which the
 * {@code Host} check refuses; and as a cross-site form or fetch, which the {@code Origin} check refuses.
 */
final class Guard {

    private final boolean anyHost;

    Guard(boolean anyHost) {
        this.anyHost = anyHost;
    }

    /** Refuses (403) a request sent under a name that is not loopback, or from another site's page. */
    void check(HttpExchange exchange) throws Failure {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (!anyHost && host != null && !isLoopback(hostName(host))) {
            throw new Failure(403, "host not allowed: " + host + " (this server answers loopback names only)");
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !exchange.getRequestMethod().equals("GET") && !sameSite(origin, host)) {
            throw new Failure(403, "cross-site request refused (Origin " + origin + ")");
        }
    }

    private boolean sameSite(String origin, String host) {
        try {
            URI o = URI.create(origin.strip());
            String authority = o.getRawAuthority();
            if (authority == null) {
                return false;
            }
            return host != null ? authority.equalsIgnoreCase(host.strip()) : !anyHost && isLoopback(o.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The name in a Host header, without its port; IPv6 addresses keep no brackets. */
    static String hostName(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(1, close);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    static boolean isLoopback(String name) {
        if (name == null) {
            return false;
        }
        String n = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        n = n.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.equals("localhost") || n.endsWith(".localhost") || n.equals("::1")
                || n.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}

package io.newslens.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

import io.newslens.model.InputFormat;

/** What a request asks: its media type, charset, query parameters, and its body read within the size limit. */
final class Request {

    /** How much of a refused body is read and dropped, in multiples of the size limit. */
    private static final long DRAIN_FACTOR = 4;

    private final HttpExchange exchange;
    private final String mediaType;
    private final Charset charset;
    private final Map<String, String> query;

    Request(HttpExchange exchange) throws Failure {
        this.exchange = exchange;
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String[] parts = (type == null ? "" : type).split(";");
        this.mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        this.charset = charset(parts);
        this.query = form(exchange.getRequestURI().getRawQuery());
    }

    String mediaType() {
        return mediaType;
    }

    Charset charset() {
        return charset;
    }

    /** The {@code published} query parameter, or {@code null}. */
    LocalDate published() throws Failure {
        return date(query.get("published"));
    }

    /** The {@code format} query parameter, or {@code fallback}. */
    InputFormat format(InputFormat fallback) throws Failure {
        return format(query.get("format"), fallback);
    }

    static LocalDate date(String value) throws Failure {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Failure(400, "published is not a date (YYYY-MM-DD): " + value);
        }
    }

    static InputFormat format(String value, InputFormat fallback) throws Failure {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "plain" -> InputFormat.PLAIN;
            case "text" -> InputFormat.TEXT;
            case "html" -> InputFormat.HTML;
            default -> throw new Failure(400, "unknown format: " + value + " (expected plain, text or html)");
        };
    }

    /** The whole body as text, refused with 413 past {@code maxBytes}. */
    String text(long maxBytes) throws Failure, IOException {
        return new String(bytes(maxBytes), charset);
    }

    /** The whole body, refused with 413 past {@code maxBytes}. */
    byte[] bytes(long maxBytes) throws Failure, IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = declaredLength() > maxBytes ? null
                    : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body == null || body.length > maxBytes) {
                drain(in, DRAIN_FACTOR * maxBytes);
                throw tooLarge(maxBytes);
            }
            return body;
        }
    }

    /**
     * Reads and drops what a refused body still holds, up to {@code limit}, so a client still sending gets
     * the answer instead of a reset connection; the read timeout bounds the time this takes.
     */
    private static void drain(InputStream in, long limit) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long left = limit;
        for (int n = in.read(sink); n > 0 && left > 0; n = in.read(sink)) {
            left -= n;
        }
    }

    private long declaredLength() throws Failure {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw new Failure(400, "Content-Length is not a number: " + length);
        }
    }

    static Failure tooLarge(long maxBytes) {
        return new Failure(413, String.format(Locale.ROOT, "request body is over the size limit of %.1f MiB",
                maxBytes / 1048576.0));
    }

    /** Decodes {@code a=1&b=2} (a query string or a form body). */
    static Map<String, String> form(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // a broken escape: the parameter is ignored, as browsers do
            }
        }
        return out;
    }

    private static Charset charset(String[] typeParts) throws Failure {
        for (int i = 1; i < typeParts.length; i++) {
            String p = typeParts[i].trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").trim();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new Failure(415, "unsupported charset: " + name);
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The request's path, for error messages. */
    static String describe(HttpExchange exchange) {
        URI uri = exchange.getRequestURI();
        return exchange.getRequestMethod() + " " + uri.getPath();
    }
}

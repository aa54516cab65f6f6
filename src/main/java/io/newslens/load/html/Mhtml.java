package io.newslens.load.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a single-file web archive ({@code .mhtml}, as Chrome saves it): a MIME multipart/related
 * message whose first {@code text/html} part is the page. Only the JDK is needed: the part is
 * quoted-printable or base64.
 */
final class Mhtml {

    private static final Pattern BOUNDARY = Pattern.compile("boundary\\s*=\\s*\"?([^\";\\n]+)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)",
            Pattern.CASE_INSENSITIVE);

    private static final int HEAD_LIMIT = 4096;

    /** The page inside an archive, where it was saved from and when. */
    record Page(String html, String url, LocalDate savedOn) {
    }

    private Mhtml() {
    }

    /** Whether {@code content} is a MIME archive rather than HTML. */
    static boolean isMhtml(String content) {
        if (content.startsWith("<")) {
            return false;
        }
        int end = content.indexOf("\n\n");
        String head = content.substring(0, Math.min(end < 0 ? content.length() : end, HEAD_LIMIT))
                .toLowerCase(Locale.ROOT);
        return head.contains("mime-version:") && head.contains("multipart/related");
    }

    /** The archive's HTML part, or {@code null} when it has none. */
    static Page read(String content) {
        int headEnd = content.indexOf("\n\n");
        Map<String, String> headers = headers(content.substring(0, Math.max(headEnd, 0)));
        Matcher b = BOUNDARY.matcher(headers.getOrDefault("content-type", ""));
        if (headEnd < 0 || !b.find()) {
            return null;
        }
        String delimiter = "--" + b.group(1).strip();
        for (String part : content.substring(headEnd).split(Pattern.quote(delimiter))) {
            String html = htmlOf(part);
            if (html != null) {
                return new Page(html, headers.get("snapshot-content-location"), date(headers.get("date")));
            }
        }
        return null;
    }

    private static String htmlOf(String part) {
        String p = part.startsWith("\n") ? part.substring(1) : part;
        int end = p.indexOf("\n\n");
        if (end < 0) {
            return null;
        }
        Map<String, String> h = headers(p.substring(0, end));
        String type = h.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/html")) {
            return null;
        }
        Matcher cs = CHARSET.matcher(type);
        Charset charset = cs.find() ? HtmlDecoder.charset(cs.group(1)) : null;
        String encoding = h.getOrDefault("content-transfer-encoding", "").strip().toLowerCase(Locale.ROOT);
        String body = p.substring(end + 2);
        byte[] bytes = switch (encoding) {
            case "quoted-printable" -> quotedPrintable(body);
            case "base64" -> Base64.getMimeDecoder().decode(body.strip());
            default -> body.getBytes(StandardCharsets.ISO_8859_1);
        };
        if (charset == null) {
            charset = HtmlDecoder.declaredCharset(bytes);
        }
        return new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    /** Header names in lower case; folded lines joined. */
    private static Map<String, String> headers(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        String last = null;
        for (String line : block.split("\n")) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                out.put(last, out.get(last) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                out.put(last, line.substring(colon + 1).strip());
            }
        }
        return out;
    }

    static byte[] quotedPrintable(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '=') {
                out.write(c);
            } else if (i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                i++; // soft line break
            } else if (i + 2 < body.length() && hex(body.charAt(i + 1)) >= 0 && hex(body.charAt(i + 2)) >= 0) {
                out.write(hex(body.charAt(i + 1)) * 16 + hex(body.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static LocalDate date(String header) {
        if (header == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package io.newslens.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The phrases of page furniture that news sites share ("Skip to main content", "Advertisement",
 * "Most read"), read once from {@code boilerplate.txt}. Only the headings that close an article
 * (related stories, comments) take part in finding the body; the other phrases just name the kind
 * of a line already left out of it, as line features decide what is clutter.
 */
final class Boilerplate {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Boilerplate INSTANCE = load("boilerplate.txt");

    private final Map<String, LineKind> exact;
    private final List<Map.Entry<String, LineKind>> prefixes;

    private Boilerplate(Map<String, LineKind> exact, List<Map.Entry<String, LineKind>> prefixes) {
        this.exact = exact;
        this.prefixes = prefixes;
    }

    static Boilerplate get() {
        return INSTANCE;
    }

    /** The kind of furniture {@code line} is, or {@code null} when it is no known phrase. */
    LineKind match(String line) {
        String key = key(line);
        LineKind kind = exact.get(key);
        if (kind != null) {
            return kind;
        }
        for (Map.Entry<String, LineKind> p : prefixes) {
            if (key.startsWith(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }

    /** Lower case, inner spaces collapsed, trailing punctuation and symbols dropped. */
    static String key(String line) {
        String s = line.toLowerCase(Locale.ROOT).strip();
        int end = s.length();
        while (end > 1 && ":.!»›>|-–—".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        String trimmed = s.substring(0, end).strip();
        return SPACES.matcher(trimmed).replaceAll(" ");
    }

    private static Boilerplate load(String resource) {
        Map<String, LineKind> exact = new HashMap<>();
        List<Map.Entry<String, LineKind>> prefixes = new ArrayList<>();
        try (InputStream in = Boilerplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                LineKind kind = LineKind.valueOf(line.substring(0, tab).toUpperCase(Locale.ROOT));
                String phrase = line.substring(tab + 1);
                if (phrase.endsWith("*")) {
                    prefixes.add(Map.entry(phrase.substring(0, phrase.length() - 1).toLowerCase(Locale.ROOT), kind));
                } else {
                    exact.put(key(phrase), kind);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new Boilerplate(Map.copyOf(exact), List.copyOf(prefixes));
    }
}

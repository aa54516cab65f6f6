package io.newslens.load.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns byline strings into the names of people (or agencies): drops "By", job titles, dates,
 * e-mail prompts and "Staff", and splits "A, B and C".
 */
final class Names {

    private static final Pattern LEAD = Pattern.compile(
            "^(?i)(?:(?:written|posted|reported|story|text|words|compiled|edited)\\s+)?(?:by|from|author|authors)\\b[:\\s]*");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||&|\\band\\b|\\bwith\\b|\\n)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CUT = Pattern.compile(
            "(?i)\\s*(?:\\b(?:updated|published|posted|last modified|on|for)\\b|\\d{1,2}:\\d\\d|\\b(?:19|20)\\d\\d\\b|[|•·]).*$");
    private static final Pattern NOT_A_NAME = Pattern.compile("[@\\d/<>=#]|https?:|www\\.|\\.com\\b");
    private static final Set<String> NOISE = Set.of("staff", "editor", "editors", "editorial", "correspondent",
            "reporter", "reporters", "writer", "writers", "contributor", "contributors", "team", "desk", "newsroom",
            "admin", "administrator", "email", "e-mail", "mail", "follow", "view", "more", "posts", "articles",
            "author", "profile", "twitter", "facebook", "bio", "subscribe", "photographer", "columnist", "senior",
            "chief", "analyst", "producer", "guest", "opinion", "contributing", "updated", "published", "share",
            "comments", "comment", "read", "minute", "min", "sign", "agencies", "jobs", "hire", "online");
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "van", "von", "der", "den",
            "di", "du", "la", "le", "bin", "al", "el", "ibn", "y", "dos", "das", "ter", "st.");
    private static final int MAX_WORDS = 5;
    /** A wire agency written after the reporter's name without a separator ("Jane Roe Associated Press"). */
    private static final Pattern AGENCY_TAIL = Pattern.compile(
            "(?<=\\S)\\s+(?:The\\s+)?(?:Associated Press|AP|Reuters|AFP|Bloomberg)$");

    private Names() {
    }

    /** The clean names in {@code raw} bylines, in order, without duplicates. */
    static List<String> clean(List<String> raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String byline : raw) {
            String b = LEAD.matcher(byline.replaceAll("\\s+", " ").strip()).replaceFirst("");
            b = CUT.matcher(b).replaceFirst("");
            for (String part : SPLIT.split(b)) {
                String name = LEAD.matcher(part.strip()).replaceFirst("").replaceAll("^[\\s\\-–—:]+|[\\s\\-–—:.,]+$", "");
                name = withoutJobTitle(AGENCY_TAIL.matcher(name).replaceFirst(""));
                if (isName(name)) {
                    out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** "Maria Lopez Staff Writer" without the job words after the name. */
    private static String withoutJobTitle(String name) {
        String[] words = name.split("\\s+");
        int end = words.length;
        while (end > 2 && NOISE.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        return String.join(" ", Arrays.copyOf(words, end));
    }

    static boolean isName(String s) {
        if (s.length() < 3 || s.length() > 60 || NOT_A_NAME.matcher(s).find()) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > MAX_WORDS || words.length <= 2 && words[0].equals("The")) {
            return false;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[.,]", "");
            if (NOISE.contains(lower)) {
                return false;
            }
            if (!PARTICLES.contains(lower) && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }
}

package io.newslens.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed byline: "By MATTHEW LEE and KIM TONG-HYUNG Associated Press" gives the authors
 * Matthew Lee and Kim Tong-hyung and the agency Associated Press.
 *
 * @param authors the people named, in order, in their usual capitalization
 * @param agency the news agency the byline names, or {@code null}
 */
record Byline(List<String> authors, String agency) {

    /** "By", or the wire trailer's "(Reporting by". */
    private static final Pattern LEAD = Pattern.compile("^\\W*(?:(?:additional\\s+)?reporting\\s+|writing\\s+)?by\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Where the names stop: a date, a time, a pipe, a dash, or the editors after a semicolon. */
    private static final Pattern TAIL = Pattern.compile(
            "\\s+(?:on|at|updated|published|posted)\\s+.*$|\\s*[|•·;)]\\s*.*$|\\s+[–—-]\\s+.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENCY = Pattern.compile(
            "(?:,\\s*|\\s+)(Associated Press|The Associated Press|AP|Reuters|Agence France-Presse|AFP|Bloomberg"
                    + "|Bloomberg News|CNN|BBC News|Press Association|PA|UPI|dpa|Kyodo|Yonhap|Xinhua)\\W*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,\\s*and\\s+|,|\\s+and\\s+|\\s*&\\s*)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}.'’-]*){0,3}$");
    // Runs of spaces too: a saved page may hold "JANE  DOE", and an empty word has no first letter.
    private static final Pattern WORD_SPACE = Pattern.compile("\\s+");

    /** The byline in {@code line} ("By ..."), or {@code null} when it names nobody. */
    static Byline parse(String line) {
        Matcher lead = LEAD.matcher(line);
        if (!lead.find()) {
            return null;
        }
        String rest = " " + TAIL.matcher(line.substring(lead.end())).replaceFirst("");
        String agency = null;
        Matcher a = AGENCY.matcher(rest);
        if (a.find()) {
            agency = a.group(1);
            rest = rest.substring(0, a.start());
        }
        List<String> authors = new ArrayList<>();
        for (String part : SEPARATORS.split(rest.strip())) {
            String name = part.strip();
            if (NAME.matcher(name).matches() && Dates.weekdays(name).isEmpty()) {
                authors.add(capitalize(name));
            }
        }
        return authors.isEmpty() && agency == null ? null : new Byline(authors, agency);
    }

    /** The agency alone on a line under the byline ("Associated Press"), or {@code null}. */
    static String agencyLine(String line) {
        Matcher a = AGENCY.matcher(" " + line.strip());
        return a.matches() ? a.group(1) : null;
    }

    /** "KIM TONG-HYUNG" becomes "Kim Tong-hyung"; names already in mixed case stay as written. */
    static String capitalize(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : WORD_SPACE.split(name)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}

package io.newslens.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verbs that attribute a position or a finding rather than words ("Trump called for …", "she
 * criticized …", "a new poll shows …"), and where the content they attribute starts: the verb's object
 * or clause. Who holds the position is the verb's subject, found as for speech verbs.
 */
final class Stances {

    /** What a stance verb's complement may be. */
    enum Kind {
        /** A position on something: an object or "that …". */
        TARGET,
        /** What a study, poll or report shows: an object or a clause. */
        FINDING
    }

    private record Verb(Kind kind, Set<String> particles) {
    }

    /** Heads of the phrases that report findings: "a new poll", "the study", "census data". */
    private static final Set<String> FINDING_SOURCES = Set.of("poll", "polls", "survey", "surveys", "study",
            "studies", "report", "reports", "analysis", "data", "research", "review", "audit", "investigation",
            "figures", "numbers", "statistics", "estimates", "model", "forecast", "census", "index", "paper",
            "findings", "results", "count", "tally", "averages", "average", "polling", "projections");
    /** Records that show what happened: "video shows …", "documents show …"; they report no one's view. */
    private static final Set<String> EVIDENCE = Set.of("video", "footage", "transcript", "transcripts", "records",
            "documents", "evidence", "chart", "map", "emails", "filings", "disclosures", "returns");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "why", "whether", "where", "who", "which");
    /** What a quantifier tagged as an adverb may go before in an object: "most voters", "nearly half". */
    private static final Set<String> QUANTIFIED_TAGS = Set.of("NOUN", "NUM", "ADJ", "DET");
    private static final Set<String> OBJECT_TAGS = Set.of("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON");

    private static final Map<String, Verb> VERBS = read("stance-verbs.txt");

    private final Tokens t;

    Stances(Tokens tokens) {
        this.t = tokens;
    }

    /** The kind of stance verb at token {@code i} (with its particle, if it needs one), or null. */
    Kind kind(int i) {
        if (!t.outside(i)) {
            return null;
        }
        Verb v = VERBS.get(t.lower(i));
        if (v == null) {
            return null;
        }
        if (!v.particles().isEmpty() && (i + 1 >= t.size() || !v.particles().contains(t.lower(i + 1)))) {
            return null;
        }
        return v.kind();
    }

    /** Whether a particle ("for" of "called for") belongs to the verb at {@code i}. */
    private boolean hasParticle(int i) {
        Verb v = VERBS.get(t.lower(i));
        return v != null && !v.particles().isEmpty();
    }

    /** Whether the phrase ending at token {@code head} may report a finding ("a new poll", "the data"). */
    static boolean findingSource(String head) {
        return FINDING_SOURCES.contains(head.toLowerCase(Locale.ROOT));
    }

    /** Whether the phrase ending at token {@code head} may show a finding: a source or a record ("video"). */
    static boolean showsFinding(String head) {
        String w = head.toLowerCase(Locale.ROOT);
        return FINDING_SOURCES.contains(w) || EVIDENCE.contains(w);
    }

    /** Whether {@code word} opens an embedded question ("how", "whether"). */
    static boolean asksQuestion(String word) {
        return QUESTION_WORDS.contains(word);
    }

    /** First token of the content of the stance verb at {@code k}, or -1 when it has none there. */
    int complementStart(int k, int b) {
        int j = hasParticle(k) ? k + 2 : k + 1;
        if (j >= b || !t.outside(j)) {
            return -1;
        }
        String w = t.lower(j);
        if (w.equals("that") && j + 1 < b && !t.pos(j + 1).equals("NOUN")) {
            return j;
        }
        if (asksQuestion(w) && j + 1 < b) {
            // "the poll shows how hard it will be …": an embedded question is the finding.
            return j;
        }
        // "called for reducing taxes": a gerund is the object; "showed Trump/VERB leading": the tagger
        // misreads a name; "shows most/ADV voters …": a quantifier the tagger takes for an adverb.
        boolean quantified = t.pos(j).equals("ADV") && j + 1 < b && QUANTIFIED_TAGS.contains(t.pos(j + 1));
        boolean object = OBJECT_TAGS.contains(t.pos(j)) || t.pos(j).startsWith("PROPN") || quantified
                || t.pos(j).equals("VERB") && (w.endsWith("ing") || Character.isUpperCase(t.word(j).charAt(0)));
        // "criticized it", "praised them": a pronoun object says too little to be a content.
        return object && !w.equals("it") && !w.equals("them") ? j : -1;
    }

    private static Map<String, Verb> read(String resource) {
        Map<String, Verb> out = new HashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] words = line.split("\\s+");
            Kind kind = Kind.valueOf(words[0].toUpperCase(Locale.ROOT));
            List<String> particles = java.util.Arrays.stream(words).filter(w -> w.startsWith("@"))
                    .map(w -> w.substring(1)).toList();
            Verb v = new Verb(kind, Set.copyOf(particles));
            for (int i = 1; i < words.length; i++) {
                if (!words[i].startsWith("@")) {
                    out.put(words[i], v);
                }
            }
        }
        return Map.copyOf(out);
    }
}

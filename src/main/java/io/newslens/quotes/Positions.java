package io.newslens.quotes;

import io.newslens.model.Quote;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides what a verb of position taking attributes to its subject: the stand it takes, stated as the
 * verb's object ("Clinton endorsed Sanders", "she defended the decision"), with what the verb's sense
 * carries after the object ("accused Trump of lying", "blamed Congress for the delay", "urged him to
 * resign"); where that ends is {@link ObjectPhrases}' part. A passive, an infinitive ("to endorse"), a
 * participle that modifies a noun ("Trump's proposed ban") or an object that is no noun phrase
 * attributes nothing. Verbs of communication whose object is what was spoken about ("announced his
 * resignation", "explained his reasoning", topic-verbs.txt) are read the same way, as topics.
 */
final class Positions {

    private static final Set<String> POSSESSIVE_MARKS = ObjectPhrases.POSSESSIVE_MARKS;

    /** The words (lower case) that carry the rest of a position after a verb's object. */
    private static final Map<String, Set<String>> VERBS = read("position-verbs.txt");
    /** Verbs of communication with what was spoken about as their object, and their linking words. */
    private static final Map<String, Set<String>> TOPIC_VERBS = read("topic-verbs.txt");
    /**
     * Speech verbs whose object is no topic: whom they address ("told reporters"), what is thought
     * ("believed Putin"), or a sense that is no speech ("maintained a lead", "claimed victory", "added 0.3 per cent").
     */
    private static final Set<String> NO_TOPIC = Set.of("tell", "ask", "urge", "warn", "remind", "assure",
            "reassure", "inform", "notify", "advise", "caution", "implore", "beg", "plead", "scold", "answer",
            "reply", "respond", "thank", "accuse", "threaten", "promise", "pledge", "vow", "continue", "show",
            "believe", "think", "feel", "estimate", "guess", "reckon", "wonder", "deny", "reveal", "maintain",
            "echo", "assert", "claim", "declare", "snap", "dub", "observe", "counter", "crow", "add");

    private final Tokens t;
    private final Grammar g;
    private final ObjectPhrases objects;

    Positions(Grammar g) {
        this.t = g.t();
        this.g = g;
        this.objects = new ObjectPhrases(g.t(), g.clauses(), g.cues());
    }

    /** The position the verb at {@code k} of sentence [a, b) attributes, with its holder; or null. */
    Report of(int k, int a, int b) {
        Set<String> links = t.outside(k) ? linksOf(t.lower(k)) : null;
        boolean participle = t.word(k).endsWith("ing");
        if (links == null || modifier(k, a) || participle && !(k > a && t.word(k - 1).equals(",")) || !verbAt(k, a)
                || g.voice().passive(k, a) || k > a && t.lower(k - 1).equals("to")) {
            return null;
        }
        int start = afterPreposition(k + 1, b, links);
        if (start >= 0 && start < b && speechTopic(k) && (t.pos(start).startsWith("PRON") || t.lower(start).equals("that"))) {
            // "added that …" misread, "declaring it": a pronoun says nothing of what was spoken about.
            return null;
        }
        int end = start < 0 ? -1 : objects.contentEnd(start, b, links);
        if (end < 0) {
            return null;
        }
        SpeakerMention m = g.cueSpeakers().subject(k, a, participle);
        return m == null ? null : new Report(start, end, k, m);
    }

    /**
     * Where the object starts: right after the verb, or after the preposition a verb of talking takes
     * ("talked about the economy", "referring to Trump"); -1 when such a verb has none of its own.
     */
    private int afterPreposition(int j, int b, Set<String> links) {
        boolean prepositional = links.stream().anyMatch(w -> w.startsWith("@"));
        if (!prepositional) {
            return j;
        }
        return j < b && t.outside(j) && links.contains("@" + t.lower(j)) ? j + 1 : -1;
    }

    /** What the verb at {@code k} reports: a topic for a verb of communication, else a position held. */
    Quote.Mode mode(int k) {
        return VERBS.containsKey(t.lower(k)) ? Quote.Mode.BELIEF : Quote.Mode.TOPIC;
    }

    /** Whether the verb at {@code k} is a speech verb read for its topic, not one of the lists. */
    private boolean speechTopic(int k) {
        return !VERBS.containsKey(t.lower(k)) && !TOPIC_VERBS.containsKey(t.lower(k));
    }

    private static Set<String> linksOf(String word) {
        Set<String> links = VERBS.get(word);
        if (links == null) {
            links = TOPIC_VERBS.get(word);
        }
        String lemma = links == null ? Lexicon.INSTANCE.speechLemma(word) : null;
        // A speech verb's object is its topic ("wrote a letter", "mentioned the debate"), but not a
        // verb's addressee ("told reporters") or its bare form ("would say").
        boolean topic = lemma != null && !lemma.equals(word) && !NO_TOPIC.contains(lemma);
        return topic ? Set.of() : links;
    }

    /**
     * A participle that modifies the noun after it: "Trump's proposed ban", "the Koch-backed group".
     */
    private boolean modifier(int k, int a) {
        int at = t.get(k).start();
        boolean hyphened = at > 0 && t.text.charAt(at - 1) == '-';
        String before = k > a ? t.lower(k - 1) : "";
        boolean possessive = POSSESSIVE_MARKS.stream().anyMatch(before::endsWith);
        // "the proposed ban", "271 pledged delegates": a determiner, adjective or number before it.
        return hyphened || possessive || k > a && (t.pos(k - 1).equals("DET") || t.pos(k - 1).equals("ADJ")
                || t.pos(k - 1).equals("NUM"));
    }

    /**
     * The tagger takes some verb forms for nouns after a name or pronoun ("Trump backs/NOUN …"); an
     * uninflected form after a name is a noun ("Trump support is strong").
     */
    private boolean verbAt(int k, int a) {
        boolean inflected = t.word(k).endsWith("s") || t.word(k).endsWith("ed");
        return t.pos(k).equals("VERB") || k > a && (inflected && t.pos(k - 1).equals("PROPN")
                || g.phrases().isSubjectPronoun(k - 1));
    }

    private static Map<String, Set<String>> read(String resource) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] words = line.split("\\s+");
            // "+of" carries the position on after the object; "@about" is the preposition before it.
            Set<String> links = java.util.Arrays.stream(words).filter(w -> w.startsWith("+") || w.startsWith("@"))
                    .map(w -> w.startsWith("+") ? w.substring(1) : w).collect(java.util.stream.Collectors.toUnmodifiableSet());
            for (String w : words) {
                if (!w.startsWith("+") && !w.startsWith("@")) {
                    out.put(w, links);
                }
            }
        }
        return Map.copyOf(out);
    }
}

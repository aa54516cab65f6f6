package io.newslens.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.newslens.model.Analysis;
import io.newslens.model.Entity;
import io.newslens.model.Mention;

/**
 * Scores the people an article names as a set of names, against a gold {@code peopleNames} list (names
 * without offsets, as the Gender Gap Tracker data gives them): precision, recall and F1 of newslens'
 * person entities, micro-averaged over documents.
 *
 * <p>Names are compared after normalising: accents removed, lower case, typographic apostrophes made
 * plain, a trailing possessive ({@code 's}, {@code '}) dropped, periods dropped, hyphens read as spaces,
 * whitespace collapsed, and initials written apart joined ({@code "T. J."} = {@code "T.J."} = {@code "TJ"}).
 * Gold names and predicted entities are each counted once per distinct normalised name (entities with
 * the same name are one prediction).
 *
 * <p>Each gold name and each prediction is matched at most once, greedily, in three passes:
 * <ol>
 * <li>the entity's canonical name equals the gold name;</li>
 * <li>one of the entity's mention texts equals it (the canonical name may have grown a stray word, as in
 *     "Besides Demi", while a mention is the bare name);</li>
 * <li>one of the entity's canonical name and the gold name is a single word, the other a name of several
 *     words ending in that word ({@code "McCallum"} / {@code "Doug McCallum"}), and no other name of
 *     several words in the document, gold or predicted, ends in it: with two Closses in the article,
 *     {@code "Closs"} cannot be told apart and matches neither.</li>
 * </ol>
 * A predicted name left unmatched (an unmerged duplicate such as a second "Woods" entity, a byline, a
 * non-person) lowers precision; a gold name left unmatched lowers recall.
 */
final class PeopleNameScorer implements Scorer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("( ?'s|(?<=s)')$");
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern SPACED_INITIALS = Pattern.compile("(?<=\\b\\p{L}) (?=\\p{L}\\b)");

    private int gold;
    private int predicted;
    private int matched;

    @Override
    public boolean appliesTo(JsonNode doc) {
        for (JsonNode layer : doc.path("layers")) {
            if (layer.asText().equals("peopleNames")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void add(JsonNode doc, Analysis analysis) {
        List<String> golds = new ArrayList<>();
        doc.path("peopleNames").forEach(n -> golds.add(n.asText()));
        List<Entity> people = analysis == null || analysis.people() == null ? List.of() : analysis.people();
        int[] counts = score(golds, people);
        gold += counts[0];
        predicted += counts[1];
        matched += counts[2];
    }

    /** Scores one document: {gold names, predicted names, matches}, after normalising and merging. */
    static int[] score(List<String> goldNames, List<Entity> people) {
        List<String> golds = new ArrayList<>(distinct(goldNames));
        List<Prediction> preds = predictions(people);
        return new int[] {golds.size(), preds.size(), new Matching(golds, preds).count()};
    }

    private static Set<String> distinct(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            String n = normalise(name);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The entities as predictions, one per distinct normalised canonical name. */
    private static List<Prediction> predictions(List<Entity> people) {
        Map<String, Set<String>> texts = new LinkedHashMap<>();
        for (Entity e : people) {
            String name = normalise(e.name());
            if (!name.isEmpty()) {
                Set<String> own = texts.computeIfAbsent(name, k -> new LinkedHashSet<>());
                e.mentions().stream().map(Mention::text).map(PeopleNameScorer::normalise).forEach(own::add);
            }
        }
        List<Prediction> out = new ArrayList<>();
        texts.forEach((name, own) -> out.add(new Prediction(name, own)));
        return out;
    }

    /** The name as compared: see the class comment. */
    static String normalise(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('.', ' ');
        s = SPACES.matcher(HYPHENS.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
        s = POSSESSIVE.matcher(s).replaceAll("");
        return SPACED_INITIALS.matcher(s).replaceAll("");
    }

    /** A predicted person: its normalised canonical name and mention texts. */
    private record Prediction(String name, Set<String> texts) {
    }

    /** One document's greedy one-to-one matching of gold names and predictions. */
    private static final class Matching {
        private final List<String> golds;
        private final List<Prediction> preds;
        private final boolean[] goldUsed;
        private final boolean[] predUsed;
        private final Map<String, Integer> fullNamesByLastWord = new HashMap<>();
        private int count;

        Matching(List<String> golds, List<Prediction> preds) {
            this.golds = golds;
            this.preds = preds;
            goldUsed = new boolean[golds.size()];
            predUsed = new boolean[preds.size()];
            Set<String> fullNames = new LinkedHashSet<>();
            golds.stream().filter(n -> n.contains(" ")).forEach(fullNames::add);
            preds.stream().map(Prediction::name).filter(n -> n.contains(" ")).forEach(fullNames::add);
            fullNames.forEach(n -> fullNamesByLastWord.merge(lastWord(n), 1, Integer::sum));
        }

        int count() {
            pass(0);
            pass(1);
            pass(2);
            return count;
        }

        private void pass(int kind) {
            for (int g = 0; g < golds.size(); g++) {
                for (int p = 0; p < preds.size() && !goldUsed[g]; p++) {
                    if (!predUsed[p] && matches(kind, golds.get(g), preds.get(p))) {
                        goldUsed[g] = true;
                        predUsed[p] = true;
                        count++;
                    }
                }
            }
        }

        private boolean matches(int kind, String gold, Prediction pred) {
            return switch (kind) {
                case 0 -> pred.name().equals(gold);
                case 1 -> pred.texts().contains(gold);
                default -> surnameOf(gold, pred.name()) || surnameOf(pred.name(), gold);
            };
        }

        /** Whether {@code single} is the last word of {@code full} and of no other full name here. */
        private boolean surnameOf(String single, String full) {
            return !single.contains(" ") && full.contains(" ") && lastWord(full).equals(single)
                    && fullNamesByLastWord.getOrDefault(single, 0) == 1;
        }

        private static String lastWord(String name) {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        if (gold == 0 && predicted == 0) {
            return m;
        }
        double p = predicted == 0 ? 0 : (double) matched / predicted;
        double r = gold == 0 ? 0 : (double) matched / gold;
        m.put("peopleNames.gold", (double) gold);
        m.put("peopleNames.predicted", (double) predicted);
        m.put("peopleNames.precision", p);
        m.put("peopleNames.recall", r);
        m.put("peopleNames.f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
        return m;
    }
}

package io.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newslens.model.Analysis;
import io.newslens.model.Article;
import io.newslens.model.Entity;
import io.newslens.model.InputFormat;
import io.newslens.model.Mention;
import io.newslens.model.Source;

class PeopleNameScorerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A person entity; offsets do not matter to this scorer. */
    private static Entity person(String name, String... mentions) {
        List<Mention> ms = Arrays.stream(mentions.length == 0 ? new String[] {name} : mentions)
                .map(t -> new Mention(0, t.length(), t)).toList();
        return new Entity("p", name, ms, List.of());
    }

    private static Analysis analysis(Entity... people) {
        return new Analysis(null, new Source("-", InputFormat.TEXT), Article.ofText("x"), List.of(people),
                List.of(), List.of(), null, null);
    }

    private static JsonNode gold(String... names) {
        ObjectNode doc = MAPPER.createObjectNode().put("text", "x");
        doc.putArray("layers").add("quotes").add("peopleNames");
        ArrayNode list = doc.putArray("peopleNames");
        Arrays.stream(names).forEach(list::add);
        return doc;
    }

    @Test
    void normalisingIgnoresSpellingDetailsOfTheSameName() {
        assertEquals("murray sinclair", PeopleNameScorer.normalise("  Murray \u00a0Sinclair "));
        assertEquals("graham delaet", PeopleNameScorer.normalise("GRAHAM DELAET"));
        assertEquals("lin manuel miranda", PeopleNameScorer.normalise("Lin-Manuel Miranda"));
        assertEquals("tj brodie", PeopleNameScorer.normalise("T.J. Brodie"));
        assertEquals("tj brodie", PeopleNameScorer.normalise("T. J. Brodie"));
        assertEquals("franklin d roosevelt", PeopleNameScorer.normalise("Franklin D. Roosevelt"));
        assertEquals("trudeau", PeopleNameScorer.normalise("Trudeau\u2019s"));
        assertEquals("jones", PeopleNameScorer.normalise("Jones'"));
        assertEquals("o'regan", PeopleNameScorer.normalise("O\u2019Regan"));
        assertEquals("ludwig goransson", PeopleNameScorer.normalise("Ludwig G\u00f6ransson"));
    }

    @Test
    void constructedDocumentGivesExpectedPrecisionAndRecall() {
        PeopleNameScorer scorer = new PeopleNameScorer();
        JsonNode gold = gold("Doug McCallum", "Brenda Locke", "Jayme Closs", "James Closs", "Kim", "Wendy Smith");
        assertTrue(scorer.appliesTo(gold));
        scorer.add(gold, analysis(
                person("McCallum"),                  // surname of one gold full name: matches
                person("Brenda Locke's"),            // possessive dropped: matches
                person("Brenda Locke"),              // same name again: one prediction, not two
                person("Closs"),                     // two Closses in the gold: matches neither
                person("Besides Kim", "Besides Kim", "Kim"), // stray word in the name, bare mention matches
                person("City Hall")));               // not a gold person
        Map<String, Double> m = scorer.metrics();
        assertEquals(6.0, m.get("peopleNames.gold"));
        assertEquals(5.0, m.get("peopleNames.predicted"));
        assertEquals(3.0 / 5, m.get("peopleNames.precision"), 1e-9);
        assertEquals(3.0 / 6, m.get("peopleNames.recall"), 1e-9);
        assertEquals(2 * 0.6 * 0.5 / 1.1, m.get("peopleNames.f1"), 1e-9);
    }

    @Test
    void exactMatchesComeBeforeSurnameMatches() {
        // "Woods" comes first but "Tiger Woods" equals the gold name, so it takes it; "Woods" is left over.
        int[] counts = PeopleNameScorer.score(List.of("Tiger Woods"), List.of(person("Woods"), person("Tiger Woods")));
        assertArrayEquals(new int[] {1, 2, 1}, counts);
    }

    @Test
    void fullGoldNameMatchesAPredictedSurnameOnlyWhenUnambiguous() {
        assertArrayEquals(new int[] {1, 1, 1}, PeopleNameScorer.score(List.of("Denise Closs"), List.of(person("Closs"))));
        // A predicted "James Closs" makes the bare surname ambiguous.
        assertArrayEquals(new int[] {1, 2, 0},
                PeopleNameScorer.score(List.of("Denise Closs"), List.of(person("Closs"), person("James Closs"))));
    }

    @Test
    void surnameRuleNeedsOneSingleWordAndTheLastWord() {
        // A first name is not a last word; a two-word tail is not a single word.
        assertArrayEquals(new int[] {2, 2, 0}, PeopleNameScorer.score(List.of("Doug", "Abir Al Basha"),
                List.of(person("Doug McCallum"), person("Al Basha"))));
    }

    @Test
    void microAveragesOverDocumentsAndCountsAFailedAnalysisAsNothingFound() {
        PeopleNameScorer scorer = new PeopleNameScorer();
        scorer.add(gold("Ann Lee"), analysis(person("Ann Lee")));
        scorer.add(gold("Bo Chan", "Cy Diaz", "Di Ng"), null);
        Map<String, Double> m = scorer.metrics();
        assertEquals(1.0, m.get("peopleNames.precision"));
        assertEquals(0.25, m.get("peopleNames.recall"), 1e-9, "1 of 4 names, not the mean of 1 and 0");
    }

    @Test
    void appliesOnlyWhereTheLayerIsAnnotated() throws Exception {
        JsonNode quotesOnly = MAPPER.readTree("{\"text\": \"x\", \"layers\": [\"quotes\"], \"peopleNames\": []}");
        assertFalse(new PeopleNameScorer().appliesTo(quotesOnly));
        assertTrue(new PeopleNameScorer().metrics().isEmpty());
    }
}

package io.newslens.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.nlp.OpenNlpAnnotator;
import io.newslens.nlp.Token;

/**
 * The news rules and the document-level step on labels set by hand, as the model might have set them:
 * each test fixes what the rules make of given labels, whatever the shipped model tags.
 */
class NewsRulesTest {

    private static OpenNlpAnnotator annotator;
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        annotator = OpenNlpAnnotator.english();
        lexicon = Lexicon.load();
    }

    /**
     * The text's labels with each given name tagged wherever it occurs, as {@code kind}; a later name
     * overwrites an earlier one it overlaps.
     */
    private static Labels labelled(String text, Object... namesAndKinds) {
        Labels labels = new Labels(annotator.annotate(text));
        for (int k = 0; k < namesAndKinds.length; k += 2) {
            tagEverywhere(labels, (String) namesAndKinds[k], (Kind) namesAndKinds[k + 1]);
        }
        return labels;
    }

    private static void tagEverywhere(Labels labels, String name, Kind kind) {
        int words = name.split(" ").length;
        for (int s = 0; s < labels.sentenceCount(); s++) {
            List<Token> tokens = labels.tokens(s);
            for (int i = 0; i + words <= tokens.size(); i++) {
                if (NewsRules.text(tokens, i, i + words).equals(name)) {
                    labels.set(s, i, i + words, kind);
                }
            }
        }
    }

    /** Rules, propagation and rules again as the finder runs them; the names left, as "kind:text". */
    private static List<String> afterRules(Labels labels) {
        NewsRules rules = new NewsRules(lexicon);
        rules.apply(labels);
        new Propagation(lexicon).apply(labels);
        rules.gazetteerPlaces(labels);
        List<String> out = new ArrayList<>();
        for (Labels.Span span : labels.spans()) {
            out.add(span.kind() + ":" + NewsRules.text(labels.tokens(span.sentence()), span.first(), span.end()));
        }
        return out;
    }

    /** Asserts the names left after the rules, as "kind:text", when the given names are tagged in the text. */
    private static void assertNames(List<String> expected, String text, Object... namesAndKinds) {
        assertEquals(expected, afterRules(labelled(text, namesAndKinds)));
    }

    @Test
    void aMakerBeforeAModelFigureIsTheProductAndSoIsTheNameAfterIt() {
        assertNames(List.of("ORGANIZATION:Qantas", "ORGANIZATION:Boeing"),
                "Qantas ordered 12 new Boeing 787 Dreamliner jets on Monday. "
                + "Boeing said the Dreamliner would enter service in 2012.",
                "Qantas", Kind.ORGANIZATION, "Boeing", Kind.ORGANIZATION, "Dreamliner", Kind.ORGANIZATION);
    }

    @Test
    void aPossessiveMakerAndATeamsScoreStayNames() {
        assertNames(List.of("ORGANIZATION:Boeing", "ORGANIZATION:Durham", "PERSON:S. Watkin"),
                "The airline chose the Airbus A350 over Boeing's 787, it said.\n\n"
                + "Durham 114 ( S. Watkin 4-28 ) and 211 .",
                "Boeing", Kind.ORGANIZATION, "Durham", Kind.ORGANIZATION, "S. Watkin", Kind.PERSON);
    }

    @Test
    void aBowlersFigureIsNoModel() {
        assertNames(List.of("PERSON:J. Adams", "PERSON:Healy", "PERSON:Fleming"),
                "J. Adams c Healy b Fleming 44", "J. Adams", Kind.PERSON, "Healy", Kind.PERSON,
                "Fleming", Kind.PERSON);
    }

    @Test
    void aModelFigureAfterAHyphenatedMaker() {
        assertNames(List.of("ORGANIZATION:Airbus"),
                "The jet has four Rolls-Royce Trent 900 engines, Airbus said.",
                "Royce Trent", Kind.PERSON, "Airbus", Kind.ORGANIZATION);
    }

    @Test
    void aNameBeforeAnIndexWordIsTheIndexThroughoutTheArticle() {
        assertNames(List.of("ORGANIZATION:Nomura"),
                "The Dow Jones industrial average rose 120 points on Friday.\n\n"
                + "The Dow Jones had lost 300 points a week earlier, traders at Nomura said.",
                "Dow Jones", Kind.ORGANIZATION, "Nomura", Kind.ORGANIZATION);
    }

    @Test
    void untaggedIndexWordsMakeAShorterFormInAHeadlineTheIndex() {
        assertNames(List.of(),
                "Dow slips as oil climbs\n\nThe Dow Jones Industrial Average fell 80 points on Monday.",
                "Dow", Kind.PERSON);
    }

    @Test
    void aNameInAppositionAfterAnIndexIsTheIndex() {
        assertNames(List.of("PLACE:Wall Street"),
                "Wall Street's best-known index, the Dow Jones, fell 80 points on Monday.",
                "Dow Jones", Kind.PERSON, "Wall Street", Kind.PLACE);
    }

    @Test
    void aMonthEndsNoIndexName() {
        assertNames(List.of("ORGANIZATION:Chicago Purchasing Managers"),
                "A report showed the Chicago Purchasing Managers August index rose to 60.",
                "Chicago Purchasing Managers", Kind.ORGANIZATION);
    }

    @Test
    void aTitleWithPeriodsIsNoPerson() {
        assertNames(List.of("PERSON:Tim Cook", "ORGANIZATION:Apple"),
                "Tim Cook, Apple's C.E.O., said sales rose.", "Tim Cook", Kind.PERSON,
                "C.E.O.", Kind.PERSON, "Apple", Kind.ORGANIZATION);
    }

    @Test
    void aNameAgainstASlashIsAPhotoCreditEvenWhereTheArticleNamesThePersonToo() {
        assertNames(List.of("PERSON:Jane Porter", "ORGANIZATION:Daily Herald", "PERSON:Paul Hendricks",
                "PERSON:Porter"),
                "Mayor Jane Porter opened the library. ( Paul Hendricks / Daily Herald )\n\n"
                + "Paul Hendricks took the photographs, Porter said.",
                "Jane Porter", Kind.PERSON, "Paul Hendricks", Kind.PERSON, "Daily Herald", Kind.ORGANIZATION);
    }

    @Test
    void aLinkToAnotherStoryNamesNoOneHereButAFormFieldDoes() {
        Labels labels = labelled("Mayor Jane Porter opened the library.\n\n"
                + "READ MORE: Maria Lopez wins the council race in Springfield\n\n"
                + "PAYING AGENT : Springfield National Bank , Springfield",
                "Jane Porter", Kind.PERSON, "Maria Lopez", Kind.PERSON, "Springfield", Kind.PLACE,
                "Springfield National Bank", Kind.ORGANIZATION);
        List<String> names = afterRules(labels);
        assertTrue(names.contains("PERSON:Jane Porter"));
        assertTrue(names.contains("ORGANIZATION:Springfield National Bank"));
        assertEquals(List.of(), names.stream().filter(n -> n.contains("Lopez")).toList());
        // The form's place is a name; the headline's, the same word, is not.
        assertEquals(1, names.stream().filter(n -> n.equals("PLACE:Springfield")).count());
    }

    @Test
    void aNameBeforeARankAndAPersonIsTheirOrganization() {
        assertNames(List.of("ORGANIZATION:St. Charles Police", "PERSON:Tom Wilkison"),
                "The operator heard shots, St. Charles Police Lt. Tom Wilkison said.",
                "Charles Police", Kind.PERSON, "Tom Wilkison", Kind.PERSON);
    }

    @Test
    void aNameAfterACapitalisedTheInsideASentenceIsNoPersonUnlessItModifiesANoun() {
        assertNames(List.of("PERSON:Ann Ruiz", "PLACE:Hague", "PERSON:Tolliver"),
                "Ann Ruiz spoke at a forum hosted by The Ledger on Monday. She flew on to The Hague, "
                + "where The Tolliver government fell.",
                "Ann Ruiz", Kind.PERSON, "Ledger", Kind.PERSON, "Hague", Kind.PLACE, "Tolliver", Kind.PERSON);
    }

    @Test
    void twoCountriesRunTogetherAfterAnAbbreviationAreTwoPlacesButARegionOfOneIsOne() {
        assertNames(List.of("PLACE:U.S.", "PLACE:North Korea", "PLACE:U.S. Gulf"),
                "Aid came from the U.S. North Korea refused it. Rigs in the U.S. Gulf were idle.",
                "U.S. North Korea", Kind.PLACE, "U.S. Gulf", Kind.PLACE);
    }

    @Test
    void aKnownPlaceAfterAnAbbreviatedSaintIsNoPerson() {
        assertNames(List.of("PLACE:St. Charles", "PLACE:Missouri", "PERSON:Charles Dickens"),
                "He was charged in St. Charles, Missouri. Charles Dickens wrote about it.",
                "St. Charles", Kind.PERSON, "Missouri", Kind.PLACE, "Charles Dickens", Kind.PERSON);
    }

    @Test
    void aBylineNamesTheReportersButALineOfAListDoesNot() {
        assertNames(List.of("ORGANIZATION:Associated Press", "PERSON:Mark Dolan", "PERSON:John Smith",
                "ORGANIZATION:Harbor", "PERSON:Peter Long", "ORGANIZATION:Blue Night Films"),
                "Tom Becker and Ann Ruiz, The Associated Press\n\n"
                + "Police chief Mark Dolan said two men were arrested.\n\n"
                + "Best Actor\n\nJohn Smith, The Harbor\n\nPeter Long, Blue Night Films",
                "Tom Becker", Kind.PERSON, "Ann Ruiz", Kind.PERSON, "Associated Press", Kind.ORGANIZATION,
                "Mark Dolan", Kind.PERSON, "John Smith", Kind.PERSON, "Harbor", Kind.ORGANIZATION,
                "Peter Long", Kind.PERSON, "Blue Night Films", Kind.ORGANIZATION);
    }
}

package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.model.Quote;
import io.newslens.model.Quote.QuoteKind;

/**
 * Reported speech in the forms of political news (issue #15): cues in other tenses and positions,
 * long source phrases, headlines and findings. Each text is made up for the test.
 */
class AttributionFormsTest {

    private static List<Quote> find(String text) {
        return QuoteFixture.find(text);
    }

    /** The one indirect quote of {@code text}. */
    private Quote indirect(String text) {
        List<Quote> of = find(text).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
        assertEquals(1, of.size(), "one indirect quote in " + of);
        return of.get(0);
    }

    private static void assertQuote(Quote q, String text, String cue, String speaker) {
        assertEquals(text, q.text());
        assertEquals(cue, q.cue());
        assertEquals(speaker, q.speaker().name());
    }

    @Test
    void possessiveNameOpensTheReportedClause() {
        assertQuote(indirect("Maria Lopez said Garner's plan was the cheapest of the three."),
                "Garner's plan was the cheapest of the three", "said", "Maria Lopez");
    }

    @Test
    void pairedConjunctionOpensTheReportedClause() {
        assertQuote(indirect("A spokesman for Tom Reyes says neither the senator nor his staff met the lobbyists."),
                "neither the senator nor his staff met the lobbyists", "says", "Tom Reyes");
    }

    @Test
    void cueAfterButHasSharesTheFirstSubject() {
        List<Quote> quotes = find("Nora Quill, like her rival, has praised the bill but has said she will vote against it.");
        assertEquals(2, quotes.size());
        // The position the first verb's object states is hers too, a belief ("praised the bill").
        assertQuote(quotes.get(0), "the bill", "praised", "Nora Quill");
        assertEquals(Quote.Mode.BELIEF, quotes.get(0).mode());
        assertQuote(quotes.get(1), "she will vote against it", "said", "Nora Quill");
        assertEquals(Quote.Mode.SPEECH, quotes.get(1).mode());
    }

    @Test
    void timePhraseBetweenSubjectAndCue() {
        assertQuote(indirect("Governor Alan Voss on Tuesday said the state would close two prisons."),
                "the state would close two prisons", "said", "Alan Voss");
    }

    @Test
    void writersAsClauseAfterAnInvertedCue() {
        assertQuote(indirect("The new tariffs will raise prices for farmers, Senator Ruth Adler said Friday, as"
                + " growers gathered in the capital."), "The new tariffs will raise prices for farmers", "said", "Ruth Adler");
    }

    @Test
    void infinitivesJoinedByAndStillReachTheClauseVerb() {
        assertQuote(indirect("Economists say his plans to cut taxes on the rich and give breaks to the middle class"
                + " would widen the deficit."),
                "his plans to cut taxes on the rich and give breaks to the middle class would widen the deficit",
                "say", "Economists");
    }

    @Test
    void headlineLabelledWithAName() {
        String text = "Ortega: The Governor Must Resign Before the Vote.\n\nCouncil member Luis Ortega spoke on Monday.";
        assertQuote(indirect(text), "The Governor Must Resign Before the Vote", ":", "Ortega");
    }

    @Test
    void headlineLabelledWithAPoll() {
        Quote q = indirect("Poll: Voters Trust the Mayor on Housing.\n\nThe survey asked 900 voters.");
        assertEquals("Voters Trust the Mayor on Housing", q.text());
        assertEquals(":", q.cue());
        assertEquals("Poll", q.speaker().name());
    }

    @Test
    void captionLabelIsNoSource() {
        assertTrue(find("Video: Trees down across the valley after the storm.\n\nCrews worked all night.").isEmpty());
    }

    @Test
    void progressiveCueWithThat() {
        assertQuote(indirect("Mayor Dana Whitfield is declaring that the city will meet its housing goal."),
                "that the city will meet its housing goal", "declaring", "Dana Whitfield");
    }

    @Test
    void progressiveOfAVerbWithoutThatIsNoReport() {
        assertTrue(find("Chef Ana Morel is highlighting the recipes that she cooks at home.").isEmpty());
    }

    @Test
    void invertedCueAfterASourceWithAPrepositionalPhrase() {
        assertQuote(indirect("The minister was flying home to attend the funeral, the country's ambassador to Peru confirmed."),
                "The minister was flying home to attend the funeral", "confirmed", "Peru");
    }

    @Test
    void invertedToldWithAnAddressee() {
        assertQuote(indirect("The council could approve the budget within weeks, Sen. Mark Ellison told The Daily Herald on Thursday."),
                "The council could approve the budget within weeks", "told", "Mark Ellison");
    }

    @Test
    void invertedCueBeforeATimePhrase() {
        assertQuote(indirect("Factory orders have fallen for six months, the University of Toledo reported last week."),
                "Factory orders have fallen for six months", "reported", "University of Toledo");
    }

    @Test
    void recordsShowAFinding() {
        Quote q = indirect("Video shows that the driver had stopped at the light.");
        assertEquals("that the driver had stopped at the light", q.text());
        assertEquals("shows", q.cue());
        assertEquals("Video", q.speaker().name());
    }

    @Test
    void callForWithAGerund() {
        assertQuote(indirect("Senator Grace Holt called for raising the minimum wage to 15 dollars."),
                "raising the minimum wage to 15 dollars", "called", "Grace Holt");
    }

    @Test
    void calledWithABareObjectGivesWhatIsNamedAndTheName() {
        assertQuote(indirect("Mayor Ian Brody has called rent control a disaster for young families."),
                "rent control a disaster for young families", "called", "Ian Brody");
    }

    @Test
    void calledWithAQuotedNameGivesOneStatementHoldingIt() {
        List<Quote> quotes = find("Mayor Lena Ortiz called the new stadium deal \"a gift to the owners\" at a press briefing.");
        assertEquals(1, quotes.size(), quotes.toString());
        Quote q = quotes.get(0);
        assertQuote(q, "the new stadium deal \"a gift to the owners\" at a press briefing", "called", "Lena Ortiz");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("a gift to the owners", q.parts().get(0).text());
    }

    @Test
    void newspaperTimesSpeaksAfterItsReport() {
        assertQuote(indirect("The letters were about the budget and the audit, the Times said."),
                "The letters were about the budget and the audit", "said", "Times");
    }

    @Test
    void approximateQuantityOpensTheReportedClause() {
        assertQuote(indirect("The budget office said about half of the new jobs were in health care."),
                "about half of the new jobs were in health care", "said", "The budget office");
    }

    @Test
    void toldTwoAddresseesBeforeThat() {
        assertQuote(indirect("Paula Wren told The Post and Courier newspaper on Saturday that she voted for the mayor."),
                "that she voted for the mayor", "told", "Paula Wren");
    }

    @Test
    void accordingToBeforeAClauseWithASpeechVerbInIt() {
        assertQuote(indirect("According to Dr. Ruth Kane, the board replaced three directors because they disagreed with the plan."),
                "the board replaced three directors because they disagreed with the plan", "according to", "Ruth Kane");
    }

    @Test
    void accordingToASourceTheTaggerOpensWithAVerb() {
        Quote q = indirect("According to exit polls, the governor won a majority of young voters in 2014.");
        assertEquals("the governor won a majority of young voters in 2014", q.text());
        assertEquals("exit polls", q.speaker().name());
    }

    @Test
    void concessionWithItsOwnCueEndsTheFirstReport() {
        List<Quote> quotes = find("Judge Amy Holt said the court would rule in May, though she noted the delay could grow.");
        Quote said = quotes.stream().filter(q -> "said".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("the court would rule in May", said.text());
        assertEquals("Amy Holt", said.speaker().name());
        Quote noted = quotes.stream().filter(q -> "noted".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("the delay could grow", noted.text());
        assertEquals(QuoteKind.INDIRECT, noted.kind());
    }

    @Test
    void speechVerbTaggedAsNounBeforeItsThatClause() {
        assertQuote(indirect("NURSA argues that families still want their own neighborhood schools."),
                "that families still want their own neighborhood schools", "argues", "NURSA");
    }

    @Test
    void verbWithParticleReportsAnExplicitThatClause() {
        assertQuote(indirect("Mayor Dana Ruiz pointed out that the city had already spent its reserve."),
                "that the city had already spent its reserve", "pointed", "Dana Ruiz");
    }

    @Test
    void newspaperOpeningItsSentenceReports() {
        assertQuote(indirect("The Times reported that the deal would collapse by June."),
                "that the deal would collapse by June", "reported", "Times");
    }

    @Test
    void glossedNameBeforeAnApposition() {
        assertQuote(indirect("Senator Dana Whitcomb (D-Ore.), the senior member of the budget panel, said she would oppose the cuts."),
                "she would oppose the cuts", "said", "Dana Whitcomb");
    }

    /** The speaker's span is the name, not the title's period before it. */
    @Test
    void abbreviatedTitleOpeningTheSentence() {
        String text = "Rep. Dana Whitcomb said she would oppose the cuts.";
        Quote q = indirect(text);
        assertQuote(q, "she would oppose the cuts", "said", "Dana Whitcomb");
        assertEquals("Dana Whitcomb", text.substring(q.speaker().start(), q.speaker().end()));
    }
    @Test
    void asClauseReportsTheMainClause() {
        assertQuote(indirect("As Dana Whitcomb noted on Monday, the county has not raised its fees in a decade."),
                "the county has not raised its fees in a decade", "noted", "Dana Whitcomb");
    }

    @Test
    void addresseeWithPlaceAndTimeBeforeThePronoun() {
        assertQuote(indirect("Ellen Marsh told farmers of Fresno last week she would fight the water cuts."),
                "she would fight the water cuts", "told", "Ellen Marsh");
    }

    @Test
    void topicBeforeAPronounIsNoAddressee() {
        assertTrue(find("Ellen Marsh told an audience about the day she lost her first race.").isEmpty());
    }

    @Test
    void reportInARelativeClauseEndsWithIt() {
        List<Quote> quotes = find("Owen Park, who says the levy is too high, wrote that the council should cut it.");
        assertEquals(2, quotes.size(), "two reports in " + quotes);
        assertQuote(quotes.get(0), "the levy is too high", "says", "Owen Park");
        assertQuote(quotes.get(1), "that the council should cut it", "wrote", "Owen Park");
    }

    @Test
    void aNameSetOffAfterTheCuesDescriptionIsTheSpeaker() {
        for (String source : List.of("the director, Ruth Okafor.", "the museum's director, Ruth Okafor.",
                "Ruth Okafor, the museum's director.")) {
            List<Quote> quotes = find("“The doors open in May,” said " + source);
            assertEquals(1, quotes.size(), source + ": " + quotes);
            assertEquals("Ruth Okafor", quotes.get(0).speaker().name(), source);
        }
    }

    @Test
    void aDescriptionWithNoNameAfterItStaysTheSpeaker() {
        Quote q = find("“The doors open in May,” said the museum's director.").get(0);
        assertEquals("the museum's director", q.speaker().name());
    }

    @Test
    void aTimeAdjunctAfterTheCueIsNoPartOfWhatWasSaid() {
        assertQuote(indirect("The senators said Tuesday they would block the levy."),
                "they would block the levy", "said", "The senators");
        assertQuote(indirect("Ruth Okafor said on Friday night the museum would reopen."),
                "the museum would reopen", "said", "Ruth Okafor");
        assertQuote(indirect("Ruth Okafor said last week the museum would reopen."),
                "the museum would reopen", "said", "Ruth Okafor");
    }

    @Test
    void aMannerAdverbOrAConnectiveAfterTheCueIsNoPartOfWhatWasSaid() {
        assertQuote(indirect("Several aides said privately that the museum would close."),
                "that the museum would close", "said", "Several aides");
        assertQuote(indirect("Ruth Okafor said, however, that the museum would close."),
                "that the museum would close", "said", "Ruth Okafor");
        assertQuote(indirect("Ruth Okafor said repeatedly the museum would close."),
                "the museum would close", "said", "Ruth Okafor");
    }

    @Test
    void clauseWhoseVerbTheTaggerReadsAsNoun() {
        assertQuote(indirect("Professor Ana Ruiz said each year of training yields a better salary."),
                "each year of training yields a better salary", "said", "Ana Ruiz");
    }

    @Test
    void countedShareOfAGroupSpeaks() {
        assertQuote(indirect("Six in 10 said the new mayor is at least somewhat decisive."),
                "the new mayor is at least somewhat decisive", "said", "Six in 10");
        assertQuote(indirect("Nearly half said they prefer a candidate with experience."),
                "they prefer a candidate with experience", "said", "Nearly half");
        assertQuote(indirect("Those surveyed said the economy was the top issue."),
                "the economy was the top issue", "said", "Those surveyed");
    }

    @Test
    void bareQuantifierIsNoCountedGroup() {
        assertEquals(List.of(), find("Many now recommended that the town save for a rainy day."));
    }

    @Test
    void pronounOfAPersonNeverNamedKeepsTheReport() {
        assertQuote(indirect("The mayor met voters on Friday. She said the bridge would reopen in May."),
                "the bridge would reopen in May", "said", "She");
    }

    @Test
    void floatingQuantifierBetweenSubjectAndCue() {
        assertQuote(indirect("The council members have both argued that the bridge is unsafe."),
                "that the bridge is unsafe", "argued", "The council members");
        assertQuote(indirect("The aides all say the senator will run again."),
                "the senator will run again", "say", "The aides");
    }

    @Test
    void pluralNounAfterANameBeforeARelativeIsNoCue() {
        assertEquals(List.of(), QuoteFixture.find("You may confuse people in swing states whose votes actually count."));
        assertEquals(List.of(), QuoteFixture.find("Voters went to the polls in Rust Belt states that have suffered from job losses."));
        assertEquals(List.of(), QuoteFixture.find("It depends on the other early voting states that precede it on the calendar."));
    }

    @Test
    void quotedTitleAfterSaidAndAPrepositionIsNoStatement() {
        Quote title = QuoteFixture.find("\u201cWe can\u2019t,\u201d Rubio said on ABC\u2019s \u201cThis Week.\u201d").stream()
                .filter(q -> q.kind() != QuoteKind.DIRECT).findFirst().orElseThrow();
        assertEquals("This Week.", title.text());
        assertEquals(QuoteKind.PARTIAL, title.kind());
    }

    @Test
    void possessiveTheTaggerReadsAsPunctuationOpensTheSpeaker() {
        // The tagger reads "nominee's" as PUNCT here.
        assertQuote(indirect("Biden will campaign for Clinton in September, the nominee's campaign said."),
                "Biden will campaign for Clinton in September", "said", "the nominee's campaign");
    }

    @Test
    void participleAfterACommaInsideTheMarksEndsThePartialStatement() {
        Quote partial = find("Cruz said last week that Trump represents \u201cNew York values,\u201d stating during the debate that they are liberal.")
                .stream().filter(q -> q.kind() == QuoteKind.PARTIAL).findFirst().orElseThrow();
        assertEquals("that Trump represents \u201cNew York values,\u201d", partial.text());
    }

    @Test
    void trailingAttributionWhoseVerbTheTaggerReadsAsANoun() {
        // The tagger reads "alleges" as a noun here.
        assertQuote(indirect("Some communities had fewer polling locations, the lawsuit alleges."),
                "Some communities had fewer polling locations", "alleges", "the lawsuit");
    }
}

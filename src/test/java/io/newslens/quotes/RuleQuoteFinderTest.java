package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.model.Entity;
import io.newslens.model.Quote;
import io.newslens.model.Quote.QuoteKind;
import io.newslens.names.Entities;

/** Quote patterns and attribution on small made-up texts. */
class RuleQuoteFinderTest {

    private static List<Quote> find(String text) {
        return QuoteFixture.find(text);
    }

    private static Quote only(List<Quote> quotes, QuoteKind kind) {
        List<Quote> of = quotes.stream().filter(q -> q.kind() == kind).toList();
        assertEquals(1, of.size(), "one " + kind + " quote in " + quotes);
        return of.get(0);
    }

    @Test
    void reportedClauseAfterSaidThat() {
        Quote q = only(find("John Tory, the mayor of Toronto, said on Friday that the city would open two shelters."),
                QuoteKind.INDIRECT);
        assertEquals("that the city would open two shelters", q.text());
        assertEquals("said", q.cue());
        assertEquals("John Tory", q.speaker().name());
    }

    @Test
    void secondSpeechVerbEndsTheFirstReport() {
        List<Quote> quotes = find("Governor Lena Brooks said the state would hire 200 nurses and warned against cuts to rural clinics.");
        Quote q = quotes.stream().filter(x -> "said".equals(x.cue())).findFirst().orElseThrow();
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("the state would hire 200 nurses", q.text());
        assertEquals("Lena Brooks", q.speaker().name());
    }

    @Test
    void unresolvedItKeepsTheReportUnderThePronoun() {
        String text = "The city sent a letter on Thursday. It says the ad broke federal law by using photos of officers.";
        Quote q = only(find(text), QuoteKind.INDIRECT);
        assertEquals("the ad broke federal law by using photos of officers", q.text());
        assertEquals("says", q.cue());
        assertEquals("It", q.speaker().name());
        assertEquals(null, q.speaker().entity());
        assertEquals(text.indexOf("It says"), q.speaker().start());
    }

    @Test
    void leadingAdverbialClauseIsNotTheReport() {
        String text = "Ana Ruiz runs two farms in Iowa.\n\nWhen she bought the second farm, Ms. Ruiz said she expected to sell corn at a profit.";
        Quote q = only(find(text), QuoteKind.INDIRECT);
        assertEquals("she expected to sell corn at a profit", q.text());
        assertEquals("said", q.cue());
        assertEquals("Ruiz", q.speaker().name());
    }

    @Test
    void articleTheTaggerMisreadsStillOpensTheReport() {
        Quote q = only(find("Police officials said a second device was also found in Chelsea and that location is being treated as a crime scene."),
                QuoteKind.INDIRECT);
        assertEquals("a second device was also found in Chelsea and that location is being treated as a crime scene", q.text());
        assertEquals("Police officials", q.speaker().name());
    }

    @Test
    void nameGlossedByABracketStillSpeaks() {
        Quote q = only(find("Sen. Maria Alvarez (D-Ore.) said the farm bill would pass before the recess."),
                QuoteKind.INDIRECT);
        assertEquals("the farm bill would pass before the recess", q.text());
        assertEquals("said", q.cue());
        assertEquals("Maria Alvarez", q.speaker().name());
    }

    @Test
    void indirectStatementHoldingQuotedWordsIsOnePartialQuote() {
        String text = "Mayor John Tory said that the plan was \u201ca rookie mistake\u201d and would be dropped.";
        List<Quote> quotes = find(text);
        assertEquals(1, quotes.size(), quotes.toString());
        Quote q = quotes.get(0);
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("that the plan was \u201ca rookie mistake\u201d and would be dropped", q.text());
        assertEquals(List.of(new Quote.Part(text.indexOf("a rookie"), text.indexOf("\u201d and"), "a rookie mistake")),
                q.parts());
        assertEquals("John Tory", q.speaker().name());
    }

    @Test
    void quoteSplitByItsAttributionIsOneQuote() {
        String text = "\u201cWe tried hard,\u201d Mayor John Tory said. \u201cIt failed in the end.\u201d";
        List<Quote> quotes = find(text);
        assertEquals(1, quotes.size(), quotes.toString());
        Quote q = quotes.get(0);
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("We tried hard,\u201d Mayor John Tory said. \u201cIt failed in the end.", q.text());
        assertEquals(List.of("We tried hard,", "It failed in the end."), q.parts().stream().map(Quote.Part::text).toList());
        assertEquals("John Tory", q.speaker().name());
    }

    @Test
    void reportBetweenTheHalvesKeepsTheSplitQuoteWhole() {
        String text = "\u201cThat is the big question,\u201d Clark said, noting that he would support any of the"
                + " others. \u201cWe have a deep bench here.\u201d";
        List<Quote> quotes = find(text);
        assertEquals(2, quotes.size(), quotes.toString());
        Quote q = quotes.get(0);
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals(List.of("That is the big question,", "We have a deep bench here."),
                q.parts().stream().map(Quote.Part::text).toList());
        assertEquals("Clark", q.speaker().name());
        assertEquals("that he would support any of the others", quotes.get(1).text());
    }

    @Test
    void accordingToAfterTheClauseWithNoComma() {
        Quote q = only(find("Clinton leads Sanders by 271 pledged delegates according to a count by the agency."),
                QuoteKind.INDIRECT);
        assertEquals("Clinton leads Sanders by 271 pledged delegates", q.text());
        assertEquals("according to", q.cue());
    }

    @Test
    void pollAsSourceEvenWhenItsVerbIsTaggedANoun() {
        Quote q = only(find("A new poll shows Clinton leads Trump by six points in Ohio."), QuoteKind.INDIRECT);
        assertEquals("Clinton leads Trump by six points in Ohio", q.text());
        assertEquals("shows", q.cue());
        assertEquals("A new poll", q.speaker().name());
    }

    @Test
    void clauseBeforeSpeakerAndVerb() {
        Quote q = only(find("The storm will reach the coast by Sunday, the agency said."), QuoteKind.INDIRECT);
        assertEquals("The storm will reach the coast by Sunday", q.text());
        assertEquals("the agency", q.speaker().name());
    }

    @Test
    void accordingTo() {
        Quote q = only(find("According to Statistics Canada, the jobless rate fell to 5.6 per cent."),
                QuoteKind.INDIRECT);
        assertEquals("the jobless rate fell to 5.6 per cent", q.text());
        assertEquals("according to", q.cue());
        assertEquals("Statistics Canada", q.speaker().name());
    }

    @Test
    void pronounGoesToPersonOfItsGender() {
        List<Quote> quotes = find("Ms. Jane Holt met Mr. Paul Ward in Ottawa. “We agreed on nothing,” she said.");
        Quote q = only(quotes, QuoteKind.DIRECT);
        assertEquals("We agreed on nothing,", q.text());
        assertEquals("Jane Holt", q.speaker().name());
        assertNull(q.speaker().entity());
    }

    @Test
    void continuationParagraphKeepsTheSpeaker() {
        List<Quote> quotes = find("“The plan is sound,” Ward said.\n\n“We will start in May.”");
        assertEquals(2, quotes.size());
        assertEquals("We will start in May.", quotes.get(1).text());
        assertNull(quotes.get(1).cue());
        assertEquals("Ward", quotes.get(1).speaker().name());
    }

    @Test
    void scareQuotesWithoutCueAreLeftOut() {
        assertTrue(find("The so-called “peace dividend” never came to the region.").isEmpty());
        assertTrue(find("WATCH: ‘No magic pill’ – the police chief reviews the year.").isEmpty());
    }

    @Test
    void organizationsSpeak() {
        Quote q = only(find("The State Department said the talks would resume in July."), QuoteKind.INDIRECT);
        assertEquals("State Department", q.speaker().name());
        assertEquals("the talks would resume in July", q.text());
    }

    @Test
    void descriptionGoesToThePersonWithThatRole() {
        Quote q = only(find("Secretary of State Mike Pompeo visited Seoul on Monday. "
                + "The secretary said the talks would resume in July."), QuoteKind.INDIRECT);
        assertEquals("Mike Pompeo", q.speaker().name());
        assertEquals("The secretary", "Secretary of State Mike Pompeo visited Seoul on Monday. The secretary said"
                .substring(q.speaker().start(), q.speaker().end()));
    }

    @Test
    void descriptionLinksToEntityByRole() {
        String text = "The minister said the budget would be balanced next year.";
        Entity minister = new Entity("p1", "Chrystia Freeland", List.of(), List.of("Finance Minister"));
        List<Quote> quotes = QuoteFixture.find(text, new Entities(List.of(minister), List.of(), List.of()));
        Quote q = only(quotes, QuoteKind.INDIRECT);
        assertEquals("p1", q.speaker().entity());
        assertEquals("Chrystia Freeland", q.speaker().name());
    }

    @Test
    void quoteOverParagraphsIsAttributedFromItsLastPart() {
        List<Quote> quotes = find("“The first part of the plan is done.\n\n“The second part starts in May,” Ward said.");
        assertEquals(2, quotes.size());
        assertEquals("The first part of the plan is done.", quotes.get(0).text());
        assertEquals("Ward", quotes.get(0).speaker().name());
        assertEquals("The second part starts in May,", quotes.get(1).text());
        assertEquals("Ward", quotes.get(1).speaker().name());
        assertEquals(QuoteKind.DIRECT, quotes.get(0).kind());
    }

    @Test
    void nameInAppositionSpeaksForADescription() {
        Quote q = only(find("DeLaet's agent, Danny Fritz, said the golfer was sore after practice."), QuoteKind.INDIRECT);
        assertEquals("Danny Fritz", q.speaker().name());
        assertEquals("the golfer was sore after practice", q.text());
    }

    /** The text holds two quotes, {@code first} and {@code second}, the second said by {@code speaker}. */
    private void assertTwoReports(String text, String first, String second, String speaker) {
        List<Quote> quotes = find(text);
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals(first, quotes.get(0).text());
        assertEquals(second, quotes.get(1).text());
        assertEquals(speaker, quotes.get(1).speaker().name());
    }

    /** The words of the one indirect quote of {@code text}. */
    private String reportedText(String text) {
        return only(find(text), QuoteKind.INDIRECT).text();
    }

    /** The text holds one reported statement (indirect or partial), {@code quote}, said by {@code speaker}. */
    private void assertReported(String text, String quote, String speaker) {
        List<Quote> quotes = find(text);
        assertEquals(1, quotes.size(), "one reported statement in " + quotes);
        Quote q = quotes.get(0);
        assertTrue(q.kind() == QuoteKind.INDIRECT || q.kind() == QuoteKind.PARTIAL, q.toString());
        assertEquals(quote, q.text());
        assertEquals(speaker, q.speaker().name());
    }

    @Test
    void unquotedNameGivenByANamingVerb() {
        Quote q = only(find("Mayor Ann Ruiz now calls it a costly rookie mistake."), QuoteKind.INDIRECT);
        assertEquals("it a costly rookie mistake", q.text());
        assertEquals("calls", q.cue());
        assertEquals("Ann Ruiz", q.speaker().name());
        Quote d = only(find("Police described the suspect as a quiet man who lived alone."), QuoteKind.INDIRECT);
        assertEquals("a quiet man who lived alone", d.text());
        assertEquals("Police", d.speaker().name());
    }

    @Test
    void passiveNamingVerbGivesNoQuote() {
        assertTrue(find("The plan was described as a bold new start for the port.").isEmpty());
    }

    @Test
    void writersAsideSplitsTheReport() {
        assertTwoReports("Ward said he would race in Paris (both races were moved to May) along with the final in Rome.",
                "he would race in Paris", "along with the final in Rome", "Ward");
    }

    @Test
    void shortGlossStaysInTheReport() {
        assertEquals("crews would search 100 km (60 miles) of coast",
                reportedText("Officials said crews would search 100 km (60 miles) of coast."));
    }

    @Test
    void pullQuoteFollowedByTheSpeakersName() {
        String text = "Jane Holt runs the shelter on King Street.\n\n"
                + "We will never turn anyone away from this door. Jane Holt\n\n"
                + "The shelter opened in May.";
        Quote q = only(find(text), QuoteKind.INDIRECT);
        assertEquals("We will never turn anyone away from this door", q.text());
        assertEquals("Jane Holt", q.speaker().name());
        assertNull(q.cue());
    }

    @Test
    void photoCreditIsNoPullQuote() {
        assertTrue(find("The harbour froze over on Monday. Rita Vance\n\nShips waited offshore.").isEmpty());
    }

    @Test
    void personWithAnOrganizationSpeaks() {
        assertReported("Rosa Diaz with the Regional Transit Authority says the buses will run late.",
                "the buses will run late", "Rosa Diaz");
    }

    @Test
    void nameInAppositionSpeaksForAnOrganization() {
        assertReported("But the head of operations for EMS, Paul Grant, says the system works as designed.",
                "the system works as designed", "Paul Grant");
    }

    @Test
    void acronymSpeaks() {
        assertReported("The family has a month to reply, and the CBSA stressed that no decision has been made.",
                "that no decision has been made", "the CBSA");
    }

    @Test
    void phraseBeforeAParticipleSpeaks() {
        assertReported("The board decision granting his release said the trial had been unfair.",
                "the trial had been unfair", "The board decision");
    }

    @Test
    void directQuoteAfterAColonIsNoReportedClause() {
        Quote q = only(find("Ward told reporters in Halifax on Monday: \"I am ready. We start tomorrow.\""),
                QuoteKind.DIRECT);
        assertEquals("I am ready. We start tomorrow.", q.text());
        assertEquals(1, find("Ward told reporters in Halifax on Monday: \"I am ready. We start tomorrow.\"").size());
    }

    @Test
    void titleBeforeTheNameAfterTheQuote() {
        List<Quote> quotes = find("“We will review it,” league commissioner Ron Dale said in a written statement.");
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("Ron Dale", quotes.get(0).speaker().name());
        assertEquals(QuoteKind.DIRECT, quotes.get(0).kind());
    }

    @Test
    void howTheWordsCameIsNoPartOfTheReport() {
        assertReported("Rita Vance, a guide in the park, said by text message the trail had been closed.",
                "the trail had been closed", "Rita Vance");
    }

    @Test
    void antecedentOfWhoSpeaks() {
        assertReported("The party faces a growing list of veteran MPs who say they will not run again.",
                "they will not run again", "veteran MPs");
    }

    @Test
    void relativeClauseDoesNotEndTheReport() {
        assertEquals("that the firm paid teens and other users who agreed to install the app",
                reportedText("The paper reported that the firm paid teens and other users who agreed to install the app."));
    }

    @Test
    void quoteAfterAnUnsplitSentenceEndIsDirect() {
        List<Quote> quotes = find("Her desk is on display at the museum in Washington, D.C. “I love this work,” she says.");
        Quote q = only(quotes, QuoteKind.DIRECT);
        assertEquals("I love this work,", q.text());
        assertTrue(quotes.stream().noneMatch(x -> x.kind() == QuoteKind.INDIRECT), quotes.toString());
    }

    @Test
    void secondSpeechVerbOfTheSameSubject() {
        assertTwoReports("The lawsuit says Moran was hurt in three fights and alleges that the league did nothing.",
                "Moran was hurt in three fights", "that the league did nothing", "The lawsuit");
    }

    @Test
    void repeatedAttributionGivesOneClause() {
        List<Quote> quotes = find("Mayor Paul Ward spoke on Monday. He said he met many voters who were angry, he said.");
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("he met many voters who were angry", quotes.get(0).text());
    }

    @Test
    void objectsBeliefsPromisesAndQuestionsAreNoReportedSpeech() {
        // What was acknowledged is a topic (mode topic), not words reported.
        assertTrue(speech(find("The premier acknowledged the scale of the defeat but refused to resign.")).isEmpty());
        assertTrue(find("Reporters asked Ward how long he had lived in the city.").isEmpty());
        assertTrue(find("The TSX index added 0.3 per cent to 16,050 on Friday.").isEmpty());
        assertTrue(speech(find("Porters made the country a fairer place, Ward believes.")).isEmpty());
        assertTrue(speech(find("Ward would not say which members plan to retire this year.")).isEmpty());
        assertTrue(speech(find("Many voters think the mayor might lose his seat next year.")).isEmpty());
        // A promise is an intention (mode belief), no reported speech.
        assertTrue(speech(find("The premier promised to meet the other leaders this week.")).isEmpty());
    }

    @Test
    void butThatWithANounContinuesTheReport() {
        assertEquals("that the process can take six months, but that timeframe can be longer",
                reportedText("The agency told CTV that the process can take six months, but that timeframe can be longer."));
    }

    @Test
    void antecedentOfCommaWhoSpeaks() {
        assertReported("That would be Jane Holt, who finally confessed that she had never flown before.",
                "that she had never flown before", "Jane Holt");
    }

    @Test
    void nextSpeechActEndsTheReport() {
        List<Quote> quotes = find("Paul Ward said he was ready and then quipped to Holt, “You should be too.”");
        assertEquals("he was ready", only(quotes, QuoteKind.INDIRECT).text());
        assertEquals("You should be too.", only(quotes, QuoteKind.DIRECT).text());
    }

    @Test
    void reportAfterAPhraseAndAComma() {
        assertEquals("in this instance, there were long delays",
                reportedText("Chapman admits in this instance, there were long delays."));
    }

    @Test
    void gerundLikeSurname() {
        Quote q = only(find("The dancer Jeanine Durning came to Toronto.\n\nDurning says it is helpful to have a plan."),
                QuoteKind.INDIRECT);
        assertEquals("it is helpful to have a plan", q.text());
        assertTrue(q.speaker().name().endsWith("Durning"), q.speaker().name());
    }

    @Test
    void asideWithAQuoteEndsTheReport() {
        List<Quote> quotes = find("Paul Ward says it is helpful to work from a plan — a “map,” he calls it — but he "
                + "starts afresh each time.");
        assertEquals("it is helpful to work from a plan", only(quotes, QuoteKind.INDIRECT).text());
        assertEquals("map,", only(quotes, QuoteKind.PARTIAL).text());
    }

    @Test
    void asideThenCommaAndConjunctionEndsTheReport() {
        List<Quote> quotes = find("Mira Olsen said that the bridge would open in May (who could doubt her?), but the "
                + "workers were still pouring concrete in June.");
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("that the bridge would open in May", only(quotes, QuoteKind.INDIRECT).text());
    }

    @Test
    void nounTaggedAsAdjectiveBeforeTheCueIsTheSubject() {
        assertReported("The admiral said the fleet would sail at dawn.", "the fleet would sail at dawn", "The admiral");
    }

    @Test
    void relativeClauseAfterAnInvertedSubject() {
        assertReported("Many factors shape the cost of college, said Mark Holt, a loan expert who has taught for years.",
                "Many factors shape the cost of college", "Mark Holt");
        assertReported("The plan will fail, said Mark Holt, who runs a bakery.", "The plan will fail", "Mark Holt");
    }

    @Test
    void verbMistaggedAfterASubjectPronoun() {
        assertReported("Officials said they like the attention.", "they like the attention", "Officials");
        assertReported("Mary Lind said they welcome the attention.", "they welcome the attention", "Mary Lind");
    }

    @Test
    void reportOpeningWithAContraction() {
        assertReported("Coach Paul Ward says he’s “amazed and overwhelmed” by the response to the video.",
                "he’s “amazed and overwhelmed” by the response to the video", "Paul Ward");
    }

    @Test
    void bareSurnameOfAKnownPersonGoesOnSpeaking() {
        String text = "Tour official Andy Pazder spoke on Monday.\n\nPoulter told the tour he would play in Hawaii.\n\n"
                + "“That would tick two boxes,” he said.";
        Entity poulter = new Entity("p2", "Ian Poulter", List.of(), List.of());
        List<Quote> quotes = QuoteFixture.find(text, new Entities(List.of(poulter), List.of(), List.of()));
        Quote q = only(quotes, QuoteKind.DIRECT);
        assertEquals("Ian Poulter", q.speaker().name());
    }

    @Test
    void pronounDoesNotGoOnWithASpeakerOfTheOtherGender() {
        List<Quote> quotes = find("Julie Easley visited the hospital every day.\n\n“I love you,” she said.\n\n"
                + "“I love you too,” he said.");
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals("Julie Easley", quotes.get(0).speaker().name());
        assertTrue(quotes.get(1).speaker() == null || !quotes.get(1).speaker().name().equals("Julie Easley"));
    }

    @Test
    void clauseBeforeADescribedSpeakerWithANameInIt() {
        assertReported("He left after a month, failing to meet \"the standards,\" a Marine spokeswoman said.",
                "He left after a month, failing to meet \"the standards,\"", "a Marine spokeswoman");
    }

    @Test
    void possessiveOpensTheObject() {
        assertReported("Mayor Paul Ward told his mother that his biggest regret was the bridge.",
                "that his biggest regret was the bridge", "Paul Ward");
    }

    @Test
    void cueThatEndsItsSentenceHasNoObject() {
        assertTrue(find("Ministers warn").isEmpty()); // no full stop: the cue is the last token
    }

    @Test
    void reportInsideAFrontedSubordinateClause() {
        assertReported("When Mayor Jane Holt told the council she would resign, the room fell silent.",
                "she would resign", "Jane Holt");
    }

    @Test
    void surnameTakesTheGenderOfTheFullName() {
        List<Quote> quotes = find("Julie Easley visited the ward every day.\n\n“I love you,” Easley said.\n\n"
                + "“I love you too,” he said.");
        assertEquals(2, quotes.size(), quotes.toString());
        assertTrue(quotes.get(1).speaker() == null || !quotes.get(1).speaker().name().contains("Easley"),
                quotes.toString());
    }

    @Test
    void singleNameIntroducedAsAResidentIsAPerson() {
        assertTwoReports("Photo taken by Lena Park.\n\nNizam, a resident of the area, said the sea was calm.\n\n"
                + "He said many people had left the village.", "the sea was calm", "many people had left the village",
                "Nizam");
    }

    @Test
    void dashAfterAQuoteSignsItWithAName() {
        String text = "Readers sent us their views.\n\n“He scares me. His words make me fearful.” ― Krystal Correa\n\n"
                + "“We can build a wall around him.” ― Steve Quinlan.";
        List<Quote> quotes = find(text);
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals("Krystal Correa", quotes.get(0).speaker().name());
        assertEquals("Steve Quinlan", quotes.get(1).speaker().name());
    }

    @Test
    void dashBeforeAHeadlineIsNoSignature() {
        Quote q = find("“No magic pill” – Toronto’s police chief highlights gun violence.").stream().findFirst().orElse(null);
        assertTrue(q == null || q.speaker() == null || !q.speaker().name().startsWith("Toronto"), String.valueOf(q));
    }

    @Test
    void callForAttributesItsObject() {
        Quote q = only(find("Senator Maria Lopez called for an independent inquiry into the contracts."), QuoteKind.INDIRECT);
        assertEquals("an independent inquiry into the contracts", q.text());
        assertEquals("called", q.cue());
        assertEquals("Maria Lopez", q.speaker().name());
    }

    @Test
    void pollShowsAttributesItsFinding() {
        Quote q = only(find("A new Quinnipiac poll shows Clinton leading Trump by six points in Ohio."), QuoteKind.INDIRECT);
        assertEquals("Clinton leading Trump by six points in Ohio", q.text());
        assertEquals("shows", q.cue());
    }

    @Test
    void wishesAndPlansAreBeliefsNotSpeech() {
        List<Quote> quotes = find("Governor Lena Brooks wants to build two new hospitals next year.");
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(Quote.Mode.BELIEF, quotes.get(0).mode());
        assertEquals("to build two new hospitals next year", quotes.get(0).text());
        assertEquals("Lena Brooks", quotes.get(0).speaker().name());
    }

    /** The quotes of mode speech: what speech-only annotation counts. */
    private static List<Quote> speech(List<Quote> quotes) {
        return quotes.stream().filter(q -> q.mode() == Quote.Mode.SPEECH).toList();
    }

    @Test
    void reportedClauseWhoseSubjectStandsBeforeTheCue() {
        List<Quote> quotes = find("Police counted six deaths in eight days that Chief Tim Lohmar said are unrelated to the case.");
        Quote q = quotes.stream().filter(x -> x.text().startsWith("are unrelated")).findFirst().orElseThrow(() -> new AssertionError(quotes));
        assertEquals("Tim Lohmar", q.speaker().name());
    }

    @Test
    void relativePronounIsTheMentionThatAttributes() {
        String text = "Hillary Clinton, who once praised the trade agreement, said she would not sign it.";
        Quote q = find(text).stream().filter(x -> "praised".equals(x.cue())).findFirst().orElseThrow();
        assertEquals("Hillary Clinton", q.speaker().name());
        assertEquals("who", text.substring(q.speaker().start(), q.speaker().end()));
    }

    @Test
    void relativePronounAttributesAcrossATimePhrase() {
        String text = "Senator Ted Cruz of Texas, who last year threatened to shut down the federal government, spoke on Monday.";
        Quote q = find(text).stream().filter(x -> "threatened".equals(x.cue())).findFirst().orElseThrow();
        assertEquals("to shut down the federal government", q.text());
        assertEquals("Ted Cruz of Texas", q.speaker().name());
        assertEquals("who", text.substring(q.speaker().start(), q.speaker().end()));
    }

    @Test
    void relativePronounAttributesAcrossAnAsideInCommas() {
        String text = "The campaign's leadership, who, on a press call Friday, criticized Sanders for \"misrepresenting what had occurred.\"";
        Quote q = find(text).stream().filter(x -> "criticized".equals(x.cue())).findFirst().orElseThrow(() -> new AssertionError(find(text)));
        assertEquals("The campaign's leadership", q.speaker().name());
        assertEquals("who", text.substring(q.speaker().start(), q.speaker().end()));
    }

    @Test
    void relativePronounAttributesAQuoteAfterIt() {
        String text = "\"People are angry,\" said Chicago Alderman Jason C. Ervin, who thinks Emanuel and his staff"
                + " \"need to be more collaborative.\"";
        Quote q = find(text).stream().filter(x -> "thinks".equals(x.cue())).findFirst().orElseThrow(() -> new AssertionError(find(text)));
        assertEquals("Jason C. Ervin", q.speaker().name());
        assertEquals("who", text.substring(q.speaker().start(), q.speaker().end()));
        Quote said = find(text).stream().filter(x -> "said".equals(x.cue())).findFirst().orElseThrow();
        assertEquals("Jason C. Ervin", text.substring(said.speaker().start(), said.speaker().end()));
    }

    @Test
    void nameBeforeTheVerbIsNoRelativeAdverbial() {
        String text = "Warren, who until Sanders decided to run was the leader of the wing, said she would help.";
        assertTrue(find(text).stream().noneMatch(q -> q.speaker() != null && q.text().startsWith("to run")
                && "who".equals(text.substring(q.speaker().start(), q.speaker().end()))), find(text).toString());
    }

    @Test
    void subjectOfTheClauseBeforeAColonSpeaksTheQuote() {
        String text = "Mayor Lena Brooks spoke at the rally on Monday.\n\nThe crowd cheered for a while.\n\n"
                + "She then addressed the supporters again: \u201cHere is what I regret. I regret they do not listen.\u201d";
        Quote q = only(find(text), QuoteKind.DIRECT);
        assertEquals("Here is what I regret. I regret they do not listen.", q.text());
        assertEquals("Lena Brooks", q.speaker().name());
        assertEquals("She", text.substring(q.speaker().start(), q.speaker().end()));
    }

    @Test
    void participleSpeaksForTheMainSubjectAfterAnOpeningClause() {
        String text = "Senator Tom Ridge spoke first.\n\nOnce he was president, Mr. Obama put peace first,"
                + " announcing the appointment of George Mitchell as special envoy two days later.";
        Quote q = find(text).stream().filter(x -> "announcing".equals(x.cue())).findFirst().orElseThrow(() -> new AssertionError(find(text)));
        assertEquals("Obama", q.speaker().name());
    }

    @Test
    void linksToOtherStoriesHoldNoQuotes() {
        String text = "The budget was tabled on Monday.\n\nREAD MORE: Finance minister says deficit will shrink next year\n\n"
                + "The opposition called the plan reckless.";
        assertTrue(find(text).stream().noneMatch(q -> q.text().contains("deficit")), find(text).toString());
    }

    @Test
    void accordingToBeforeAConjunction() {
        String text = "The number of homes sold in the region fell 12 per cent last year according to the realtors' board"
                + " and prices have dropped since 2017.";
        Quote q = find(text).stream().filter(x -> "according to".equals(x.cue())).findFirst().orElseThrow();
        assertEquals("The number of homes sold in the region fell 12 per cent last year", q.text());
    }

    @Test
    void cueInsideTheClauseGivesOneStatementOverBothHalves() {
        Quote q = only(find("The new museum, Mayor Ellen Park said, would draw visitors from across the region."),
                QuoteKind.INDIRECT);
        assertEquals("The new museum, Mayor Ellen Park said, would draw visitors from across the region", q.text());
        assertEquals("Ellen Park", q.speaker().name());
    }

    @Test
    void nameBeforeAColonLabelsTheQuote() {
        Quote q = find("Marco Rubio: “You do not win the nomination by how many states you win.”").get(0);
        assertEquals("Marco Rubio", q.speaker().name());
        assertEquals(":", q.cue());
    }

    /** A person entity with a mention at each place the text writes {@code name}. */
    private static Entity personAt(String text, String id, String name) {
        List<io.newslens.model.Mention> mentions = new java.util.ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(new io.newslens.model.Mention(at, at + name.length(), name));
        }
        return new Entity(id, name, mentions, List.of());
    }

    @Test
    void aNameTheTaggerReadsAsAVerbIsTheSpeakerWhereTheNameFinderFoundIt() {
        String text = "Kieran Suckling says the dam will fail.\n\nThe group's director, Kieran Suckling, says the levy"
                + " is too high.\n\nWill Young said the cold weather is hard on the trains.";
        Entities people = new Entities(List.of(personAt(text, "p1", "Kieran Suckling"), personAt(text, "p2", "Will Young")),
                List.of(), List.of());
        List<Quote> quotes = QuoteFixture.find(text, people);
        assertEquals(List.of("the dam will fail", "the levy is too high", "the cold weather is hard on the trains"),
                quotes.stream().map(Quote::text).toList());
        assertEquals(List.of("p1", "p1", "p2"), quotes.stream().map(q -> q.speaker().entity()).toList());
    }

    @Test
    void aLowerCaseWordInsideAPersonMentionStaysWhatItIs() {
        String text = "The woods are dense, and Lohmar said Emery hid in a barn.";
        Entities people = new Entities(List.of(personAt(text, "p1", "Lohmar said Emery")), List.of(), List.of());
        Quote q = only(QuoteFixture.find(text, people), QuoteKind.INDIRECT);
        assertEquals("Emery hid in a barn", q.text());
        assertEquals("said", q.cue());
    }
}

package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newslens.model.Quote;

/**
 * Beliefs and intentions stated for a source, nominal cues, study and poll sources and reports with no
 * named source: each form's quote, speaker and mode, end to end on made-up sentences.
 */
class BeliefAndSourceFormsTest {

    /** The one quote of {@code text} as "speaker | cue | text | mode" (speaker "-" when null). */
    private static String only(String text) {
        List<Quote> quotes = QuoteFixture.find(text);
        assertEquals(1, quotes.size(), "one quote in " + quotes);
        Quote q = quotes.get(0);
        String speaker = q.speaker() == null ? "-" : q.speaker().name();
        return speaker + " | " + q.cue() + " | " + q.text() + " | " + q.mode();
    }

    @Test
    void beliefThatClause() {
        assertEquals("Officials | believe | that the bridge will reopen in March | BELIEF",
                only("Officials believe that the bridge will reopen in March."));
    }

    @Test
    void beliefBareClause() {
        assertEquals("Ana Ortiz | thinks | the council will approve the plan | BELIEF",
                only("Ana Ortiz thinks the council will approve the plan."));
        assertEquals("Republicans | fear | the deal will collapse | BELIEF",
                only("Republicans fear the deal will collapse."));
    }

    @Test
    void intentionInfinitiveAndObjectInfinitive() {
        assertEquals("The mayor | hopes | to finish the road by June | BELIEF",
                only("The mayor hopes to finish the road by June."));
        assertEquals("Gil Hart | wants | Congress to act quickly | BELIEF",
                only("Gil Hart wants Congress to act quickly."));
    }

    @Test
    void aimSoughtOrRefused() {
        assertEquals("Ruth Alvarez | sought | to delay the vote on the budget | BELIEF",
                only("Senator Ruth Alvarez sought to delay the vote on the budget."));
        assertEquals("The mayor | declined | to name the new police chief | BELIEF",
                only("The mayor declined to name the new police chief."));
    }

    @Test
    void promiseOrThreatToActIsAnIntention() {
        assertEquals("Lee | vowed | to repeal the tax on Friday | BELIEF",
                only("Senator Lee vowed to repeal the tax on Friday."));
        assertEquals("Union leaders | threatened | to strike next week | BELIEF",
                only("Union leaders threatened to strike next week."));
        assertEquals("The two councils | agreed | to share the cost of the bridge | BELIEF",
                only("The two councils agreed to share the cost of the bridge."));
        // With "that" the verb reports words.
        assertEquals("The mayor | promised | that the bridge would reopen | SPEECH",
                only("The mayor promised that the bridge would reopen."));
    }

    @Test
    void objectRegardedAsSomething() {
        assertEquals("Republicans | see | Mr. Lee as a threat to the party | BELIEF",
                only("Many Republicans see Mr. Lee as a threat to the party."));
        assertEquals(List.of(), QuoteFixture.find("Ana Ortiz saw him at the market on Sunday."));
    }

    @Test
    void adjectiveAfterBe() {
        assertEquals("Lena Park | convinced | that the vote was rigged | BELIEF",
                only("Lena Park is convinced that the vote was rigged."));
    }

    @Test
    void beliefAroundItsClause() {
        assertEquals("Tom Reyes | believes | The plan, Tom Reyes believes, will fail | BELIEF",
                only("The plan, Tom Reyes believes, will fail."));
    }

    @Test
    void aBeliefNeedsAClauseOrAnInfinitive() {
        assertEquals(List.of(), QuoteFixture.find("Maria Diaz wants a new car."));
        assertEquals(List.of(), QuoteFixture.find("The charity knows the city well."));
        assertEquals(List.of(), QuoteFixture.find("The plan is believed by many."));
    }

    @Test
    void nameIsNoBeliefVerb() {
        List<Quote> quotes = QuoteFixture.find("Campaign spokeswoman Hope Hicks said the rally would go ahead.");
        assertEquals(1, quotes.size());
        assertEquals("said", quotes.get(0).cue());
        assertEquals(Quote.Mode.SPEECH, quotes.get(0).mode());
    }

    @Test
    void beliefInsideAReportedStatementIsNotReportedAgain() {
        List<Quote> quotes = QuoteFixture.find("Mark Young said he suspects a faulty valve caused the fire.");
        assertEquals(1, quotes.size());
        assertEquals("he suspects a faulty valve caused the fire", quotes.get(0).text());
        assertEquals(Quote.Mode.SPEECH, quotes.get(0).mode());
    }

    @Test
    void studyAndPollFindingsAreEvidence() {
        assertEquals("A new poll | shows | that most voters oppose the tax | EVIDENCE",
                only("A new poll shows that most voters oppose the tax."));
        assertEquals("The report | found | that the agency had ignored the warnings | EVIDENCE",
                only("The report found that the agency had ignored the warnings."));
    }

    @Test
    void sourceOfAFindingIsNoSpeakerAQuoteContinues() {
        List<Quote> quotes = QuoteFixture.find("Maria Lopez said the race was close in Ohio. A new poll shows Clinton "
                + "leading Trump there by six points. “We will win this state by a wide margin.”");
        assertEquals(3, quotes.size());
        assertEquals(Quote.Mode.EVIDENCE, quotes.get(1).mode());
        assertEquals("We will win this state by a wide margin.", quotes.get(2).text());
        assertEquals("Maria Lopez", quotes.get(2).speaker().name());
    }

    @Test
    void findingOfASourceClosingItsSentence() {
        assertEquals("the poll | found | Clinton has support from 52 percent of primary voters | EVIDENCE",
                only("Clinton has support from 52 percent of primary voters, the poll found."));
        // A statement reported before the source is the speaker's, not the finding's.
        assertEquals("Nora Quill | said | the plan would fail | SPEECH",
                only("Nora Quill said the plan would fail, the video showed."));
    }

    @Test
    void sourceOfAFindingHoldsItOverThePlaceItWasTakenIn() {
        assertEquals("polls | shown | that Joe Biden is leading Trump by nearly 10 percent | EVIDENCE",
                only("A series of polls in the U.S. has shown that Joe Biden is leading Trump by nearly 10 percent."));
        // The maker a poll names is its source; so is a name past a comma, not the opening phrase's noun.
        assertEquals("Gallup | shows | that most voters oppose the tax | EVIDENCE",
                only("A poll by Gallup shows that most voters oppose the tax."));
        List<Quote> quotes = QuoteFixture.find(
                "After an investigation, the Department of Justice found that the police had ignored the warnings.");
        assertEquals(1, quotes.size());
        assertEquals("Department of Justice", quotes.get(0).speaker().name());
    }

    @Test
    void personWhoFindsOrSuggestsSpeaks() {
        assertEquals("Ana Ruiz | suggested | that the plan had no budget | SPEECH",
                only("Senator Ana Ruiz suggested that the plan had no budget."));
    }

    @Test
    void sourceOpeningItsSentenceBehindAParticiple() {
        assertEquals("Harlow College | found | that most commuters would pay a higher fare | EVIDENCE",
                only("A Harlow College poll released in early May found that most commuters would pay a higher fare."));
    }

    @Test
    void recordShowsNoEmbeddedQuestion() {
        assertEquals(List.of(), QuoteFixture.find("Television footage showed how the flood swept away the market stalls."));
    }

    @Test
    void nominalCueOfANamedPossessor() {
        assertEquals("Mary Lowe | claim | that the budget was balanced | SPEECH",
                only("Mary Lowe's claim that the budget was balanced drew sharp criticism."));
    }

    @Test
    void nominalCueOfBelief() {
        List<Quote> quotes = QuoteFixture.find("Paul Hall said the army was tired. The generals were angered by Paul Hall's view that the war was lost.");
        assertEquals(2, quotes.size(), quotes.toString());
        Quote q = quotes.get(1);
        assertEquals("that the war was lost", q.text());
        assertEquals("view", q.cue());
        assertEquals("Paul Hall", q.speaker().name());
        assertEquals(Quote.Mode.BELIEF, q.mode());
    }

    @Test
    void nounWithARelativeClauseIsNoCue() {
        assertEquals(List.of(), QuoteFixture.find("Her claim that was filed in May went nowhere."));
    }

    @Test
    void bareGroupSpeaks() {
        assertEquals("Critics | say | the plan will raise taxes for most families | SPEECH",
                only("Critics say the plan will raise taxes for most families."));
    }

    @Test
    void passiveWithEmptySubjectHasNoSpeaker() {
        assertEquals("- | reported | that the company had lost two contracts | SPEECH",
                only("It was reported that the company had lost two contracts."));
        assertEquals("- | believed | that the fire started in the kitchen | BELIEF",
                only("It is believed that the fire started in the kitchen."));
    }

    @Test
    void evidentialAdverbHasNoSpeaker() {
        Quote q = QuoteFixture.find("The company has reportedly lost two contracts this year.").get(0);
        assertEquals("The company has reportedly lost two contracts this year", q.text());
        assertEquals("reportedly", q.cue());
        assertNull(q.speaker());
    }

    @Test
    void raisedPassiveStatesAViewOfNobodyNamed() {
        assertEquals("- | expected | The council vote is widely expected to pass on Friday | BELIEF",
                only("The council vote is widely expected to pass on Friday."));
        assertEquals("- | expected | Lee is expected to attend the meeting | BELIEF",
                only("Lee is expected to attend the meeting."));
    }

    @Test
    void negatedRaisedPassiveWithASplitInfinitiveStatesAView() {
        assertEquals("- | expected | The mayor is not expected to publicly endorse the plan | BELIEF",
                only("The mayor is not expected to publicly endorse the plan."));
        assertEquals("- | expected | The council isn't expected to vote before June | BELIEF",
                only("The council isn't expected to vote before June."));
    }

    @Test
    void raisedPassiveInARelativeClauseReportsNothing() {
        assertEquals(List.of(), QuoteFixture.find("A bridge that is expected to open in May will cost more."));
    }

    @Test
    void nounOfPositionAttributesItsObjectToItsPossessor() {
        assertEquals("Sanders | opposition | the war in Iraq | BELIEF",
                only("Sanders's opposition to the war in Iraq is well known."));
        assertEquals(List.of(), QuoteFixture.find("The opposition to the war grew."));
    }

    @Test
    void lightVerbLendsItsSubjectToTheNounItsObject() {
        assertEquals("Clinton | case | that Trump is unfit | SPEECH", only("Clinton made the case that Trump is unfit."));
        assertEquals("Rubio | defense | the Gang of Eight bill | BELIEF",
                only("Rubio gave a spirited defense of the Gang of Eight bill."));
        assertEquals(List.of(), QuoteFixture.find("The case that reached the court was dismissed."));
    }

    @Test
    void anyVerbWithAThatClauseAttributesIt() {
        assertEquals("Clinton | moved | that Obama be nominated by acclamation | BELIEF",
                only("Clinton moved that Obama be nominated by acclamation."));
        // The report of a subordinate clause opening the sentence ends at its comma.
        assertEquals("Kashiya Nwanguma | learned | that Donald J. Trump would campaign in Louisville | BELIEF",
                only("When Kashiya Nwanguma learned that Donald J. Trump would campaign in Louisville, she walked into a store."));
    }

    @Test
    void thatAsADeterminerOrAConsequenceIsNoReport() {
        assertEquals(List.of(), QuoteFixture.find("Peck renewed that prediction last week before the deal was announced."));
        assertEquals(List.of(), QuoteFixture.find("All those factors mean that the goal is out of reach."));
        assertEquals(List.of(), QuoteFixture.find("The line clunked so badly that the campaign dropped the ad within a week."));
    }

    @Test
    void participleAfterAnObjectSpeaksForTheVerbsSubject() {
        assertEquals("The union | alleging | that the company had hidden its profits | BELIEF",
                only("The union filed a lawsuit in 2014 alleging that the company had hidden its profits."));
        assertEquals("the mayor | saying | that the vote would go ahead | BELIEF",
                only("Hours later, the mayor released a memo saying that the vote would go ahead."));
    }

    @Test
    void participleAfterAConjunctionSpeaksForTheClausesSubject() {
        assertEquals("Dana Brook | suggesting | that she would cut the budget | BELIEF",
                only("Dana Brook has looked tough, mocking rivals and suggesting that she would cut the budget."));
    }

    @Test
    void participleOfANounWithNoVerbSpeaksForTheNoun() {
        assertEquals("polls | indicating | that Reyes could win | BELIEF",
                only("The race looks close, with some polls indicating that Reyes could win."));
        assertEquals("anecdotal evidence | suggesting | that young voters are more likely to stay home | BELIEF",
                only("In the county, there is anecdotal evidence suggesting that young voters are more likely to stay home."));
    }
}

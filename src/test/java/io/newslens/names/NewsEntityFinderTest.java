package io.newslens.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.model.Entity;
import io.newslens.model.Mention;
import io.newslens.nlp.OpenNlpAnnotator;

class NewsEntityFinderTest {

    private static OpenNlpAnnotator annotator;
    private static NewsEntityFinder finder;

    @BeforeAll
    static void load() {
        annotator = OpenNlpAnnotator.english();
        finder = NewsEntityFinder.english();
    }

    private static Entities find(String text) {
        return finder.find(annotator.annotate(text));
    }

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static List<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void surnameAndTitledSurnameJoinTheFullName() {
        Entities e = find("Secretary of State Mike Pompeo arrived in Tokyo on Monday. "
                + "Mr. Pompeo met the prime minister there.\n\nPompeo said the talks went well.");
        Entity pompeo = named(e.people(), "Mike Pompeo").orElseThrow();
        assertEquals("p1", pompeo.id());
        assertEquals(List.of("Mike Pompeo", "Pompeo", "Pompeo"), mentionTexts(pompeo));
        assertEquals(List.of("Secretary of State"), pompeo.roles());
        assertEquals(1, e.people().size());
        assertEquals(List.of("Tokyo"), e.places().stream().map(Entity::name).toList());
    }

    @Test
    void hyphenAndSpaceVariantsAreOneEntity() {
        Entities e = find("North Korean leader Kim Jong Un inspected a factory. "
                + "State media said Kim Jong-un was pleased.");
        Entity kim = named(e.people(), "Kim Jong Un").orElseThrow();
        assertEquals(List.of("Kim Jong Un", "Kim Jong-un"), mentionTexts(kim));
        assertEquals(List.of("North Korean leader"), kim.roles());
    }

    @Test
    void aBareKimAmongSeveralKimsJoinsTheOneLastNamedOtherThanAsPossessor() {
        Entities e = find("Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un's government, "
                + "said talks were useless. Kim also said the summit was off.");
        Entity sister = named(e.people(), "Kim Yo Jong").orElseThrow();
        assertEquals(List.of("Kim Yo Jong", "Kim"), mentionTexts(sister));
        assertEquals(List.of("Kim Jong Un"), mentionTexts(named(e.people(), "Kim Jong Un").orElseThrow()));
    }

    @Test
    void aBareKimBeforeAnyFullKimJoinsNoOne() {
        Entities e = find("Kim said the summit was off. Later Kim Jong Un met Kim Yo Jong in Pyongyang.");
        assertEquals(List.of("Kim"), mentionTexts(named(e.people(), "Kim").orElseThrow()));
        assertEquals(List.of("Kim Jong Un"), mentionTexts(named(e.people(), "Kim Jong Un").orElseThrow()));
    }

    @Test
    void aliasesMergeUnderTheCanonicalName() {
        Entities e = find("The U.S. and Britain held talks. The United States says the UK must pay more.");
        Entity us = named(e.places(), "United States").orElseThrow();
        assertEquals(List.of("U.S.", "United States"), mentionTexts(us));
        Entity uk = named(e.places(), "United Kingdom").orElseThrow();
        assertEquals(List.of("Britain", "UK"), mentionTexts(uk));
        assertEquals(List.of("l1", "l2"), e.places().stream().map(Entity::id).toList());
    }

    @Test
    void possessiveIsStrippedFromTextAndSpan() {
        String text = "Pompeo’s comments during a forum in Washington followed a statement by Mike Pompeo.";
        Entity pompeo = named(find(text).people(), "Mike Pompeo").orElseThrow();
        Mention first = pompeo.mentions().get(0);
        assertEquals(new Mention(0, 6, "Pompeo"), first);
    }

    @Test
    void nationalityWordsAreNotPlaces() {
        Entities e = find("South Korean President Moon Jae-in met Japanese officials in Seoul. "
                + "North Korean statements were harsh.");
        assertEquals(List.of("Seoul"), e.places().stream().map(Entity::name).toList());
        Entity moon = named(e.people(), "Moon Jae-in").orElseThrow();
        assertEquals(List.of("South Korean President"), moon.roles());
    }

    @Test
    void datelineIsAPlace() {
        Entities e = find("SEOUL – The two leaders met on Monday.\n\nOfficials in Seoul welcomed the meeting.");
        Entity seoul = named(e.places(), "Seoul").orElseThrow();
        assertEquals(List.of("SEOUL", "Seoul"), mentionTexts(seoul));
    }

    @Test
    void theDashOfADatelineIsInNoName() {
        Entities e = find("SEOUL - North Korea said on Friday it would cut all lines.");
        assertEquals(List.of("North Korea"), mentionTexts(named(e.places(), "North Korea").orElseThrow()));
    }

    @Test
    void aSurnameTheModelTookForAnUnknownPlaceIsThePerson() {
        Entities e = find("South Korean President Moon Jae-in spoke on Thursday.\n\n"
                + "During a parliamentary speech, Moon urged North Korea to return to inter-Korean dialogue.");
        assertEquals(List.of("Moon Jae-in", "Moon"), mentionTexts(named(e.people(), "Moon Jae-in").orElseThrow()));
        assertTrue(named(e.places(), "Moon").isEmpty(), e.places().toString());
    }

    @Test
    void aListOrACreditLineIsNotOneName() {
        Entities list = find("Group date No. 2 with Alex, Erika, Katie, Caelynn, Sydney, Tayshia, Nina, Kirpa, "
                + "Caitlin, Courtney, Cassie and Heather: What could be more fun?");
        assertEquals(List.of("Alex", "Erika", "Katie", "Caelynn", "Sydney", "Tayshia", "Nina", "Kirpa", "Caitlin",
                "Courtney", "Cassie", "Heather"), list.people().stream().map(Entity::name).toList());
        Entities credits = find("Best Actress:\n\nAmy Adams, Vice\n\nRegina King, If Beale Street Could Talk\n");
        assertTrue(named(credits.people(), "Regina King").isPresent(), credits.people().toString());
    }

    @Test
    void aClosingQuotationMarkIsNotPartOfTheSpeakersName() {
        Entities e = find("Historian Cecil Foster wrote a book about the porters. The railways used unions "
                + "“to keep Blacks in their place,” Foster says.");
        assertEquals(List.of("Cecil Foster", "Foster"), mentionTexts(named(e.people(), "Cecil Foster").orElseThrow()));
    }

    @Test
    void capitalsBeforeADashInAHeadingAreNoDateline() {
        Entities e = find("CRICKET - LATE WICKETS HIT HOME SIDE .\n\nThe match ended in a draw on Friday .");
        assertTrue(e.places().stream().noneMatch(p -> p.name().equalsIgnoreCase("Cricket")),
                e.places().toString());
    }

    @Test
    void copulaAndTitleBeforeNameGiveRoles() {
        Entities e = find("The ministry welcomed Lee In-young and Im Jong-seok. Lee is the unification minister "
                + "nominee and Im is the new presidential special adviser for security affairs.");
        Entity lee = named(e.people(), "Lee In-young").orElseThrow();
        assertEquals(List.of("Lee In-young", "Lee"), mentionTexts(lee));
        assertEquals(List.of("unification minister nominee"), lee.roles());
        Entity im = named(e.people(), "Im Jong-seok").orElseThrow();
        assertEquals(List.of("new presidential special adviser for security affairs"), im.roles());
    }

    @Test
    void organizationBeforeATitleAndAcronymInBrackets() {
        Entities e = find("Northrop Grumman CEO Ron Sugar said the Pentagon chose Northrop Grumman. "
                + "The European Central Bank (ECB) cut rates.");
        assertTrue(named(e.organizations(), "Northrop Grumman").isPresent());
        assertEquals(List.of("Ron Sugar"), e.people().stream().map(Entity::name).toList());
        Entity ecb = named(e.organizations(), "European Central Bank").orElseThrow();
        assertEquals(List.of("European Central Bank", "ECB"), mentionTexts(ecb));
    }

    @Test
    void placesJoinedByAHyphenAreTwoPlaces() {
        Entities e = find("Hopes for U.S.-North Korea talks faded. North Korea blamed the United States.");
        assertEquals(List.of("U.S.", "United States"), mentionTexts(named(e.places(), "United States").orElseThrow()));
        assertEquals(List.of("North Korea", "North Korea"), mentionTexts(named(e.places(), "North Korea").orElseThrow()));
    }

    @Test
    void lowerCaseParticlesAndCurlyPossessives() {
        Entities e = find("Syrian President Bashar al-Assad said the war was over. Assad‘s critics disagreed.");
        Entity assad = named(e.people(), "Bashar al-Assad").orElseThrow();
        assertEquals(List.of("Bashar al-Assad", "Assad"), mentionTexts(assad));
        assertEquals(List.of("Syrian President"), assad.roles());
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    @Test
    void teamsWithTheirScoresAreOrganizationsAndNationalTeamsPlaces() {
        Entities e = find("RUGBY - WEEKEND RESULTS .\n\nResults of league matches on Saturday :\n"
                + "Leeds 24 Rotherham 17\nBedford 30 Coventry 12\n\nStandings :\nBedford 5 4 0 1 120 64 8\n\n"
                + "Friendly international : Japan 2 Brazil 1\n\nLeeds were too strong for Rotherham in the rain .");
        for (String club : List.of("Leeds", "Rotherham", "Bedford", "Coventry")) {
            assertTrue(named(e.organizations(), club).isPresent(), club + " in " + names(e.organizations()));
            assertTrue(named(e.places(), club).isEmpty(), club + " in " + names(e.places()));
        }
        assertEquals(List.of("Leeds", "Leeds"), mentionTexts(named(e.organizations(), "Leeds").orElseThrow()));
        assertTrue(named(e.places(), "Japan").isPresent(), names(e.places()).toString());
        assertTrue(named(e.places(), "Brazil").isPresent(), names(e.places()).toString());
    }

    @Test
    void aDatelineWithItsDateIsAPlace() {
        Entities e = find("LISBON 2019-05-04\n\nThe government said on Saturday that talks would resume .");
        assertEquals(List.of("LISBON"), names(e.places()));
    }

    @Test
    void scorecardNamesKeepTheirInitialsAndSplitAtAbbreviations() {
        Entities e = find("Kent 310 ( J. Walker 88 , R. Davies 55 ) .\n"
                + "T. Brown c Miller b Patel 45\n");
        List<String> people = names(e.people());
        for (String name : List.of("J. Walker", "R. Davies", "T. Brown", "Miller", "Patel")) {
            assertTrue(people.contains(name), name + " in " + people);
        }
        assertTrue(people.stream().noneMatch(p -> p.contains(" c ") || p.contains(" b ")), people.toString());
    }

    @Test
    void aPersonsNameEndsBeforeAPossessiveAndFiguresAreNoPartOfIt() {
        Entities e = find("Spain 's Rafael Nadal beat the world number one on Sunday .\n"
                + "Results :\n1. Maria Lopez ( Spain ) 12.45\n2. Anna Berg ( Sweden ) 12.51\n");
        List<String> people = names(e.people());
        for (String name : List.of("Rafael Nadal", "Maria Lopez", "Anna Berg")) {
            assertTrue(people.contains(name), name + " in " + people);
        }
        assertTrue(named(e.places(), "Spain").isPresent(), names(e.places()).toString());
    }

    @Test
    void aLoosePossessiveEndsAnOrganizationAndANationalityWordIsNone() {
        Entities e = find("Markets waited for the Fed 's decision on rates , traders said .\n\n"
                + "Dutch police said on Friday they had arrested two men .");
        assertEquals(List.of("Fed"), mentionTexts(named(e.organizations(), "Fed").orElseThrow()));
        assertTrue(named(e.organizations(), "Dutch").isEmpty(), names(e.organizations()).toString());
    }

    @Test
    void aSportsEventIsNoOrganization() {
        Entities e = find("Mickelson won the Phoenix Open last year and the Colonial Classic in May.");
        assertTrue(e.organizations().stream().noneMatch(o -> o.name().endsWith("Open") || o.name().endsWith("Classic")),
                names(e.organizations()).toString());
    }

    @Test
    void namesEitherSideOfAVerbOfWinningAreTeams() {
        Entities e = find("Surrey beat Kent by six wickets on Friday .\n\nJapan beat Syria 2-1 in Tokyo .\n\n"
                + "Obama defeated McCain in 2008 .");
        assertTrue(named(e.organizations(), "Surrey").isPresent(), names(e.organizations()).toString());
        assertTrue(named(e.organizations(), "Kent").isPresent(), names(e.organizations()).toString());
        assertTrue(named(e.places(), "Japan").isPresent(), names(e.places()).toString());
        assertTrue(named(e.places(), "Syria").isPresent(), names(e.places()).toString());
        assertTrue(named(e.people(), "McCain").isPresent(), names(e.people()).toString());
    }
}

package io.newslens.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.NewsLens;
import io.newslens.model.Analysis;
import io.newslens.model.Entity;

/** The seed articles through the whole pipeline (body text as the loader gives it). */
class SeedEntitiesTest {

    private static final Pattern POMPEO = Pattern.compile("\\bPompeo\\b");

    private static Analysis seed000;
    private static Analysis seed002;

    @BeforeAll
    static void analyze() throws Exception {
        NewsLens lens = NewsLens.builder().build();
        seed000 = lens.analyze(Path.of("testdata/seeds/000_322f0aae7f5fed0d.txt"));
        seed002 = lens.analyze(Path.of("testdata/seeds/002_d10553fbf6ab2ee2.txt"));
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    private static Entity person(Analysis a, String name) {
        return a.people().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not among " + names(a.people())));
    }

    @Test
    void seed000People() {
        assertEquals(List.of("Mike Pompeo", "Donald Trump", "Kim Jong Un", "Moon Jae-in", "Kim Yo Jong"),
                names(seed000.people()));
        assertTrue(names(seed000.organizations()).isEmpty(), "the event was hosted by The Hill, a paper, no person");
        assertEquals(List.of("Secretary of State"), person(seed000, "Mike Pompeo").roles());
        assertEquals(List.of("North Korean leader"), person(seed000, "Kim Jong Un").roles());
        assertEquals(List.of("the powerful sister of the North Korean leader"), person(seed000, "Kim Yo Jong").roles());
    }

    @Test
    void seed000PompeoHoldsEveryPompeo() {
        String body = seed000.article().text();
        Matcher m = POMPEO.matcher(body);
        int inText = 0;
        while (m.find()) {
            inText++;
        }
        Entity pompeo = person(seed000, "Mike Pompeo");
        assertEquals(inText, pompeo.mentions().size());
        assertTrue(pompeo.mentions().stream().allMatch(x -> x.text().endsWith("Pompeo")));
    }

    @Test
    void seed000Places() {
        assertTrue(names(seed000.places()).containsAll(
                List.of("Seoul", "Washington", "Singapore", "North Korea", "United States")),
                names(seed000.places()).toString());
        assertFalse(names(seed000.places()).contains("Moon"), "Moon is Moon Jae-in");
    }

    @Test
    void seed002People() {
        assertTrue(names(seed002.people()).containsAll(List.of("Mike Pompeo", "Oh Gyeong-seob", "Donald Trump",
                "Stephen Biegun", "Taro Kono", "Joe Biden", "Kim Yo-jong", "Kim Jong-un", "Moon Jae-in",
                "Lee In-young", "Im Jong-seok")), names(seed002.people()).toString());
        assertEquals(List.of("unification minister nominee"), person(seed002, "Lee In-young").roles());
        assertEquals(List.of("Defense Minister"), person(seed002, "Taro Kono").roles());
    }

    @Test
    void seed002BoltonIsAPerson() {
        assertTrue(names(seed002.people()).contains("Bolton"), names(seed002.people()).toString());
        assertTrue(!names(seed002.organizations()).contains("Bolton"), names(seed002.organizations()).toString());
    }

    @Test
    void seed002BareKimIsKimYoJong() {
        // "Kim Yo-jong, who is North Korean leader Kim Jong-un's powerful sister ..., ruled out ... Kim cited ..."
        assertEquals(List.of("Kim Yo-jong", "Kim", "Kim"),
                person(seed002, "Kim Yo-jong").mentions().stream().map(m -> m.text()).toList());
        assertTrue(!names(seed002.people()).contains("Kim"), names(seed002.people()).toString());
    }

    @Test
    void seed002Places() {
        assertTrue(names(seed002.places()).containsAll(
                List.of("North Korea", "Pyongyang", "Japan", "Hanoi", "Yongbyon", "South Korea")),
                names(seed002.places()).toString());
        assertFalse(names(seed002.places()).contains("U.S. North Korea"), "a sentence ends after U.S.");
    }
}

package io.newslens.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BodyFinderTest {

    private static final String P1 = "The first paragraph of the story runs on long enough to count as prose for sure.";
    private static final String P2 =
            "The second paragraph follows after a heading and is just as long as the first one.";
    private static final String P3 =
            "A third paragraph closes the story with one more sentence about what happens next.";

    private final LineClassifier classifier = new LineClassifier();
    private final BodyFinder finder = new BodyFinder();

    private boolean[] body(String... texts) {
        List<PageLine> lines = new ArrayList<>();
        for (String t : texts) {
            lines.add(classifier.classify(lines.size(), t));
        }
        LineClassifier.markRepeated(lines);
        LineClassifier.markCaptions(lines);
        PageStructure.mark(lines);
        return finder.find(lines);
    }

    @Test
    void headingBetweenParagraphsStays() {
        assertArrayEquals(new boolean[] {false, false, true, true, true, false, true, false},
                body("Home", "World", P1, "What happens next", P2,
                        "Read more: Council Votes To Close Two Libraries Next Year", P3, "Privacy Policy"));
    }

    /** Issue #18: the paragraph under the byline opens the article, even with a box of links after it. */
    @Test
    void firstParagraphUnderTheBylineStays() {
        String lead = "Health officials confirmed a third case of the illness on Monday, after two people were "
                + "taken to hospital in the capital last week with the same symptoms, and said that all of "
                + "their contacts had been traced and tested.";
        assertArrayEquals(new boolean[] {false, false, true, false, false, false, true, true, true},
                body("Third Case Confirmed", "By Jane Doe", lead, "Related articles",
                        "Outbreak: City Hit By Contagious Fever", "Storms are headed to the coast this week",
                        P1, P2, P3));
    }

    @Test
    void withoutProseTheShortLinesAreTheText() {
        assertArrayEquals(new boolean[] {false, true, true}, body("1 / 2", "Gate closed today", "Back at nine"));
    }

    @Test
    void relatedStoriesAfterTheArticleStayOut() {
        assertArrayEquals(new boolean[] {true, true, true, false, false, false},
                body(P1, P2, P3, "Related Stories", "Another story about something else entirely",
                        "And one more headline for good measure"));
    }

    @Test
    void commentsCloseTheArticle() {
        String comment = "I have read this story twice and I still think that the writer is wrong about it all.";
        String p4 = "Officials said on Friday that they would publish the full report before the end of the month.";
        assertArrayEquals(new boolean[] {true, true, true, true, false, false, false, false, false},
                body(P1, P2, P3, p4, "Comments", comment, comment.replace("twice", "three times"),
                        comment.replace("twice", "four times"), comment.replace("twice", "again")));
    }

    /** Issue #18: a long run of lines without prose ends the article; the site's appeal after it is out. */
    @Test
    void longRunWithoutProseEndsTheArticle() {
        String appeal1 = "Most of our assignments begin when readers ask us whether a story is true, and those tips "
                + "send our reporters across a vast range of subjects.";
        String appeal2 = "We do this work every day at no cost to you, but it is far from free to produce, so please "
                + "support us and help us go on for years to come.";
        List<String> page = new ArrayList<>(List.of(P1 + " " + P2, P2 + " " + P3, P3 + " " + P1));
        for (int i = 1; i <= 12; i++) {
            page.add("Menu entry " + i);
        }
        page.add(appeal1);
        page.add(appeal2);
        boolean[] expected = new boolean[page.size()];
        expected[0] = expected[1] = expected[2] = true;
        assertArrayEquals(expected, body(page.toArray(String[]::new)));
    }

    @Test
    void aFewLinesBetweenParagraphsKeepTheArticleGoing() {
        assertArrayEquals(new boolean[] {true, true, true, true, true, true, true},
                body(P1, P2, "Menu entry 1", "Menu entry 2", "Menu entry 3", P3, P1.replace("first", "fourth")));
    }
}

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

    /** Issue #18: a long run of lines without prose ends the article; the site's blurb after it is out. */
    @Test
    void longRunWithoutProseEndsTheArticle() {
        String blurb = "Our magazine is where tomorrow is realized and the essential source of ideas that make sense "
                + "of a world in constant change, with more than forty words of promise about itself.";
        assertArrayEquals(new boolean[] {true, true, true, false, false, false, false, false, false, false, false},
                body(P1, P2, P3, "More great stories", "The strange life of a coder", "How the law gets it backward",
                        "The power of a diagnosis", "How to opt out of data brokers", "What a merger means for you",
                        "A safer way to protect your data", blurb));
        assertArrayEquals(new boolean[] {true, true, true, true},
                body(P1, "What happens next", P2, P3));
    }
}

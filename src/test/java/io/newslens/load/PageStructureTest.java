package io.newslens.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageStructureTest {

    private final LineClassifier classifier = new LineClassifier();

    private List<LineKind> kinds(String... texts) {
        List<PageLine> lines = new ArrayList<>();
        for (String t : texts) {
            lines.add(classifier.classify(lines.size(), t));
        }
        PageStructure.mark(lines);
        return lines.stream().map(PageLine::kind).toList();
    }

    private static final String PARAGRAPH = "The council approved the plan on Thursday after a long debate in the hall.";

    @Test
    void signedPostsAndFormsCloseTheArticle() {
        assertEquals(List.of(LineKind.PROSE, LineKind.SHORT, LineKind.COMMENTS, LineKind.PROSE),
                kinds(PARAGRAPH, "Kommentare", "Milan Griffes on September 12, 2018 at 4:47 pm said:",
                        "Any update on how the follow-up paper will affect the recommendation?"));
        assertEquals(LineKind.COMMENTS, kinds(PARAGRAPH, "Leave a note", "Name *", "Email *").get(1));
    }

    @Test
    void aListOfDatedEntriesIsNoArticleText() {
        List<LineKind> kinds = kinds(PARAGRAPH, "Wild finding their legs in Buffalo", "November 19, 2019 at 5:10 pm",
                PARAGRAPH, "Wild dig themselves another hole", "November 18, 2019 at 2:01 pm", PARAGRAPH,
                "No more tinkering on the lines", "November 16, 2019 at 3:44 pm", PARAGRAPH);
        assertEquals(List.of(LineKind.END, LineKind.END, LineKind.END, LineKind.END),
                List.of(kinds.get(1), kinds.get(2), kinds.get(5), kinds.get(8)));
        // one dated line in an article is no list
        assertEquals(LineKind.TIMESTAMP, kinds(PARAGRAPH, "July 16, 2020", PARAGRAPH).get(1));
    }

    @Test
    void headlinesInARowAfterTheTextAreLinks() {
        assertEquals(List.of(LineKind.PROSE, LineKind.END, LineKind.END, LineKind.END),
                kinds(PARAGRAPH, "Dangers of Vaping and the Health Risks", "Cannabis Could Ease Symptoms of Depression",
                        "These Are the Industries Where Staff Smoke"));
        // above the first paragraph they are the page's own header: the headline must stay a candidate
        assertEquals(List.of(LineKind.SHORT, LineKind.SHORT, LineKind.SHORT, LineKind.PROSE),
                kinds("Korean Peninsula A to Z", "Korea, Today and Tomorrow",
                        "U.S., N. Korea Remain Apart over another Summit", PARAGRAPH));
    }

    /** Issue #18: the article starts under its byline; the prose line above it belongs to the header. */
    @Test
    void proseAboveTheBylineIsTheHeader() {
        String standfirst = "A rover photographed the crater rim at dawn, hours before the dust storm reached it.";
        assertEquals(List.of(LineKind.SHORT, LineKind.SHORT, LineKind.BYLINE, LineKind.PROSE, LineKind.PROSE),
                kinds("Rover Finds Ice Near Crater", standfirst, "By Jane Doe | March 3, 2021", PARAGRAPH, PARAGRAPH));
        assertEquals(List.of(LineKind.SHORT, LineKind.BYLINE, LineKind.PROSE, LineKind.PROSE),
                kinds("Rover Finds Ice Near Crater", "By Jane Doe | March 3, 2021", standfirst, PARAGRAPH),
                "below the byline it is the first paragraph");
    }

    /** Issue #18: the note on the author repeats the byline's name; a paragraph about someone does not. */
    @Test
    void authorNoteAfterTheArticle() {
        String note = "Jane Q. Doe (jane@example.org) is a staff writer covering science and the environment, "
                + "and was formerly an editor at another magazine.";
        String quote = "Jane Q. Doe, who chairs the committee, said the vote would be held next week as planned.";
        assertEquals(List.of(LineKind.SHORT, LineKind.PROSE, LineKind.PROSE, LineKind.PROSE, LineKind.PROMO),
                kinds("by Jane Q. Doe", PARAGRAPH, quote, PARAGRAPH, note));
        assertEquals(LineKind.PROSE, kinds("by Jane Q. Doe", note, PARAGRAPH, PARAGRAPH).get(1),
                "an opening paragraph is no note on the author");
        assertEquals(LineKind.PROSE, kinds("by John Roe", PARAGRAPH, PARAGRAPH, note).get(3), "another name");
    }

    @Test
    void labelledLinkAndCopyright() {
        assertEquals(LineKind.PROMO, kinds("Read more: Alibaba poised to launch record-breaking Hong Kong listing").get(0));
        assertEquals(LineKind.SHORT, kinds("What the plan includes").get(0));
        assertEquals(LineKind.PROMO, kinds("[Related: Salesforce Keynote: AI, Integration And Protestors]").get(0));
        assertEquals(LineKind.PROMO, kinds("Related: 7 Strange Signs You're Having an Allergic Reaction").get(0));
        assertEquals(LineKind.PROMO, kinds("On HoustonChronicle.com: Car sales plunge nearly 17 percent in August")
                .get(0));
        assertEquals(LineKind.COPYRIGHT, kinds("Copyright 2020 The Associated Press. All rights reserved.").get(0));
        assertEquals(LineKind.COPYRIGHT, kinds("© 2019 Vox Media, LLC. All Rights Reserved").get(0));
        assertEquals(LineKind.SHORT, kinds("© Lucy Nicholson").get(0));
    }
}

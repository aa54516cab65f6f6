package io.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class OpenNlpAnnotatorTest {

    private static final TextAnnotator ANNOTATOR = OpenNlpAnnotator.english();

    @Test
    void splitsSentencesAndTokensWithOffsetsIntoTheText() {
        String text = "Headline without a period\n\nPompeo spoke in Seoul. He said talks would go on.";
        AnnotatedText a = ANNOTATOR.annotate(text);

        List<String> sentences = a.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("Headline without a period", "Pompeo spoke in Seoul.", "He said talks would go on."),
                sentences);
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
            }
        }
        Token pompeo = a.sentences().get(1).tokens().get(0);
        assertEquals("Pompeo", pompeo.text());
        assertEquals("PROPN", pompeo.pos());
        assertEquals(List.of("He", "said", "talks", "would", "go", "on", "."),
                a.sentences().get(2).tokens().stream().map(Token::text).toList());
    }

    @Test
    void aMiddleInitialDoesNotEndTheSentence() {
        String text = "John C. Reilly and Richard E. Grant starred. The U.S. Army left.";
        List<String> sentences = ANNOTATOR.annotate(text).sentences().stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("John C. Reilly and Richard E. Grant starred.", "The U.S. Army left."),
                sentences);
    }

    @Test
    void anAbbreviatedTitleDoesNotEndTheSentence() {
        String text = "The race tightened, according to Mrs. Clinton. Then Lt. Col. Ann Ward and Gov. Kasich spoke.";
        List<String> sentences = ANNOTATOR.annotate(text).sentences().stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("The race tightened, according to Mrs. Clinton.",
                "Then Lt. Col. Ann Ward and Gov. Kasich spoke."), sentences);
    }

    @Test
    void saintBeforeAPlaceDoesNotEndTheSentenceButAStreetMay() {
        String text = "He was charged in St. Charles on Friday. He lives on Queen St. Police said so.";
        List<String> sentences = ANNOTATOR.annotate(text).sentences().stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("He was charged in St. Charles on Friday.", "He lives on Queen St.", "Police said so."),
                sentences);
    }

    @Test
    void anInitialAfterABracketOrOpeningALineDoesNotEndTheSentence() {
        String text = "Kent 310 ( J. Walker 88 , R. Davies 55 ) .\nM. Waugh c Jones b Smith 50";
        List<String> sentences = ANNOTATOR.annotate(text).sentences().stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("Kent 310 ( J. Walker 88 , R. Davies 55 ) .", "M. Waugh c Jones b Smith 50"), sentences);
    }

    @Test
    void aStreetAfterALongCapitalisedNameStillEndsTheSentence() {
        // The capital that makes "St." a street lies well before the sentence's last sixteen characters.
        String line = "She lives on Featherstonehaughbury St. Police said so.";
        Span[] spans = {new Span(0, 38), new Span(39, 54)};
        assertArrayEquals(spans, OpenNlpAnnotator.joinNameBreaks(line, spans));
        String joined = "She saw Mr. Featherstonehaughbury there.";
        assertArrayEquals(new Span[] {new Span(0, 40)},
                OpenNlpAnnotator.joinNameBreaks(joined, new Span[] {new Span(0, 11), new Span(12, 40)}));
    }
}

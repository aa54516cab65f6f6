package io.newslens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Quotation marks of every style, nesting and quotes over paragraphs. */
class QuoteMarksTest {

    private static List<String> quoted(String text) {
        return QuoteMarks.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void everyMarkStyle() {
        assertEquals(List.of("curly"), quoted("He said “curly” then."));
        assertEquals(List.of("straight"), quoted("He said \"straight\" then."));
        assertEquals(List.of("guillemets"), quoted("Il a dit « guillemets » hier."));
        assertEquals(List.of("low"), quoted("Er sagte „low“ dann."));
        assertEquals(List.of("single"), quoted("He said ‘single’ then."));
        assertEquals(List.of("We may never know,"), quoted("``We may never know,'' Lohmar said."));
        assertEquals(List.of("When Twitter says, 'We can't,' I doubt it,", "Not so."),
                quoted("''When Twitter says, 'We can't,' I doubt it,'' said Farid. ''Not so.''"));
    }

    @Test
    void nestedQuotesStayInside() {
        assertEquals(List.of("He called it ‘a disgrace’ and “nonsense” twice."),
                quoted("“He called it ‘a disgrace’ and “nonsense” twice.” she said."));
    }

    @Test
    void apostrophesDoNotCloseSingleQuotes() {
        assertEquals(List.of("the demand isn’t new"), quoted("She said ‘the demand isn’t new’ today."));
    }

    @Test
    void quoteContinuesInNextParagraphOpeningWithAMark() {
        String text = "He said: “First paragraph of the quote.\n\n“Second paragraph,” he said.";
        assertEquals(List.of("First paragraph of the quote.", "Second paragraph,"), quoted(text));
        assertEquals(List.of(false, true), QuoteMarks.find(text).stream().map(QuoteMarks.Quoted::continues).toList());
    }

    @Test
    void paragraphNotOpeningWithAMarkEndsAnUnclosedQuote() {
        String text = "“An unclosed quote.\n\nThe writer goes on.";
        assertEquals(List.of("An unclosed quote."), quoted(text));
    }
}

package io.newslens.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineClassifierTest {

    private final LineClassifier classifier = new LineClassifier();

    private LineKind kind(String line) {
        return classifier.classify(0, line).kind();
    }

    @Test
    void furniture() {
        assertEquals(LineKind.SHORT, kind("Skip to main content"), "a phrase alone does not decide the body");
        assertEquals(LineKind.NAVIGATION, kind("Cloudy icon"));
        assertEquals(LineKind.NAVIGATION, kind("79º"));
        assertEquals(LineKind.NAVIGATION, kind("1 / 2"));
        assertEquals(LineKind.NAVIGATION, kind("Facebook Twitter Email LinkedIn"));
        assertEquals(LineKind.END, kind("Related Stories"));
        assertEquals(LineKind.END, kind("Most Popular View all"));
        assertEquals(LineKind.COMMENTS, kind("[ 167 comments ]"));
    }

    @Test
    void knownPhrasesNameOnlyTheLinesLeftOut() {
        List<PageLine> lines = new ArrayList<>(List.of(classifier.classify(0, "Skip to main content"),
                classifier.classify(1, "Advertisement"), classifier.classify(2, "Recommended Videos")));
        LineClassifier.nameRemoved(lines, new boolean[] {false, true, false});
        assertEquals(List.of(LineKind.NAVIGATION, LineKind.SHORT, LineKind.PROMO),
                lines.stream().map(PageLine::kind).toList());
    }

    @Test
    void hostileLinesStayCheap() {
        assertEquals(LineKind.SHORT, kind("a" + " /".repeat(5000) + " !"));
        assertEquals(LineKind.SHORT, kind("(Photo/ x".repeat(2000)));
    }

    @Test
    void cookieBanner() {
        assertEquals(LineKind.NAVIGATION, kind("This website uses cookies to improve your experience. "
                + "We'll assume you're ok with this, but you can opt-out if you wish."));
    }

    @Test
    void captionsAndCredits() {
        assertEquals(LineKind.CAPTION, kind("The minister speaks in Washington, Wednesday, July 15, 2020. "
                + "(AP Photo/Andrew Harnik, Pool)"));
        assertEquals(LineKind.CREDIT, kind("Sanjeev Verma/Hindustan Times/Getty Images"));
        assertEquals(LineKind.CREDIT, kind("Photo: Maria Lopez/City Herald"));
        assertEquals(LineKind.CREDIT, kind("Credit..."));
        assertEquals(LineKind.CAPTION, kind("2of4A shopper looks at extension cords at a hardware store."));
    }

    /** Issue #18: credits that close or open a caption by their form, whatever the agency. */
    @Test
    void captionsCarryingSlashedOrLeadingCredits() {
        assertEquals(LineKind.CAPTION, kind("Dock workers unload containers in the port of Hamburg, Germany, "
                + "March 3, 2021. WIREPHOTO/Anna Keller"));
        assertEquals(LineKind.CAPTION, kind("An artist's view of the comet's tail. (ESA/Rosetta Team)"));
        assertEquals(LineKind.CAPTION, kind("© Maria Lopez Volunteers sort donated coats at the shelter in Leeds."));
        assertEquals(LineKind.PROSE, kind("The union and the port authority signed the deal on Monday after "
                + "talks that ran through the night."));
        assertEquals(LineKind.SHORT, kind("© Maria Lopez"), "may sign the article: its neighbour is no caption");
    }

    /** Issue #18: a teaser cut off where its box ended is no paragraph of the article. */
    @Test
    void truncatedTeasers() {
        assertEquals(LineKind.PROMO, kind("Storm warning: Heavy rain to hit the coast as the remnants of Hurri..."));
        assertEquals(LineKind.PROMO, kind("Three hikers were rescued from the mountain overnight,..."));
        assertEquals(LineKind.PROMO, kind("Not every pillow is filled with down. If you sneeze, try one ... [+]"));
        assertEquals(LineKind.CREDIT, kind("Credit..."), "a label, not a cut sentence");
        assertEquals(LineKind.PROSE, kind("He paused, then said: \"We will see what happens next...\" and left."));
    }

    @Test
    void teaserWithHeadlineRunIntoSummary() {
        assertEquals(LineKind.PROMO, kind("Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run "
                + "was foiled by the tale of the tape."));
        assertEquals(LineKind.PROMO, kind("Justice Department Revisits Film Rules: What Effect Will It Have?The "
                + "so-called decrees have governed film distribution for decades."));
        assertEquals(LineKind.SHORT, kind("Apple Unveils New MacBook Pro With Scissor Keyboard"));
    }

    /** Issue #18: a headline in title case reads like a sentence but is no prose. */
    @Test
    void titleCaseLinesAreHeadlines() {
        assertEquals(LineKind.SHORT, kind("Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?"));
        assertEquals(LineKind.SHORT, kind("Are We Pretending the Mayor Wasn't Rushed to the Hospital?"));
        assertEquals(LineKind.PROSE, kind("The Senate and the House of Representatives met in Washington on Monday."));
        assertEquals(LineKind.PROSE, kind("Is there anything better than a piece of toast topped with jam? Not in "
                + "the morning."));
    }

    @Test
    void agencyAfterACommaIsACredit() {
        assertEquals(LineKind.CREDIT, kind("Michael Conroy, AP"));
        assertEquals(LineKind.CREDIT, kind("New York State Sex Offender Registry via AP"));
    }

    @Test
    void proseAndShortLines() {
        assertEquals(LineKind.PROSE, kind("Fishing communities along the coast have lost much of their income."));
        assertEquals(LineKind.PROSE, kind("Following the 16-inch MacBook Pro, Apple plans to release a new "
                + "13-inch MacBook Pro with a scissor switch keyboard in the first half of 2020."));
        assertEquals(LineKind.SHORT, kind("What the plan includes"));
        assertEquals(LineKind.BYLINE, kind("By MATTHEW LEE and KIM TONG-HYUNG Associated Press"));
        assertEquals(LineKind.SHORT, kind("— Jane Doe (@janedoe) November 20, 2019"));
        assertEquals(LineKind.TIMESTAMP,
                kind("Published 4:52 PM EDT, July 16, 2020 / Updated 6:10 PM EDT, July 16, 2020"));
    }

    @Test
    void labelledCaptionBelowItsCredit() {
        List<PageLine> lines = new ArrayList<>(List.of(
                classifier.classify(0, "The minister approved the request in June after a long review."),
                classifier.classify(1, "Image copyright Getty Images"),
                classifier.classify(2, "Image caption The minister at a news conference")));
        LineClassifier.markCaptions(lines);
        assertEquals(List.of(LineKind.PROSE, LineKind.CREDIT, LineKind.CAPTION),
                lines.stream().map(PageLine::kind).toList());
    }

    @Test
    void lineAboveACreditIsACaption() {
        List<PageLine> lines = new ArrayList<>(List.of(
                classifier.classify(0, "A trader arranges oysters on ice at her stall inside the market."),
                classifier.classify(1, "Credit..."),
                classifier.classify(2, "Tom Becker/Getty Images")));
        LineClassifier.markCaptions(lines);
        assertEquals(List.of(LineKind.CAPTION, LineKind.CREDIT, LineKind.CREDIT),
                lines.stream().map(PageLine::kind).toList());
    }

    /** Links in a row, in any language, by the marks between them (issue #18). */
    @Test
    void linkTrailsAreNavigation() {
        assertEquals(LineKind.NAVIGATION, kind("Mensagens » Mensagens de Autoestima » Só quem se Ama…"));
        assertEquals(LineKind.NAVIGATION, kind("Home | World | Business | Sport"));
        assertEquals(LineKind.PROSE, kind("The vote was close | some said too close | and the count went on for weeks,"
                + " until the courts stepped in and ordered every ballot in the county to be counted again."));
    }

    /** On a page not in English, running text is told by length, sentence ends and lower-case words. */
    @Test
    void proseOfAPageNotInEnglish() {
        List<PageLine> lines = new ArrayList<>();
        for (String text : List.of("Conselhos Municipais", "Galeria dos Prefeitos",
                "A equipe do Serviço de Atendimento Domiciliar registrou nesta manhã o arrombamento de dois carros.",
                "Segundo a coordenação, os veículos estavam estacionados no pátio da unidade durante a noite.",
                "adote um amigo agua alerta ambiente amizade atendimento atirador biblioteca caminhada campanha"
                        + " capacitacao carnaval civil cultura defesa educacao esporte fazenda lazer",
                "先日、不正に改造したスマートフォンを販売したとして男性が逮捕されたというニュースを耳にしました。")) {
            lines.add(classifier.classify(lines.size(), text));
        }
        LineClassifier.markForeignProse(lines);
        assertEquals(List.of(LineKind.SHORT, LineKind.SHORT, LineKind.PROSE, LineKind.PROSE, LineKind.SHORT,
                LineKind.PROSE), lines.stream().map(PageLine::kind).toList());
    }

    /** An English page keeps its function-word test: a headline there is no paragraph. */
    @Test
    void englishPagesKeepTheFunctionWordTest() {
        List<PageLine> lines = new ArrayList<>();
        for (String text : List.of("Bike lanes grow fast across city centre streets once more.",
                "The city council voted six to three on Thursday night to add new lanes on the main roads.")) {
            lines.add(classifier.classify(lines.size(), text));
        }
        LineClassifier.markForeignProse(lines);
        assertEquals(List.of(LineKind.SHORT, LineKind.PROSE), lines.stream().map(PageLine::kind).toList());
    }
}

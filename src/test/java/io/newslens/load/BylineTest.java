package io.newslens.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class BylineTest {

    @Test
    void wireBylineWithAgency() {
        assertEquals(new Byline(List.of("Matthew Lee", "Kim Tong-hyung"), "Associated Press"),
                Byline.parse("By MATTHEW LEE and KIM TONG-HYUNG Associated Press"));
    }

    @Test
    void commaSeparatedNames() {
        assertEquals(new Byline(List.of("Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker"), null),
                Byline.parse("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER"));
    }

    @Test
    void mixedCaseNamesStayAsWritten() {
        assertEquals(new Byline(List.of("Ana McDonald"), null), Byline.parse("By Ana McDonald | Staff writer"));
    }

    @Test
    void dateAfterTheNameIsCutOff() {
        assertEquals(new Byline(List.of("Kashmira Gander"), null),
                Byline.parse("BY KASHMIRA GANDER ON 11/13/19 AT 4:00 PM EST"));
    }

    @Test
    void capitalNamesWithDoubleSpaces() {
        assertEquals(new Byline(List.of("Jane Doe"), null), Byline.parse("By JANE  DOE"));
    }

    @Test
    void agencyAlone() {
        assertEquals(new Byline(List.of(), "Reuters"), Byline.parse("By Reuters"));
        assertEquals("Associated Press", Byline.agencyLine("Associated Press"));
        assertNull(Byline.agencyLine("Opinion Columnist"));
    }

    @Test
    void wireTrailer() {
        assertEquals(new Byline(List.of("Jane Doe", "Li Wei"), null),
                Byline.parse("(Reporting by Jane Doe and Li Wei; Editing by John Smith)"));
    }

    @Test
    void notAByline() {
        assertNull(Byline.parse("Standing by the river"));
    }
}

package io.newslens.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.model.Analysis;
import io.newslens.model.TimeExpression;

/** The seed articles through the whole pipeline, with the default tagger. */
class SeedDatesTest {

    private static NewsLens lens;

    @BeforeAll
    static void build() {
        lens = NewsLens.builder().build();
    }

    private static List<TimeExpression> dates(String file, LocalDate published) throws ArticleException {
        Analysis a = lens.analyze(Path.of("testdata/seeds", file), Metadata.published(published));
        for (TimeExpression t : a.dates()) {
            assertEquals(t.text(), a.article().text().substring(t.start(), t.end()));
        }
        return a.dates();
    }

    private static String valueOf(List<TimeExpression> dates, String text) {
        return dates.stream().filter(t -> t.text().equals(text)).map(TimeExpression::value).findFirst()
                .orElseThrow(() -> new AssertionError("not tagged: " + text + " in " + dates));
    }

    @Test
    void seed000ResolvesAgainstItsPublicationDate() throws ArticleException {
        List<TimeExpression> d = dates("000_322f0aae7f5fed0d.txt", LocalDate.of(2020, 7, 16));
        assertEquals("2020-07-16", valueOf(d, "Thursday"));
        assertEquals("2020-07-15", valueOf(d, "Wednesday"));
        assertEquals("2018-06", valueOf(d, "June 2018"));
        assertEquals("2019-02", valueOf(d, "February 2019"));
        assertEquals("2020-06", valueOf(d, "last month"));
        assertEquals("2020-11", valueOf(d, "November"));
        assertEquals("P2Y", valueOf(d, "two years"));
        assertEquals("2020-W28", valueOf(d, "last week"));
    }

    @Test
    void seed002WithoutPublicationDateKeepsTheYearUnknown() throws ArticleException {
        List<TimeExpression> d = dates("002_d10553fbf6ab2ee2.txt", null);
        assertEquals("XXXX-07-10", valueOf(d, "July 10"));
        assertEquals("XXXX-07-09", valueOf(d, "The previous day"));
        assertTrue(d.stream().noneMatch(t -> t.value().matches("\\d{4}.*") && t.value().contains("07")),
                "no year is guessed: " + d);
    }
}

package io.newslens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks an output row's typed columns against its own JSON, field by field. */
final class TypedColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TypedColumns() {
    }

    static void assertMatchJson(Row row) {
        JsonNode json;
        try {
            json = MAPPER.readTree(row.<String>getAs("json"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        String id = row.getAs("id");
        JsonNode article = json.get("article");
        assertEquals(article.get("title").isNull() ? null : article.get("title").asText(), row.getAs("title"), id);
        JsonNode published = article.get("published");
        Object date = row.getAs("published");
        assertEquals(published.isNull() ? null : published.get("value").asText(), date == null ? null : date.toString(), id);
        for (String kind : List.of("people", "places", "organizations")) {
            List<String> expected = new ArrayList<>();
            json.get(kind).forEach(e -> expected.add(e.get("name").asText() + "/" + e.get("mentions").size() + "/"
                    + e.get("roles")));
            List<String> actual = new ArrayList<>();
            row.<Row>getList(row.fieldIndex(kind)).forEach(e -> actual.add(e.getString(0) + "/" + e.getInt(1) + "/"
                    + MAPPER.valueToTree(e.getList(2))));
            assertEquals(expected, actual, id + " " + kind);
        }
        List<String> dates = new ArrayList<>();
        json.get("dates").forEach(d -> dates.add(d.get("text").asText() + "/" + d.get("value").asText() + "/"
                + d.get("type").asText()));
        List<String> typedDates = new ArrayList<>();
        row.<Row>getList(row.fieldIndex("dates")).forEach(d -> typedDates.add(d.getString(0) + "/" + d.getString(1)
                + "/" + d.getString(2)));
        assertEquals(dates, typedDates, id + " dates");
        List<String> quotes = new ArrayList<>();
        json.get("quotes").forEach(q -> quotes.add(q.get("text").asText() + "/" + q.get("kind").asText() + "/"
                + (q.get("speaker").isNull() ? "null/null"
                        : q.get("speaker").get("name").asText() + "/" + q.get("speaker").get("entity").asText(null))));
        List<String> typedQuotes = new ArrayList<>();
        row.<Row>getList(row.fieldIndex("quotes")).forEach(q -> typedQuotes.add(q.getString(0) + "/" + q.getString(1)
                + "/" + q.getString(2) + "/" + q.getString(3)));
        assertEquals(quotes, typedQuotes, id + " quotes");
    }
}

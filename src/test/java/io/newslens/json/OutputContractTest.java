package io.newslens.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.newslens.ArticleException;
import io.newslens.NewsLens;

/**
 * Every file under testdata/ is analysed and its output (or error line) is checked against the published
 * JSON Schema, and every offset against the body text.
 */
class OutputContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static NewsLens lens;
    private static JsonSchema schema;

    @BeforeAll
    static void setUp() throws IOException {
        lens = NewsLens.builder().build();
        JsonNode schemaNode = MAPPER.readTree(Path.of("schema", "newslens-1.schema.json").toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureOutputFollowsTheSchema() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(Path.of("testdata"))) {
            inputs = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".json"))
                    .sorted().toList();
        }
        assertTrue(inputs.size() >= 2, "testdata holds the seeds at least");
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> check(p)));
    }

    private static void check(Path input) throws IOException {
        String json;
        try {
            json = lens.toJson(lens.analyze(input));
        } catch (ArticleException e) {
            json = AnalysisJson.errorJson(null, e);
        }
        JsonNode doc = MAPPER.readTree(json);
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), input + ": " + errors);
        if (doc.has("article")) {
            checkOffsets(doc);
        }
    }

    private static void checkOffsets(JsonNode doc) {
        String text = doc.at("/article/text").asText();
        for (String layer : List.of("people", "places", "organizations")) {
            for (JsonNode entity : doc.path(layer)) {
                entity.get("mentions").forEach(m -> checkSpan(text, m));
            }
        }
        doc.path("dates").forEach(d -> checkSpan(text, d));
        doc.path("quotes").forEach(q -> checkSpan(text, q));
        for (JsonNode q : doc.path("quotes")) {
            JsonNode speaker = q.get("speaker");
            if (!speaker.isNull()) {
                assertTrue(speaker.get("end").asInt() <= text.length());
            }
        }
    }

    private static void checkSpan(String text, JsonNode span) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertTrue(start < end && end <= text.length(), "span " + span);
        assertEquals(span.get("text").asText(), text.substring(start, end));
    }
}

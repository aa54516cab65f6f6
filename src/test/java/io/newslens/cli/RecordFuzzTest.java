package io.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newslens.Metadata;
import io.newslens.NewsLens;

/** Fuzz target for the records reader: every input line gives exactly one valid JSON output line. */
class RecordFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RecordReader READER = new RecordReader(NewsLens.builder().build(), Metadata.none());

    @FuzzTest(maxDuration = "10m")
    void recordLine(FuzzedDataProvider data) throws Exception {
        String line = data.consumeRemainingAsString().replace('\n', ' ').replace('\r', ' ');
        Batch.Line out = READER.analyze(line, 1);
        JsonNode json = MAPPER.readTree(out.json());
        assertTrue(out.failed() ? json.has("error") : json.has("article"), out.json());
        assertTrue(out.json().indexOf('\n') < 0, "one line per record");
    }
}

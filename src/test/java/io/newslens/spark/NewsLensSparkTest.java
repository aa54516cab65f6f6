package io.newslens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The DataFrame API: one row per input record, its JSON the command line's, its typed columns the same facts. */
class NewsLensSparkTest {

    private static final StructType RECORDS = new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("format", DataTypes.StringType)
            .add("published", DataTypes.DateType);

    @TempDir
    Path tmp;

    @Test
    void seedRecordsGiveTheCommandLinesJsonAndTypedColumns() throws IOException {
        List<Row> input = new ArrayList<>();
        input.add(RowFactory.create("seed-0", seed("000_322f0aae7f5fed0d.txt"), "text", null));
        input.add(RowFactory.create("seed-2", seed("002_d10553fbf6ab2ee2.txt"), "text", null));
        input.add(RowFactory.create("plain", "Angela Merkel met Emmanuel Macron in Paris on Friday, "
                + "Reuters reported.", null, Date.valueOf("2021-03-05")));
        input.add(RowFactory.create("blank", "   ", null, null));
        input.add(RowFactory.create("bad-format", "Some text.", "pdf", null));
        input.add(RowFactory.create(null, "A record without an id.", null, null));
        Dataset<Row> records = LocalSpark.session().createDataFrame(input, RECORDS).repartition(2);

        List<Row> out = NewsLensSpark.analyze(records).collectAsList();

        assertEquals(6, out.size());
        List<String> cli = LocalSpark.cli(tmp.resolve("cli.jsonl"), "analyze", "--records",
                recordsFile(input.subList(0, 5)).toString()).sorted();
        List<String> json = out.stream().filter(r -> r.getAs("id") != null).map(r -> r.<String>getAs("json"))
                .sorted().toList();
        assertEquals(cli, json);
        Row seed = byId(out, "seed-0");
        assertEquals("Pompeo downplays possibility of summit with North Korea", seed.getAs("title"));
        assertEquals(Date.valueOf("2020-07-16"), seed.getAs("published"));
        assertTrue(seed.<Row>getList(seed.fieldIndex("places")).stream().anyMatch(p -> p.getString(0).equals("Seoul")));
        Row plain = byId(out, "plain");
        assertEquals(Date.valueOf("2021-03-05"), plain.getAs("published"));
        assertTrue(plain.<Row>getList(plain.fieldIndex("dates")).stream()
                .anyMatch(d -> d.getString(0).equals("Friday") && d.getString(1).equals("2021-03-05")),
                plain.getList(plain.fieldIndex("dates")).toString());
        for (Row r : out) {
            if (r.getAs("error") == null) {
                TypedColumns.assertMatchJson(r);
            }
        }
        assertEquals("empty article", byId(out, "blank").getAs("error"));
        assertEquals("unknown \"format\": pdf (expected plain, text or html)", byId(out, "bad-format").getAs("error"));
        Row noId = out.stream().filter(r -> r.getAs("id") == null).findFirst().orElseThrow();
        assertEquals("record has no \"id\"", noId.getAs("error"));
        assertEquals("{\"schema\":\"newslens/1\",\"error\":{\"input\":\"(no id)\",\"reason\":\"record has no \\\"id\\\"\"}}",
                noId.getAs("json"));
    }

    @Test
    void recordsNeedAnIdAndTextOrHtmlOfTheRightTypes() {
        Dataset<Row> noText = LocalSpark.session().createDataFrame(List.of(RowFactory.create("a")),
                new StructType().add("id", DataTypes.StringType));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsLensSpark.analyze(noText));
        assertEquals("input records need the columns id and text or html; these have id", e.getMessage());
        Dataset<Row> numericText = LocalSpark.session().createDataFrame(List.of(RowFactory.create(7L, 3)),
                new StructType().add("id", DataTypes.LongType).add("text", DataTypes.IntegerType));
        e = assertThrows(IllegalArgumentException.class, () -> NewsLensSpark.analyze(numericText));
        assertEquals("input column text must be a string, not int", e.getMessage());
    }

    private static Row byId(List<Row> rows, String id) {
        return rows.stream().filter(r -> id.equals(r.getAs("id"))).findFirst().orElseThrow();
    }

    private static String seed(String name) throws IOException {
        return Files.readString(Path.of("testdata", "seeds", name), StandardCharsets.UTF_8);
    }

    /** The same records as the command line's JSON Lines input. */
    private Path recordsFile(List<Row> rows) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Row r : rows) {
            ObjectNode o = mapper.createObjectNode();
            for (int i = 0; i < RECORDS.size(); i++) {
                if (!r.isNullAt(i)) {
                    o.put(RECORDS.fields()[i].name(), r.get(i).toString());
                }
            }
            lines.add(o.toString());
        }
        Path file = tmp.resolve("records.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}

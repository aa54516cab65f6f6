package io.newslens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against the command line on the same inputs: the same lines (apart from order), one per
 * input, broken ones included, and the same exit code.
 */
class AnalyzeJobTest {

    @TempDir
    static Path tmp;

    /** Seeds, the loader fixtures (sidecar, encodings, empty file, HTML) and broken files. */
    static Path articles;

    @BeforeAll
    static void articles() throws IOException {
        articles = tmp.resolve("articles");
        Files.createDirectories(articles.resolve("sub"));
        copyAll(Path.of("testdata", "seeds"), articles);
        copyAll(Path.of("testdata", "fixtures"), articles.resolve("sub"));
        Files.writeString(articles.resolve("report.txt"), "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n",
                StandardCharsets.ISO_8859_1);
        Files.write(articles.resolve("empty.txt"), new byte[0]);
        byte[] invalid = "Mike Pompeo spoke in Seoul on Thursday. ".repeat(20).getBytes(StandardCharsets.UTF_8);
        invalid[41] = (byte) 0xC3;
        invalid[42] = (byte) 0x28;
        Files.write(articles.resolve("invalid-utf8.txt"), invalid);
        Files.writeString(articles.resolve("large.txt"), "Words and words. ".repeat(70_000));
        Files.writeString(articles.resolve("bad-sidecar.txt"), "Mike Pompeo spoke in Seoul on Thursday.\n");
        // Spark expands the paths it is given as globs: this name must still be read as itself.
        Files.writeString(articles.resolve("odd [1] {a,b} *.txt"), "Kim Jong Un met Moon Jae-in on Friday.\n");
        Files.writeString(articles.resolve("bad-sidecar.meta.json"), "{\"published\": ");
        Files.writeString(articles.resolve("page.html"), "<html><head><title>Port strike ends</title></head>"
                + "<body><article><h1>Port strike ends</h1><p>Dock workers in Rotterdam returned to work on "
                + "Monday, the union said.</p></article></body></html>");
        Files.createDirectories(articles.resolve("page_files"));
        Files.writeString(articles.resolve("page_files/frame.html"), "<html><body><p>An advert.</p></body></html>");
    }

    private static void copyAll(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    @Test
    void jsonLinesEqualTheCommandLinesForEveryFileBrokenOnesIncluded() throws IOException {
        LocalSpark.CliRun cli = LocalSpark.cli(tmp.resolve("cli.jsonl"), "analyze", "--jsonl", "--max-size", "1",
                "--threads", "2", articles.toString());
        Path out = tmp.resolve("job-jsonl");
        LocalSpark.session();
        int code = AnalyzeJob.run("--input", articles.toString(), "--output", out.toString(), "--max-size", "1");

        List<String> lines = LocalSpark.jobLines(out);
        assertEquals(1, cli.code());
        assertEquals(1, code);
        // 2 seeds, 15 fixtures, report, empty, invalid-utf8, large, bad-sidecar, odd, page: not page_files/frame.html
        assertEquals(24, lines.size());
        assertEquals(cli.sorted(), lines);
        List<String> errors = lines.stream().filter(l -> l.contains("\"error\":{")).toList();
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(has(errors, "report.txt\",\"reason\":\"not a text or HTML article (PDF)\""), errors.toString());
        assertTrue(has(errors, "empty.txt\",\"reason\":\"empty article\""), errors.toString());
        assertTrue(has(errors, "09_empty.txt\",\"reason\":\"empty article\""), errors.toString());
        assertTrue(has(errors, "large.txt\",\"reason\":\"input of 1.1 MiB is over the size limit of 1.0 MiB\""),
                errors.toString());
        assertTrue(has(errors, "bad-sidecar.meta.json\",\"reason\":\"sidecar is not valid JSON"), errors.toString());
        assertTrue(has(lines, "\"path\":\"" + articles.resolve("invalid-utf8.txt") + "\""), "invalid UTF-8 is analysed");
        assertTrue(lines.stream().anyMatch(l -> l.contains("odd [1] {a,b} *.txt\"") && l.contains("Kim Jong Un")
                && !l.contains("\"error\":{")), "a name with glob characters is analysed");
    }

    private static boolean has(List<String> lines, String part) {
        return lines.stream().anyMatch(l -> l.contains(part));
    }

    @Test
    void theReadmeCommandOnTheSeedsPrintsWhatTheCommandLinePrints() throws IOException {
        LocalSpark.CliRun cli = LocalSpark.cli(tmp.resolve("seeds-cli.jsonl"), "analyze", "--jsonl", "testdata/seeds");
        Path out = tmp.resolve("job-seeds");
        LocalSpark.session();
        int code = AnalyzeJob.run("--master", "local[2]", "--input", "testdata/seeds", "--output", out.toString());

        List<String> lines = LocalSpark.jobLines(out);
        assertEquals(0, code);
        assertEquals(2, lines.size());
        assertEquals(cli.sorted(), lines);
        assertTrue(lines.get(0).startsWith("{\"schema\":\"newslens/1\",\"source\":{\"path\":\"testdata/seeds/000_322f0aae7f5fed0d.txt\""),
                lines.get(0));
    }

    @Test
    void parquetHoldsTheJsonAndTypedColumns() throws IOException {
        Path out = tmp.resolve("job-parquet");
        LocalSpark.session();
        int code = AnalyzeJob.run("--input", articles.toString(), "--output", out.toString(), "--format", "parquet",
                "--max-size", "1");
        Dataset<Row> rows = LocalSpark.session().read().parquet(out.toString());

        assertEquals(1, code);
        assertEquals(24, rows.count());
        assertEquals(5, rows.filter("error is not null").count());
        Row seed = rows.filter("id like '%000_322f0aae7f5fed0d.txt'").first();
        assertEquals("Pompeo downplays possibility of summit with North Korea", seed.getAs("title"));
        assertEquals(java.sql.Date.valueOf("2020-07-16"), seed.getAs("published"));
        Row pompeo = seed.<Row>getList(seed.fieldIndex("people")).stream()
                .filter(p -> p.getString(0).equals("Mike Pompeo")).findFirst().orElseThrow();
        assertEquals(List.of("Secretary of State"), pompeo.getList(2));
        for (Row row : rows.filter("error is null").collectAsList()) {
            TypedColumns.assertMatchJson(row);
        }
        Row report = rows.filter("id like '%report.txt'").first();
        assertEquals("not a text or HTML article (PDF)", report.getAs("error"));
        assertTrue(report.isNullAt(report.fieldIndex("title")));
    }

    @Test
    void jsonLinesRecordsGiveTheCommandLinesLinesAndErrors() throws IOException {
        Path records = tmp.resolve("records.jsonl");
        String seed = Files.readString(Path.of("testdata", "seeds", "000_322f0aae7f5fed0d.txt"));
        Files.write(records, List.of(
                "{\"id\": \"seed\", \"text\": " + quoted(seed) + ", \"format\": \"text\"}",
                "{\"id\": \"plain\", \"text\": \"Angela Merkel met Emmanuel Macron in Paris on Friday.\", "
                        + "\"published\": \"2021-03-05\"}",
                "{\"text\": \"A record without an id, about the Red Cross in Geneva.\"}",
                "",
                "{not json",
                "{\"id\": \"pdf\", \"text\": \"x\", \"format\": \"pdf\"}",
                "{\"id\": \"page\", \"html\": \"<html><body><p>Rain fell on Oslo on Sunday, officials said.</p></body></html>\"}",
                "[1, 2]"), StandardCharsets.UTF_8);
        LocalSpark.CliRun cli = LocalSpark.cli(tmp.resolve("records-cli.jsonl"), "analyze", "--records",
                records.toString());
        Path out = tmp.resolve("job-records");
        LocalSpark.session();
        int code = AnalyzeJob.run("--input", records.toString(), "--output", out.toString());

        List<String> lines = LocalSpark.jobLines(out);
        assertEquals(1, cli.code());
        assertEquals(1, code);
        assertEquals(7, lines.size());
        assertEquals(cli.sorted(), lines);
        assertTrue(has(lines, "\"source\":{\"path\":\"record 3\""), lines.toString());
        assertTrue(has(lines, "{\"schema\":\"newslens/1\",\"error\":{\"input\":\"record 5\",\"reason\":\"record is not valid JSON"),
                lines.toString());
        assertTrue(has(lines, "{\"schema\":\"newslens/1\",\"id\":\"pdf\",\"error\":{\"input\":\"pdf\",\"reason\":\"unknown \\\"format\\\": pdf"),
                lines.toString());
    }

    private static String quoted(String s) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(s).toString();
    }

    @Test
    void anExistingOutputFolderOrAnUnknownFormatIsAUsageError() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("exists"));
        LocalSpark.session();
        assertEquals(2, AnalyzeJob.run("--input", "testdata/seeds", "--output", out.toString()));
        assertEquals(2, AnalyzeJob.run("--input", "testdata/seeds", "--output", tmp.resolve("new").toString(),
                "--format", "csv"));
        assertTrue(Files.notExists(tmp.resolve("new")));
    }
}

package io.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MainTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Runs the command line with {@code stdin}, returning exit code, stdout and stderr. */
    private static Run run(String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    private record Run(int code, String out, String err) {
        List<JsonNode> lines() throws Exception {
            List<JsonNode> nodes = new java.util.ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(MAPPER.readTree(line));
                }
            }
            return nodes;
        }
    }

    /** A line that is not UTF-8 fails alone: the records after it are still analysed. */
    @Test
    void aRecordThatIsNotUtf8FailsAlone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write("{\"id\": \"a\", \"text\": \"Pompeo spoke in Seoul.\"}\r\n{\"id\": \"b\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.write("\"}\n{\"id\": \"c\", \"text\": \"Moon spoke in Busan.\"}".getBytes(StandardCharsets.UTF_8));
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("in.jsonl"), bytes.toByteArray());
        Run r = run("", "analyze", "--records", file.toString());
        List<JsonNode> lines = r.lines();

        assertEquals(1, r.code());
        assertEquals(3, lines.size());
        assertEquals("a", lines.get(0).get("id").asText());
        assertEquals("record 2", lines.get(1).at("/error/input").asText());
        assertEquals("the line is not valid UTF-8 text", lines.get(1).at("/error/reason").asText());
        assertEquals("Moon spoke in Busan.", lines.get(2).at("/article/text").asText());
    }

    @Test
    void recordsGiveOneLinePerRecordAndErrorsNameTheRecord() throws Exception {
        String records = String.join("\n",
                "{\"id\": \"a\", \"text\": \"Pompeo spoke in Seoul on Thursday.\", \"published\": \"2020-07-16\","
                        + " \"format\": \"plain\"}",
                "{\"id\": \"b\", \"text\": \"   \"}",
                "not json",
                "{\"id\": \"d\", \"format\": \"plain\"}",
                "{\"id\": \"e\", \"text\": 42}");
        Run r = run(records, "analyze", "--records", "-");
        List<JsonNode> lines = r.lines();

        assertEquals(1, r.code());
        assertEquals(5, lines.size());
        assertEquals("a", lines.get(0).get("id").asText());
        assertEquals("Pompeo spoke in Seoul on Thursday.", lines.get(0).at("/article/text").asText());
        assertEquals("2020-07-16", lines.get(0).at("/article/published/value").asText());
        assertEquals("empty article", lines.get(1).at("/error/reason").asText());
        assertEquals("record 3", lines.get(2).at("/error/input").asText());
        assertTrue(lines.get(2).at("/error/reason").asText().startsWith("record is not valid JSON"));
        assertEquals("record has no \"text\" field", lines.get(3).at("/error/reason").asText());
        assertEquals("\"text\" must be a string, not number", lines.get(4).at("/error/reason").asText());
        assertTrue(r.err().contains("b: empty article"));
    }

    @Test
    void oneFileGivesOneDocumentAndAFolderGivesJsonLines(@TempDir Path dir) throws Exception {
        Path seeds = Path.of("testdata", "seeds");
        Run one = run("", "analyze", "--pretty", seeds.resolve("000_322f0aae7f5fed0d.txt").toString());
        assertEquals(0, one.code());
        JsonNode doc = MAPPER.readTree(one.out());
        assertEquals("newslens/1", doc.get("schema").asText());
        assertTrue(one.out().contains("\n  \"source\""), "pretty output is indented");

        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Files.copy(seeds.resolve("002_d10553fbf6ab2ee2.txt"), dir.resolve("b.txt"));
        Run many = run("", "analyze", dir.toString());
        List<JsonNode> lines = many.lines();
        assertEquals(1, many.code());
        assertEquals(2, lines.size());
        assertEquals(dir.resolve("b.txt").toString(), lines.get(0).at("/source/path").asText());
        assertEquals(empty.toString(), lines.get(1).at("/error/input").asText());
        assertEquals("empty article", lines.get(1).at("/error/reason").asText());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("", "analyze").code());
        assertEquals(2, run("", "analyze", "--published", "yesterday", "x.txt").code());
        assertEquals(2, run("", "no-such-command").code());
        Run version = run("", "--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("newslens "));
    }

    @Test
    void outputFileIsTheSameWhateverTheThreadCountAndNoPartFileRemains(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.jsonl");
        Path eight = dir.resolve("eight.jsonl");
        // every fixture, the broken ones included (those exit 1 with their error lines)
        run("", "analyze", "--threads", "1", "--output", one.toString(), "testdata");
        run("", "analyze", "--threads", "8", "-o", eight.toString(), "testdata");

        List<String> lines = Files.readAllLines(one);
        assertTrue(lines.size() > 10, "all fixtures analysed");
        assertEquals(Files.readString(one), Files.readString(eight));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("eight.jsonl", "one.jsonl"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void unorderedOutputHoldsEveryInputOnce() throws Exception {
        Run r = run("", "analyze", "--unordered", "--threads", "2", "testdata/seeds", "testdata/seeds");
        assertEquals(0, r.code());
        assertEquals(4, r.lines().size());
        assertTrue(r.err().contains("newslens: analysed 4, failed 0"));
    }

    /**
     * A command line made for one subcommand has only it, and its usage is the one the full command
     * line gives; without a subcommand, or with {@code help}, all are there, in the help's order.
     */
    @Test
    void aSubcommandAloneHasTheUsageItHasAmongAll() {
        picocli.CommandLine all = Main.commandLine();
        List<String> names = List.copyOf(all.getSubcommands().keySet());
        assertEquals(List.of("analyze", "view", "serve", "eval", "bench", "train-ner", "help"), names);
        assertEquals(names, List.copyOf(Main.commandLine("help", "analyze").getSubcommands().keySet()));
        assertEquals(names, List.copyOf(Main.commandLine("--version").getSubcommands().keySet()));
        for (String name : names.subList(0, names.size() - 1)) {
            picocli.CommandLine one = Main.commandLine(name, "x");
            assertEquals(List.of(name), List.copyOf(one.getSubcommands().keySet()));
            assertEquals(all.getSubcommands().get(name).getUsageMessage(), one.getSubcommands().get(name).getUsageMessage());
        }
        Run help = run("", "help", "analyze");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: newslens analyze"), help.out());
    }
}

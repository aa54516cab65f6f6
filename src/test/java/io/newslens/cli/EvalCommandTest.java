package io.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    /** Runs the command line, returning {exit code, stdout}. */
    private static String[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new String[] {String.valueOf(code), o.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private void writeGold(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve("doc-" + i + ".json"), """
                    {"id": "doc-%d", "text": "Mara Quill spoke in Lisbon.", "layers": ["people"],
                     "people": [{"start": 0, "end": 10, "text": "Mara Quill"}]}
                    """.formatted(i));
        }
    }

    @Test
    void holdoutPrintsBothPartsAndFloorsApplyToAllDocuments() throws Exception {
        writeGold(4);
        String[] r = run("eval", "--holdout", "3", "--min", "documents=4", dir.toString());
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("\ndocuments\t4\n"), r[1]);
        assertTrue(r[1].contains("\nheldout.documents\t2\n"), r[1]);
        assertTrue(r[1].contains("\ntuned.documents\t2\n"), r[1]);
        assertTrue(r[1].contains("\nheldout.people.gold\t2\n"), r[1]);
    }

    @Test
    void holdoutUnderTwoIsAUsageError() {
        assertEquals("2", run("eval", "--holdout", "1", dir.toString())[0]);
    }
}

package io.newslens.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.newslens.ArticleException;
import io.newslens.Metadata;
import io.newslens.NewsLens;
import io.newslens.json.JsonLines;

/**
 * Turns JSON Lines input records, one article per line, into one output line each: its analysis or
 * an error object naming the record and what was wrong.
 */
final class RecordReader {

    /** Receives each line of the input, decoded, or the reason it could not be. */
    interface LineHandler {
        void line(int lineNo, String text);

        void undecodable(int lineNo, String reason);
    }

    private final NewsLens lens;
    private final Metadata defaults;

    /** Reads records for {@code lens}; {@code defaults} fill what a record leaves out. */
    RecordReader(NewsLens lens, Metadata defaults) {
        this.lens = lens;
        this.defaults = defaults;
    }

    /** Analyses one input line (line number {@code lineNo}) into its output line. */
    Batch.Line analyze(String line, int lineNo) {
        return AnalyzeCommand.toBatch(JsonLines.record(line, lineNo, defaults, lens::analyze));
    }

    /** The error line of an input line that could not be read. */
    static Batch.Line failure(int lineNo, String reason) {
        return AnalyzeCommand.toBatch(JsonLines.failure(null, new ArticleException("record " + lineNo, reason)));
    }

    /**
     * Gives {@code handler} every line of {@code in}, each decoded from UTF-8 on its own, so that a line
     * that is not UTF-8 is one failed record rather than the end of the run. A byte order mark before
     * the first line and the carriage return of a CRLF ending are dropped.
     */
    static void lines(InputStream in, LineHandler handler) throws IOException {
        InputStream bytes = new BufferedInputStream(in, 1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 12);
        int lineNo = 0;
        for (int b = bytes.read(); ; b = bytes.read()) {
            if (b == '\n' || b < 0 && line.size() > 0) {
                deliver(line.toByteArray(), ++lineNo, handler);
                line.reset();
            }
            if (b < 0) {
                return;
            }
            if (b != '\n') {
                line.write(b);
            }
        }
    }

    private static void deliver(byte[] line, int lineNo, LineHandler handler) {
        int from = lineNo == 1 && line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF ? 3 : 0;
        int to = line.length > from && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        try {
            handler.line(lineNo, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line, from, to - from)).toString());
        } catch (CharacterCodingException e) {
            handler.undecodable(lineNo, "the line is not valid UTF-8 text");
        }
    }
}

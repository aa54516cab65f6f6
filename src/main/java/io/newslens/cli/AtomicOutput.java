package io.newslens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * An output file written under a temporary name beside the target and moved into place only when the
 * run completes, so a crash or Ctrl-C never leaves a half-written file that looks complete.
 */
final class AtomicOutput implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temp;
    private Writer writer;
    private final Thread cleanup;
    private boolean committed;
    private boolean aborted;

    AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        // Not Files.createTempFile: that makes the file readable by its owner only (0600), and the
        // target would keep that mode; a file opened here gets the umask's mode, as any other output.
        this.temp = dir.resolve("." + this.target.getFileName() + "." + Long.toUnsignedString(
                RANDOM.nextLong(), 36) + ".part");
        // The hook is in place before the file exists, and the two exclude each other: a signal that
        // arrives while the file is being created either finds it and deletes it, or stops its creation.
        this.cleanup = new Thread(this::abort, "newslens-output-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            throw notWritten();
        }
        open();
    }

    private synchronized void open() throws IOException {
        if (aborted) {
            throw notWritten();
        }
        try {
            OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private IOException notWritten() {
        return new IOException("interrupted: " + target + " was not written");
    }

    Writer writer() {
        return writer;
    }

    /**
     * Closes the temporary file and moves it onto the target, unless the process is ending on a signal:
     * the cleanup hook and this method exclude each other, so a run interrupted while it finishes leaves
     * either the whole file or none.
     */
    synchronized void commit() throws IOException {
        if (aborted) {
            throw notWritten();
        }
        writer.close();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public synchronized void close() {
        if (!committed) {
            deleteTemp();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run; nothing left to do
        }
    }

    private synchronized void abort() {
        if (!committed) {
            aborted = true;
            deleteTemp();
        }
    }

    private void deleteTemp() {
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (IOException ignored) {
            // the file is deleted next, whatever state it is in
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort while the process ends
        }
    }
}

package io.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @Test
    void theFileGetsTheModeOfAnyNewFileNotOwnerOnly(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path target = dir.resolve("out.json");
        try (AtomicOutput out = new AtomicOutput(target)) {
            out.writer().write("{}\n");
            out.commit();
        }

        assertEquals("{}\n", Files.readString(target));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }
}

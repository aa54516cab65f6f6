package io.newslens.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system ({@code file:}), setting permissions through {@code java.nio} where Hadoop,
 * without its native library, starts a {@code chmod} process: once for every file and folder the job's
 * writer creates (a part file, its checksum file, the task's folders), about a hundred processes for a
 * thousand inputs. The job makes it the {@code file:} file system unless the user names another
 * ({@code spark.hadoop.fs.file.impl}).
 */
public final class LocalFiles extends LocalFileSystem {

    /** Hadoop instantiates file systems by reflection, through this constructor. */
    public LocalFiles() {
        super(new Raw());
    }

    /** The raw (unchecksummed) local file system underneath. */
    static final class Raw extends RawLocalFileSystem {

        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            if (NativeIO.isAvailable() || permission.getStickyBit()) {
                super.setPermission(p, permission);
                return;
            }
            try {
                Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission.toShort()));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system (Windows): Hadoop's own way.
                super.setPermission(p, permission);
            }
        }
    }

    /** The nine permission bits of {@code mode} (owner, group, others; read, write, execute). */
    static Set<PosixFilePermission> posix(int mode) {
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] byBit = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE
        for (int i = 0; i < byBit.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                out.add(byBit[i]);
            }
        }
        return out;
    }
}

package org.counterweight.report.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writing an output file whole or not at all: the text goes to a temporary file beside the target
 * (same folder, so the same file system), which is then renamed over it. A failure midway (a full
 * disk, a permission refused, a killed process) leaves the previous file as it was, or none, never an
 * empty or truncated one; the temporary file is removed. The file gets the permissions any new file of
 * the user gets (the umask's), not a temporary file's owner-only ones.
 */
public final class ExportFiles {
    private ExportFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code file}, creating its folder and replacing the file atomically. */
    public static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code file}, creating its folder and replacing the file atomically. */
    public static void write(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            temporary = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            moveOver(temporary, target);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the write already failed; that error is the one to report
                }
            }
        }
    }

    /** Renames a finished temporary file over its target, atomically where the file system can. */
    public static void moveOver(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

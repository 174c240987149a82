package com.baokao.batch;

import com.baokao.i18n.BaokaoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A file an operator names for a job: only a readable regular file inside the job's directory (after resolving
 * {@code ..} and links), so a report that quotes lines of the file can never show another file of the server.
 */
public final class OperatorFiles {

    private OperatorFiles() {
    }

    /** The file {@code name} in {@code directory}, or the refusal {@code missingKey} (args: name, directory). */
    public static Path inDirectory(Path directory, String name, String missingKey) {
        Path root = directory.toAbsolutePath().normalize();
        try {
            Path candidate = root.resolve(name).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate) && Files.isReadable(candidate)
                    && candidate.toRealPath().startsWith(root.toRealPath())) {
                return candidate;
            }
        } catch (InvalidPathException | IOException e) {
            // not a name of a file there: the same answer
        }
        throw new BaokaoException(missingKey, name, root.toString());
    }
}

package com.baokao.web.candidate;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads an uploaded part; the servlet's multipart limit (10 MB) bounds it, the services check the real limits. */
public final class Uploads {

    private static final int MAX_BYTES = 10 * 1024 * 1024;

    private Uploads() {
    }

    /** The bytes, or {@code null} when no file was chosen. */
    public static byte[] bytes(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                part.delete();
            } catch (IOException e) {
                // a temporary file the container removes at the end of the request anyway
            }
        }
    }
}

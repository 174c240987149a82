package com.baokao.web.api;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The file of a multipart upload (part {@code file}); the services check its bytes as they do a page's upload. */
final class Uploads {

    static final String PART = "file";
    /** Larger than any photo or proof the rules allow, so that the service, not this, says how large is too large. */
    private static final int MAX_BYTES = 10 * 1024 * 1024;

    private Uploads() {
    }

    static byte[] file(List<EntityPart> parts) {
        EntityPart part = parts == null ? null
                : parts.stream().filter(p -> PART.equals(p.getName())).findFirst().orElse(null);
        if (part == null) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, PART, "api.upload.missing");
        }
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length == 0) {
                throw new ApiRefusal(Response.Status.BAD_REQUEST, PART, "api.upload.missing");
            }
            if (bytes.length > MAX_BYTES) {
                throw new ApiRefusal(Response.Status.REQUEST_ENTITY_TOO_LARGE, PART, "api.upload.tooLarge");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.baokao.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Optimistic versions over HTTP: a record's version is its ETag ({@code "v7"}), and a write names the version it
 * read in {@code If-Match}, as the pages carry theirs in the form. Without one the write is refused (428), so that
 * no client overwrites what it never saw; with an old one the service refuses it (412).
 */
final class Versions {

    private Versions() {
    }

    static EntityTag tag(long version) {
        return new EntityTag("v" + version);
    }

    /** The version named by {@code If-Match}. */
    static long expected(HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiRefusal(Response.Status.PRECONDITION_REQUIRED, "api.version.required");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.startsWith("v")) {
            try {
                return Long.parseLong(value.substring(1));
            } catch (NumberFormatException e) {
                // falls through to the refusal below
            }
        }
        throw new ApiRefusal(Response.Status.PRECONDITION_FAILED, "api.version.unknown");
    }
}

package com.baokao.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The API's one JSON-B instance, for what a resource writes itself (an ETag's content, a kept idempotent answer, a
 * request's fingerprint). Thread-safe and costly to make, so made once.
 */
final class ApiJson {

    static final Jsonb JSON = JsonbBuilder.create();

    private ApiJson() {
    }
}

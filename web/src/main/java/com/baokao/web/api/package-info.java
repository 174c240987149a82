/**
 * The phone client's JSON API, {@code /api/v1}: thin resources over the same EJB services as the pages, with
 * RFC 9457 problems for every refusal, ETag/If-Match for versions, Idempotency-Key for retried writes and bearer
 * tokens for the signed-in candidate. Described by Payara at {@code /openapi}.
 */
package com.baokao.web.api;

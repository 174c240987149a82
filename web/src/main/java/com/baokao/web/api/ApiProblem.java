package com.baokao.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem, the body of every refusal and error under {@code /api}: {@code code} is stable for a program
 * to branch on (the message key of the rule that said no), {@code detail} a sentence for the person, in the
 * language the request asked for. A refused form lists every field at once.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record ApiProblem(
        @Schema(description = "a URI naming the problem type", example = "https://baokao.example/problems/profile.stale")
        String type,
        @Schema(description = "the HTTP status's short title", example = "Precondition Failed")
        String title,
        @Schema(example = "412")
        int status,
        @Schema(description = "a sentence for the person, in the request's language")
        String detail,
        @Schema(description = "stable machine code", example = "profile.stale")
        String code,
        @Schema(description = "for a refused form: every field and its message")
        List<FieldProblem> fields,
        @Schema(description = "sign-in only: the next attempt needs a CAPTCHA answer")
        Boolean captchaRequired,
        @Schema(description = "seconds to wait before trying again, as in Retry-After")
        Long retryAfterSeconds,
        @Schema(description = "this request's id (also in the X-Request-Id header): quote it to support")
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://baokao.example/problems/";

    /** One refused field of a form. */
    @Schema(name = "FieldProblem")
    public record FieldProblem(String field, String code, String message) {
    }

    ApiProblem withCaptcha(boolean required) {
        return new ApiProblem(type, title, status, detail, code, fields, required ? Boolean.TRUE : null,
                retryAfterSeconds, requestId);
    }

    ApiProblem withRetryAfter(long seconds) {
        return new ApiProblem(type, title, status, detail, code, fields, captchaRequired, seconds, requestId);
    }
}

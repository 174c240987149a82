package com.baokao.web.api;

import jakarta.ws.rs.core.Response;

/**
 * A refusal the API itself makes (not signed in, not found, no version to compare, a reused idempotency key),
 * written out by {@link ProblemMapper} like a rule's refusal: a status, a message key, maybe a field.
 */
public class ApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** 422 Unprocessable Content, which {@link Response.Status} does not name. */
    public static final int UNPROCESSABLE = 422;

    private final int status;
    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public ApiRefusal(Response.Status status, String messageKey, Object... args) {
        this(status, null, messageKey, args);
    }

    public ApiRefusal(Response.Status status, String field, String messageKey, Object... args) {
        this(status.getStatusCode(), field, messageKey, args);
    }

    public ApiRefusal(int status, String field, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.status = status;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static ApiRefusal notFound() {
        return new ApiRefusal(Response.Status.NOT_FOUND, "api.notFound");
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }
}

package com.baokao.web.api;

import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.InvalidFormException;
import com.baokao.i18n.StaleVersionException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception that leaves an API resource becomes an RFC 9457 problem (no stack trace, no HTML page): a rule's
 * refusal 400 with its field(s), a stale version 412, another candidate's record 404, not signed in 401, the database
 * away 503 with Retry-After, anything unexpected 500 with a sentence (and the stack trace in the server log only). A response a resource built itself
 * (the payment sandbox's own error format) passes through.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = ApiLanguage.of(headers);
        if (thrown instanceof WebApplicationException web) {
            if (web.getResponse().hasEntity()) {
                return web.getResponse();
            }
            return Problems.response(Problems.of(locale, web.getResponse().getStatus(), keyFor(web)));
        }
        Throwable cause = rootOf(thrown);
        if (cause instanceof ApiRefusal refusal) {
            return Problems.response(Problems.of(locale, refusal.status(), refusal.messageKey(),
                    refusal.field(), refusal.args()));
        }
        if (cause instanceof InvalidFormException form) {
            return Problems.response(Problems.form(locale, form.problems()));
        }
        if (cause instanceof StaleVersionException stale) {
            return Problems.response(Problems.of(locale, 412, stale.getMessageKey()));
        }
        if (cause instanceof BaokaoException refusal) {
            return Problems.response(Problems.form(locale, List.of(refusal)));
        }
        if (cause instanceof OptimisticLockException) {
            return Problems.response(Problems.of(locale, 412, "api.stale"));
        }
        if (cause instanceof EJBAccessException) {
            // the services own their records: someone else's id reads as one that does not exist
            if (security == null || security.getUserPrincipal() == null) {
                return Problems.response(Problems.of(locale, 401, "api.unauthorized"));
            }
            return Problems.response(security.isUserInRole("CANDIDATE")
                    ? Problems.of(locale, 404, "api.notFound") : Problems.of(locale, 403, "api.forbidden"));
        }
        if (cause instanceof com.baokao.payment.PaymentGateway.ProviderUnavailable) {
            return Problems.response(Problems.of(locale, 503, "payment.provider.unavailable").withRetryAfter(30));
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException) {
            return Problems.response(Problems.of(locale, 400, "api.body.invalid"));
        }
        if (com.baokao.platform.DatabaseOutage.poolExhausted(thrown)) {
            // a burst: every pooled connection busy past the pool's wait; the database is there
            LOG.warning(() -> "connection pool exhausted: " + thrown);
            return Problems.response(Problems.of(locale, 503, "error.busy").withRetryAfter(5));
        }
        if (com.baokao.platform.DatabaseOutage.causedBy(thrown)) {
            // expected while PostgreSQL restarts: one line, not a stack trace per request
            LOG.warning(() -> "database unreachable: " + thrown);
            return Problems.response(Problems.of(locale, 503, "error.databaseUnavailable").withRetryAfter(30));
        }
        LOG.log(Level.SEVERE, "Unexpected error in the API", thrown);
        return Problems.response(Problems.of(locale, 500, "error.internal"));
    }

    /** The first exception along the cause chain that says something (a refusal, a bad body); else the thrown one. */
    private static Throwable rootOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BaokaoException || t instanceof ApiRefusal || t instanceof EJBAccessException
                    || t instanceof OptimisticLockException || t instanceof JsonbException
                    || t instanceof ProcessingException
                    || t instanceof com.baokao.payment.PaymentGateway.ProviderUnavailable) {
                return t;
            }
        }
        return thrown;
    }

    private static String keyFor(WebApplicationException web) {
        return keyFor(web.getResponse().getStatus());
    }

    /** The message for an HTTP error that no rule of Baokao's gave (no route, wrong method, a failed precondition). */
    static String keyFor(int status) {
        return switch (status) {
            case 400 -> "api.body.invalid";
            case 401 -> "api.unauthorized";
            case 403 -> "api.forbidden";
            case 404 -> "api.notFound";
            case 405 -> "api.method";
            case 406 -> "api.notAcceptable";
            case 415 -> "api.mediaType";
            case 412 -> "api.stale";
            default -> status >= 500 ? "error.internal" : "api.request";
        };
    }
}

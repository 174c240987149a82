package com.baokao.web.rest;

import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Context;

import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** No stack trace ever leaves the API: refusals become 400 with a sentence, anything else a plain 500. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException web) {
            return web.getResponse();
        }
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof BaokaoException)) {
            cause = cause.getCause();
        }
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                ? UserMessages.DEFAULT_LOCALE : headers.getAcceptableLanguages().get(0);
        if (cause instanceof BaokaoException refusal) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", refusal.getMessageKey(), "message", UserMessages.format(locale, refusal)))
                    .build();
        }
        LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
        return Response.serverError().type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "internal", "message", UserMessages.format(locale, "error.internal")))
                .build();
    }
}

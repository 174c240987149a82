package com.baokao.web.api;

import com.baokao.web.RequestIds;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/** Builds problems from message keys, in the reader's language. */
final class Problems {

    private Problems() {
    }

    static ApiProblem of(Locale locale, int status, String key, Object... args) {
        return of(locale, status, key, null, args);
    }

    static ApiProblem of(Locale locale, int status, String key, String field, Object... args) {
        String detail = UserMessages.format(locale, key, args);
        List<ApiProblem.FieldProblem> fields = field == null ? null
                : List.of(new ApiProblem.FieldProblem(field, key, detail));
        return new ApiProblem(ApiProblem.TYPE_BASE + key, title(status), status, detail, key, fields, null, null,
                requestId());
    }

    /** A refused form: 400, the first problem as the sentence, every problem with its field. */
    static ApiProblem form(Locale locale, List<BaokaoException> refusals) {
        BaokaoException first = refusals.get(0);
        List<ApiProblem.FieldProblem> fields = refusals.stream().filter(r -> r.getField() != null)
                .map(r -> new ApiProblem.FieldProblem(r.getField(), r.getMessageKey(), UserMessages.format(locale, r)))
                .toList();
        return new ApiProblem(ApiProblem.TYPE_BASE + first.getMessageKey(), title(400), 400,
                UserMessages.format(locale, first), first.getMessageKey(), fields.isEmpty() ? null : fields, null,
                null, requestId());
    }

    private static String requestId() {
        return RequestIds.current().orElse(null);
    }

    static Response response(ApiProblem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(ApiProblem.MEDIA_TYPE)
                .entity(problem).header("Cache-Control", "no-store");
        if (problem.retryAfterSeconds() != null) {
            response.header("Retry-After", problem.retryAfterSeconds());
        }
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"baokao\"");
        }
        return response.build();
    }

    private static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
    }
}

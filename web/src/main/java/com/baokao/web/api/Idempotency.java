package com.baokao.web.api;

import com.baokao.platform.Database;
import com.baokao.platform.IdempotentRequests;
import com.baokao.platform.Sha256;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for the writes a phone may send twice (submit, withdraw, payment order, uploads): the key
 * and the first answer are kept with the work in one transaction ({@link IdempotentRequests}); the same request
 * again gets that answer (header {@code Idempotent-Replayed: true}), a different request under the same key 422.
 * Without a key the write is simply done.
 */
@RequestScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final String DOC = "a retry with the same key returns the first answer; the same key for another"
            + " request is refused (422)";

    @EJB
    IdempotentRequests requests;

    /**
     * Does {@code work} once per key. {@code fingerprint} is what makes two requests the same (path, version, body
     * or the bytes' digest). With a key or without, the work and its answer are one transaction.
     */
    Response once(HttpHeaders headers, SecurityContext security, String operation, String fingerprint,
                  Supplier<Response> work) {
        String key = headers.getHeaderString(HEADER);
        if (key == null) {
            return requests.doUnkeyed(work);
        }
        key = key.strip();
        if (key.isEmpty() || key.length() > 100) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, HEADER, "api.idempotency.key");
        }
        String caller = security.getUserPrincipal().getName();
        String hash = Sha256.hex(operation + "\n" + fingerprint);
        Optional<IdempotentRequests.Outcome> earlier = requests.earlier(caller, key, operation, hash);
        if (earlier.isEmpty()) {
            try {
                return replay(requests.doOnce(caller, key, operation, hash, () -> kept(work.get())), false);
            } catch (RuntimeException e) {
                if (!Database.isUniqueViolation(e)) {
                    throw e;
                }
                // a copy of this request was done meanwhile: answer as it was answered
                earlier = requests.earlier(caller, key, operation, hash);
                if (earlier.isEmpty()) {
                    throw e;
                }
            }
        }
        if (earlier.get().keyReused()) {
            throw new ApiRefusal(ApiRefusal.UNPROCESSABLE, HEADER, "api.idempotency.reused");
        }
        return replay(earlier.get().result(), true);
    }

    private static IdempotentRequests.Result kept(Response response) {
        Object entity = response.getEntity();
        return new IdempotentRequests.Result(response.getStatus(), entity == null ? null : ApiJson.JSON.toJson(entity));
    }

    private static Response replay(IdempotentRequests.Result result, boolean replayed) {
        Response.ResponseBuilder response = Response.status(result.status());
        if (result.body() != null) {
            response.entity(result.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }
}

package com.baokao.web.api;

import com.baokao.web.security.BaokaoAuthentication;
import com.baokao.web.security.Roles;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets only a candidate's bearer token through to {@link CandidateOnly} operations: none or a refused one is 401
 * (with the reason: a token that expired or was revoked asks the client to refresh or sign in again), a staff
 * member's 403, a token that could not be checked because the database is away 503. The services check the role again; this gives the phone the right status and sentence.
 */
@Provider
@CandidateOnly
@Priority(Priorities.AUTHORIZATION)
public class CandidateFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(BaokaoAuthentication.TOKEN_UNCHECKED) instanceof RuntimeException databaseAway) {
            throw databaseAway; // ProblemMapper: 503 with Retry-After
        }
        if (request.getAttribute(BaokaoAuthentication.TOKEN_CALLER) == null) {
            boolean refused = request.getAttribute(BaokaoAuthentication.TOKEN_REFUSED) != null;
            throw new ApiRefusal(Response.Status.UNAUTHORIZED, refused ? "api.token.invalid" : "api.unauthorized");
        }
        if (!context.getSecurityContext().isUserInRole(Roles.CANDIDATE)) {
            throw new ApiRefusal(Response.Status.FORBIDDEN, "api.forbidden");
        }
    }
}

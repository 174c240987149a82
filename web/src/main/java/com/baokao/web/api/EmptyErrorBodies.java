package com.baokao.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * An error answer without a body (a failed precondition that JAX-RS evaluated, a status a resource built) gets a
 * problem, so that the container never fills it with its HTML error page.
 */
@Provider
public class EmptyErrorBodies implements ContainerResponseFilter {

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status >= 400 && !response.hasEntity()) {
            ApiProblem problem = Problems.of(ApiLanguage.of(headers), status, ProblemMapper.keyFor(status));
            response.setEntity(problem, null, MediaType.valueOf(ApiProblem.MEDIA_TYPE));
        }
    }
}

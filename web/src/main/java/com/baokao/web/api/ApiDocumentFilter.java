package com.baokao.web.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;

/**
 * Completes the OpenAPI document of {@code /api/v1} with the refusals that follow from how an operation is called
 * rather than from what it does, so that no operation's annotations repeat them: any can answer 400 (a rule said
 * no) and 500, a signed-in operation 401, 403 and 404, one
 * that takes {@code If-Match} 412 and 428, one that takes {@code Idempotency-Key} 422; each an RFC 9457
 * problem.
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        document.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/v1/") && item.getOperations() != null) {
                item.getOperations().values().forEach(ApiDocumentFilter::addSharedRefusals);
            }
        });
    }

    private static void addSharedRefusals(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        add(responses, "400", "refused: the rule's sentence and, for a form, every refused field");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401", "no valid access token (none, expired, tampered or signed out)");
            add(responses, "403", "signed in, but not as a candidate");
            add(responses, "404", "no such record of the caller's");
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            add(responses, "412", "changed since it was read: read it again");
            add(responses, "428", "If-Match is missing");
        }
        if (parameters.stream().anyMatch(p -> Idempotency.HEADER.equalsIgnoreCase(p.getName()))) {
            add(responses, "422", "the Idempotency-Key was used for a different request");
        }
        add(responses, "500", "an unexpected error (nothing was changed)");
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(ApiProblem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
    }
}

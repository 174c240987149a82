package com.baokao.web.api;

import com.baokao.catalogue.ProofKind;
import com.baokao.platform.Sha256;
import com.baokao.profile.BasicInfo;
import com.baokao.profile.ProfileService;
import com.baokao.profile.ProfileView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The candidate's profile (seed 002/003): basic information, the standard photo and the proofs, then submit for
 * review and read the feedback. Every write names the version it read ({@code If-Match}) and answers with the new
 * profile and its {@code ETag}.
 */
@Path("v1/profile")
@CandidateOnly
@SecurityRequirement(name = ApiApplication.BEARER)
@Tag(name = "profile", description = "basic information, photo, proofs, review")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    static final String IF_MATCH_DOC = "the ETag of the profile as last read (\"v7\")";

    @EJB
    ProfileService profiles;

    @Inject
    Idempotency idempotency;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The profile, its review status and feedback; ETag is its version")
    @APIResponse(responseCode = "200", description = "the profile",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public Response get() {
        return current(Response.Status.OK);
    }

    @PUT
    @Path("basic-info")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves step 1, the basic information (every refused field at once)")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC)
    })
    @APIResponse(responseCode = "200", description = "the saved profile",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public Response saveBasicInfo(BasicInfo info) {
        long expected = Versions.expected(headers);
        profiles.saveBasicInfo(profiles.mine().id() == null ? null : expected, AuthResource.required(info));
        return current(Response.Status.OK);
    }

    @PUT
    @Path("photo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Uploads the standard ID photo (part \"file\", JPEG), checked byte for byte as on the page")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC),
            @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, description = Idempotency.DOC)
    })
    @APIResponse(responseCode = "200", description = "the profile with its photo",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public Response uploadPhoto(List<EntityPart> parts) {
        long expected = Versions.expected(headers);
        byte[] bytes = Uploads.file(parts);
        return idempotency.once(headers, security, "profile.photo", expected + ":" + Sha256.hex(bytes), () -> {
            profiles.uploadPhoto(expected, bytes);
            return Response.ok(profiles.mine()).build();
        });
    }

    @PUT
    @Path("proofs/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Uploads one proof (part \"file\", JPEG), checked as on the page")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC),
            @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, description = Idempotency.DOC)
    })
    @APIResponse(responseCode = "200", description = "the profile with the proof",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public Response uploadProof(@PathParam("kind") ProofKind kind, List<EntityPart> parts) {
        long expected = Versions.expected(headers);
        byte[] bytes = Uploads.file(parts);
        return idempotency.once(headers, security, "profile.proof." + kind, expected + ":" + Sha256.hex(bytes),
                () -> {
                    profiles.uploadProof(expected, kind, bytes);
                    return Response.ok(profiles.mine()).build();
                });
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submits the profile for review")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC),
            @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, description = Idempotency.DOC)
    })
    @APIResponse(responseCode = "200", description = "the submitted profile",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public Response submit() {
        long expected = Versions.expected(headers);
        return idempotency.once(headers, security, "profile.submit", Long.toString(expected), () -> {
            profiles.submit(expected);
            return Response.ok(profiles.mine()).build();
        });
    }

    @POST
    @Path("reopen")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Reopens an approved profile for changes (it is reviewed again afterwards)")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC)
    })
    @APIResponse(responseCode = "200", description = "the reopened profile",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    public Response reopen() {
        profiles.reopen(Versions.expected(headers));
        return current(Response.Status.OK);
    }

    private Response current(Response.Status status) {
        ProfileView view = profiles.mine();
        return Response.status(status).entity(view).tag(Versions.tag(view.version()))
                .header("Cache-Control", "no-store").build();
    }
}

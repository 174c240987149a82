package com.baokao.web.api;

import com.baokao.certificate.CertificateChoices;
import com.baokao.certificate.CertificateView;
import com.baokao.certificate.DeliveryChoice;
import com.baokao.certificate.PostalAddress;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The candidate's certificates (seed 002 "证书领取方式"), the same services as the page: per application whether a
 * certificate may be given, the choice of self pick-up or postal delivery cash on delivery with the address (a write
 * names the version it read in {@code If-Match}; "v0" before anything was chosen), the number, and the tracking number
 * once posted.
 */
@Path("v1/certificates")
@CandidateOnly
@SecurityRequirement(name = ApiApplication.BEARER)
@Tag(name = "certificates", description = "how to receive the certificate: pick-up or post, number, tracking")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    private static final String IF_MATCH_DOC = "the ETag of the certificate choice as last read (\"v0\" before any)";

    @EJB
    CertificateChoices choices;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The caller's applications that can lead to a certificate, newest first")
    @APIResponse(responseCode = "200", description = "the certificates",
            content = @Content(schema = @Schema(implementation = CertificateView.class, type = SchemaType.ARRAY)))
    public List<CertificateView> mine() {
        return choices.mine();
    }

    @GET
    @Path("provinces")
    @Operation(summary = "The provinces a postal address may name (mainland China)")
    @APIResponse(responseCode = "200", description = "the provinces",
            content = @Content(schema = @Schema(implementation = String.class, type = SchemaType.ARRAY)))
    public List<String> provinces() {
        return PostalAddress.PROVINCES;
    }

    @GET
    @Path("{applicationId}")
    @Operation(summary = "One application's certificate: eligibility, choice, pick-up place and hours, number,"
            + " tracking; ETag is the choice's version")
    @APIResponse(responseCode = "200", description = "the certificate",
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    public Response get(@PathParam("applicationId") long applicationId) {
        return current(choices.view(applicationId));
    }

    @PUT
    @Path("{applicationId}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chooses self pick-up or postal delivery (cash on delivery) with the address and phone")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC)
    })
    @APIResponse(responseCode = "200", description = "the certificate with the saved choice",
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    public Response choose(@PathParam("applicationId") long applicationId, DeliveryChoice choice) {
        long expected = Versions.expected(headers);
        return current(choices.choose(applicationId, expected, AuthResource.required(choice)));
    }

    private static Response current(CertificateView view) {
        return Response.ok(view).tag(Versions.tag(view.version())).header("Cache-Control", "no-store").build();
    }
}

package com.baokao.web.api;

import com.baokao.web.operations.BaokaoMetrics;
import com.baokao.application.ApplicationOptions;
import com.baokao.application.ApplicationQueries;
import com.baokao.application.ApplicationService;
import com.baokao.application.ApplicationUploads;
import com.baokao.application.ApplicationView;
import com.baokao.application.Choices;
import com.baokao.catalogue.ProofKind;
import com.baokao.i18n.BaokaoException;
import com.baokao.payment.PaymentDesk;
import com.baokao.payment.Receipts;
import com.baokao.platform.Sha256;
import com.baokao.seating.AdmissionTickets;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
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
import java.util.function.LongFunction;

/**
 * The candidate's applications (seed 003): start one for an exam and region, the options that follow each choice,
 * draft, submit, withdraw, change region, the exam photo and confirmation proofs, resubmit; the status timeline,
 * the registration form, receipt and admission ticket PDFs, and the fee. Writes name the version they read
 * ({@code If-Match}); submit, withdraw, uploads and the payment order take an {@code Idempotency-Key}.
 */
@Path("v1/applications")
@CandidateOnly
@SecurityRequirement(name = ApiApplication.BEARER)
@Tag(name = "applications", description = "apply, submit, withdraw, documents, fee")
@Produces(MediaType.APPLICATION_JSON)
// made once, not per request: creating and injecting a resource per request was a quarter of the API's CPU under
// load (docs/benchmarks.md); what belongs to the request comes as @Context parameters
@ApplicationScoped
public class ApplicationResource {

    @Inject
    BaokaoMetrics metrics;

    private static final String IF_MATCH_DOC = "the ETag of the application as last read (\"v7\")";
    private static final String PDF = "application/pdf";

    @EJB
    ApplicationService applications;

    @EJB
    ApplicationQueries queries;

    @EJB
    ApplicationUploads uploads;

    @EJB
    PaymentDesk paymentDesk;

    @Inject
    com.baokao.web.payment.PaymentCheckout checkout;

    @EJB
    Receipts receipts;

    @EJB
    AdmissionTickets tickets;

    @Inject
    Idempotency idempotency;

    public record StartRequest(long sessionId, long regionId, boolean pledgeAccepted) {
    }

    public record RegionChange(long regionId) {
    }

    public record PaymentOrderCreated(@Schema(description = "open this page of the payment provider") String payUrl,
                                      long amountFen) {
    }

    public record PaymentStatus(PaymentDesk.Outcome outcome, ApplicationView application) {
    }

    @GET
    @Operation(summary = "The caller's applications, newest first")
    @APIResponse(responseCode = "200", description = "the applications",
            content = @Content(schema = @Schema(implementation = ApplicationView.class, type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<ApplicationView> mine() {
        return queries.mine();
    }

    @GET
    @Path("start-info/{sessionId}")
    @Operation(summary = "What applying to a session needs: window, regions, profile state, an application already"
            + " started")
    @APIResponse(responseCode = "200", description = "start information",
            content = @Content(schema = @Schema(implementation = ApplicationQueries.StartInfo.class)))
    public ApplicationQueries.StartInfo startInfo(@PathParam("sessionId") long sessionId) {
        return queries.startInfo(sessionId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts an application for an exam session and region (one per session)")
    @Parameters({
            @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, description = Idempotency.DOC)
    })
    @APIResponse(responseCode = "201", description = "the new draft",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response start(StartRequest body, @Context HttpHeaders headers, @Context SecurityContext security) {
        StartRequest start = AuthResource.required(body);
        return idempotency.once(headers, security, "application.start", ApiJson.JSON.toJson(start), () -> {
            long id = applications.start(start.sessionId(), start.regionId(), start.pledgeAccepted());
            return Response.created(UriBuilder.fromPath("/api/v1/applications/{id}").build(id))
                    .entity(queries.view(id)).build();
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application: choices, status timeline with deadlines, reasons per field, fee;"
            + " ETag is its version")
    @APIResponse(responseCode = "200", description = "the application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response get(@PathParam("id") long id) {
        return current(id);
    }

    @GET
    @Path("{id}/options")
    @Operation(summary = "The choices open to this application: review points, sites, levels, and for a level its"
            + " specialties and conditions")
    @APIResponse(responseCode = "200", description = "the options",
            content = @Content(schema = @Schema(implementation = ApplicationOptions.class)))
    public ApplicationOptions options(@PathParam("id") long id, @QueryParam("levelId") Long levelId) {
        return queries.options(id, levelId);
    }

    @PUT
    @Path("{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves the choices as a draft")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC)
    })
    @APIResponse(responseCode = "200", description = "the saved draft",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response saveDraft(@PathParam("id") long id, Choices choices, @Context HttpHeaders headers) {
        applications.saveDraft(id, Versions.expected(headers), AuthResource.required(choices));
        return current(id);
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submits the application with these choices (every missing field at once)")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC),
            @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, description = Idempotency.DOC)
    })
    @APIResponse(responseCode = "200", description = "the submitted application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response submit(@PathParam("id") long id, Choices choices,
            @Context HttpHeaders headers, @Context SecurityContext security) {
        long expected = Versions.expected(headers);
        Choices chosen = AuthResource.required(choices);
        return idempotency.once(headers, security, "application.submit." + id,
                expected + ":" + ApiJson.JSON.toJson(chosen), () -> {
                    applications.submit(id, expected, chosen);
                    metrics.submitted(BaokaoMetrics.Channel.API);
                    return Response.ok(queries.view(id)).build();
                });
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraws the application (refund rules as on the page)")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC),
            @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, description = Idempotency.DOC)
    })
    @APIResponse(responseCode = "200", description = "the withdrawn application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response withdraw(@PathParam("id") long id,
            @Context HttpHeaders headers, @Context SecurityContext security) {
        long expected = Versions.expected(headers);
        return idempotency.once(headers, security, "application.withdraw." + id, Long.toString(expected), () -> {
            applications.withdraw(id, expected);
            return Response.ok(queries.view(id)).build();
        });
    }

    @POST
    @Path("{id}/region")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves a draft to another region (its choices there start afresh)")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC)
    })
    @APIResponse(responseCode = "200", description = "the application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response changeRegion(@PathParam("id") long id, RegionChange change, @Context HttpHeaders headers) {
        applications.changeRegion(id, Versions.expected(headers), AuthResource.required(change).regionId());
        return current(id);
    }

    @PUT
    @Path("{id}/exam-photo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "A photo for this exam only (part \"file\"), when the exam's photo rule differs")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC),
            @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, description = Idempotency.DOC)
    })
    @APIResponse(responseCode = "200", description = "the application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response uploadExamPhoto(@PathParam("id") long id, List<EntityPart> parts,
            @Context HttpHeaders headers, @Context SecurityContext security) {
        long expected = Versions.expected(headers);
        byte[] bytes = Uploads.file(parts);
        return idempotency.once(headers, security, "application.photo." + id, expected + ":" + Sha256.hex(bytes),
                () -> {
                    uploads.uploadExamPhoto(id, expected, bytes);
                    return Response.ok(queries.view(id)).build();
                });
    }

    @PUT
    @Path("{id}/confirmation-proofs/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "A proof for online confirmation (part \"file\")")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC),
            @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, description = Idempotency.DOC)
    })
    @APIResponse(responseCode = "200", description = "the application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response uploadConfirmationProof(@PathParam("id") long id, @PathParam("kind") ProofKind kind,
                                            List<EntityPart> parts,
            @Context HttpHeaders headers, @Context SecurityContext security) {
        long expected = Versions.expected(headers);
        byte[] bytes = Uploads.file(parts);
        return idempotency.once(headers, security, "application.proof." + id + "." + kind,
                expected + ":" + Sha256.hex(bytes), () -> {
                    uploads.uploadConfirmationProof(id, expected, kind, bytes);
                    return Response.ok(queries.view(id)).build();
                });
    }

    @POST
    @Path("{id}/resubmit")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Sends the application back to confirmation after new proofs")
    @Parameters({
            @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC)
    })
    @APIResponse(responseCode = "200", description = "the application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response resubmit(@PathParam("id") long id, @Context HttpHeaders headers) {
        applications.resubmitForConfirmation(id, Versions.expected(headers));
        return current(id);
    }

    @POST
    @Path("{id}/payment-order")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Places (or reuses) the fee's payment order; open payUrl in the provider's page")
    @Parameters({
            @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, description = Idempotency.DOC)
    })
    @APIResponse(responseCode = "201", description = "the order",
            content = @Content(schema = @Schema(implementation = PaymentOrderCreated.class)))
    @APIResponse(responseCode = "503", description = "the payment provider cannot be reached; try again",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response paymentOrder(@PathParam("id") long id,
            @Context HttpHeaders headers, @Context SecurityContext security, @Context HttpServletRequest request) {
        return idempotency.once(headers, security, "application.pay." + id, "", () -> {
            String siteBase = com.baokao.web.security.PublicAddress.base(request);
            String url = checkout.checkout(id, siteBase);
            return Response.status(Response.Status.CREATED)
                    .entity(new PaymentOrderCreated(url, paymentDesk.fee(id))).build();
        });
    }

    @GET
    @Path("{id}/payment")
    @Operation(summary = "The fee's status after the provider's page: PAID, CONFIRMING (the provider said paid,"
            + " Baokao is checking) or UNPAID; asks the provider when Baokao has not heard yet")
    @APIResponse(responseCode = "200", description = "the status",
            content = @Content(schema = @Schema(implementation = PaymentStatus.class)))
    public Response payment(@PathParam("id") long id, @QueryParam("providerSaidPaid") boolean providerSaidPaid) {
        PaymentDesk.Outcome outcome = paymentDesk.afterReturn(id, providerSaidPaid);
        return Response.ok(new PaymentStatus(outcome, queries.view(id))).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/registration-form")
    @Produces({PDF, ApiProblem.MEDIA_TYPE})
    @Operation(summary = "The registration form (报名表) PDF")
    @APIResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "409", description = "not available at this stage",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response registrationForm(@PathParam("id") long id) {
        return pdf(id, "registration-form-", queries::registrationForm);
    }

    @GET
    @Path("{id}/receipt")
    @Produces({PDF, ApiProblem.MEDIA_TYPE})
    @Operation(summary = "The fee receipt PDF, once paid")
    @APIResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "409", description = "not paid",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response receipt(@PathParam("id") long id) {
        return pdf(id, "receipt-", receipts::pdf);
    }

    @GET
    @Path("{id}/ticket")
    @Produces({PDF, ApiProblem.MEDIA_TYPE})
    @Operation(summary = "The admission ticket (准考证) PDF, in the printing window once seats are assigned")
    @APIResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "409", description = "outside the printing window or no seat yet",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response ticket(@PathParam("id") long id) {
        return pdf(id, "admission-ticket-", tickets::pdf);
    }

    private Response pdf(long id, String prefix, LongFunction<byte[]> render) {
        byte[] bytes;
        try {
            bytes = render.apply(id);
        } catch (BaokaoException e) {
            if (e instanceof com.baokao.i18n.InvalidFormException || e.getField() != null) {
                throw e;
            }
            throw new ApiRefusal(Response.Status.CONFLICT, e.getMessageKey(), e.getMessageArgs());
        }
        return Response.ok(bytes, PDF).header("Content-Disposition", "attachment; filename=\"" + prefix + id + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    private Response current(long id) {
        ApplicationView view = queries.view(id);
        return Response.ok(view).tag(Versions.tag(view.version())).header("Cache-Control", "no-store").build();
    }
}

package com.baokao.web.api;

import com.baokao.catalogue.CatalogueQueries;
import com.baokao.catalogue.CatalogueViews;
import com.baokao.platform.Sha256;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.function.Supplier;

/**
 * The published exam catalogue, for anyone: open exams with their windows and notices; a session with its levels,
 * specialties, subjects and fees, photo and proof rules, region rules and notices; regions, review points and
 * sites. Each answer carries an ETag of its content: a phone that sends it back in {@code If-None-Match} gets 304.
 */
@Path("v1/catalogue")
@Tag(name = "catalogue", description = "the published exam catalogue (anonymous, cacheable)")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    private static final CacheControl REVALIDATE = CacheControl.valueOf("public, max-age=60");

    @EJB
    CatalogueQueries catalogue;

    @EJB
    com.baokao.catalogue.OpenExamsCache openExams;

    @Context
    Request request;

    @GET
    @Path("exams")
    @Operation(summary = "Exams open or soon open for registration, with windows, levels and notices")
    @APIResponse(responseCode = "200", description = "the exams", content = @Content(
            schema = @Schema(implementation = CatalogueViews.OpenExam.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match")
    public Response exams() {
        return cacheable(() -> openExams.openExams());
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "One published exam session: calendar, levels, specialties, subjects and fees, photo and"
            + " proof rules, region rules, notices with attachments")
    @APIResponse(responseCode = "200", description = "the session",
            content = @Content(schema = @Schema(implementation = CatalogueViews.SessionDetail.class)))
    @APIResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "no such published session",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response session(@PathParam("id") long id) {
        return cacheable(() -> catalogue.publishedSession(id).orElseThrow(ApiRefusal::notFound));
    }

    @GET
    @Path("regions")
    @Operation(summary = "Regions (province, city) with their parents")
    @APIResponse(responseCode = "200", description = "the regions", content = @Content(
            schema = @Schema(implementation = CatalogueViews.RegionRow.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match")
    public Response regions() {
        return cacheable(catalogue::regions);
    }

    @GET
    @Path("review-points")
    @Operation(summary = "Review points (审核点) and their regions")
    @APIResponse(responseCode = "200", description = "the review points", content = @Content(
            schema = @Schema(implementation = CatalogueViews.ReviewPointRow.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match")
    public Response reviewPoints() {
        return cacheable(catalogue::reviewPoints);
    }

    @GET
    @Path("sites")
    @Operation(summary = "Exam sites with address, region and rooms")
    @APIResponse(responseCode = "200", description = "the sites", content = @Content(
            schema = @Schema(implementation = CatalogueViews.SiteRow.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match")
    public Response sites() {
        return cacheable(catalogue::sites);
    }

    @GET
    @Path("attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A notice's attachment, as uploaded")
    @APIResponse(responseCode = "200", description = "the file", content = @Content(mediaType = "*/*"))
    @APIResponse(responseCode = "404", description = "no such attachment of a published notice",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response attachment(@PathParam("id") long id) {
        CatalogueViews.AttachmentFile file = catalogue.attachment(id).orElseThrow(ApiRefusal::notFound);
        EntityTag tag = new EntityTag(Sha256.hex(file.content()));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(REVALIDATE).build();
        }
        return Response.ok(file.content(), file.contentType()).tag(tag).cacheControl(REVALIDATE)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .build();
    }

    /** The answer with an ETag of its JSON, or 304 when the client already has exactly that. */
    private Response cacheable(Supplier<Object> content) {
        String json = ApiJson.JSON.toJson(content.get());
        EntityTag tag = new EntityTag(Sha256.hex(json));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(REVALIDATE).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(REVALIDATE).build();
    }
}

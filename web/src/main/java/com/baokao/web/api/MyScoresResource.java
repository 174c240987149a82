package com.baokao.web.api;

import com.baokao.score.ScoreQueries;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in candidate's sittings (scores once released) and the validity of every result, as on the page. */
@Path("v1/me/scores")
@CandidateOnly
@SecurityRequirement(name = ApiApplication.BEARER)
@Tag(name = "scores", description = "scores after the exam")
@Produces(MediaType.APPLICATION_JSON)
public class MyScoresResource {

    @EJB
    ScoreQueries scores;

    @GET
    @Operation(summary = "The candidate's sittings (scores once released) and the validity timeline of every result")
    @APIResponse(responseCode = "200", description = "sittings and timeline",
            content = @Content(schema = @Schema(implementation = ScoreQueries.MyScores.class)))
    public Response mine() {
        return Response.ok(scores.mine()).header("Cache-Control", "no-store").build();
    }
}

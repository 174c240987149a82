package com.baokao.web.api;

import com.baokao.account.captcha.CaptchaChallenges;
import com.baokao.i18n.BaokaoException;
import com.baokao.score.ScoreQueries;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public score query, as on the page: ID number + ticket number + CAPTCHA, no sign-in, limited per client
 * address and per ID number; released scores only. The candidate's own scores are {@link MyScoresResource}.
 */
@Path("v1/score-query")
@Tag(name = "scores", description = "scores after the exam")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreQueryResource {

    @EJB
    ScoreQueries scores;

    @EJB
    CaptchaChallenges captchas;

    @Context
    HttpServletRequest request;

    public record ScoreQuery(String idNumber, String ticketNumber, String captchaId, String captchaAnswer) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The released scores of one sitting, by ID number and admission ticket number (CAPTCHA from"
            + " /v1/auth/captcha); a wrong pair, a wrong half and unreleased scores get the same 404")
    @APIResponse(responseCode = "200", description = "the sitting and its scores",
            content = @Content(schema = @Schema(implementation = ScoreQueries.Sitting.class)))
    @APIResponse(responseCode = "404", description = "nothing found for this pair (or not released yet)",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "429", description = "too many queries from this address or for this ID number",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response query(ScoreQuery body) {
        ScoreQuery q = AuthResource.required(body);
        ScoreQueries.Sitting sitting;
        try {
            sitting = scores.publicQuery(q.idNumber(), q.ticketNumber(), request.getRemoteAddr(),
                    captchas.answer(q.captchaId(), q.captchaAnswer()));
        } catch (BaokaoException e) {
            throw switch (e.getMessageKey()) {
                case "score.query.notFound" -> new ApiRefusal(Response.Status.NOT_FOUND, e.getMessageKey());
                case "score.query.tooMany" -> new ApiRefusal(429, null, e.getMessageKey());
                default -> e;
            };
        }
        return Response.ok(sitting).header("Cache-Control", "no-store").build();
    }

}

package com.baokao.web.api;

import com.baokao.account.AccountQueries;
import com.baokao.account.AccountSummary;
import com.baokao.inbox.Inbox;
import com.baokao.platform.Caller;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The signed-in candidate: the account as registered (its real-name fields are fixed: a correction goes through the
 * centre, as on the page) and the inbox of notices about the candidate's applications.
 */
@Path("v1/me")
@CandidateOnly
@SecurityRequirement(name = ApiApplication.BEARER)
@Tag(name = "me", description = "account and inbox")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    AccountQueries accounts;

    @EJB
    Inbox inbox;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    public record InboxPage(long unread, long total, List<Inbox.Notice> notices) {
    }

    public record MarkedRead(long unread) {
    }

    @GET
    @Operation(summary = "The account (read only; ID and phone masked)")
    @APIResponse(responseCode = "200", description = "the account",
            content = @Content(schema = @Schema(implementation = AccountSummary.class)))
    public AccountSummary account() {
        return accounts.byId(Caller.accountIdOf(security.getUserPrincipal())).orElseThrow(ApiRefusal::notFound);
    }

    @GET
    @Path("inbox")
    @Operation(summary = "Notices about the candidate's applications, newest first, with the unread count")
    @APIResponse(responseCode = "200", description = "a page of notices",
            content = @Content(schema = @Schema(implementation = InboxPage.class)))
    public Response inbox(@QueryParam("first") @DefaultValue("0") int first,
                          @QueryParam("max") @DefaultValue("20") int max) {
        int from = Math.max(0, first);
        int size = Math.min(Math.max(1, max), 100);
        return Response.ok(new InboxPage(inbox.unreadCount(), inbox.count(),
                inbox.latest(from, size, ApiLanguage.of(headers)))).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("inbox/{id}/read")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Marks one notice read")
    @APIResponse(responseCode = "200", description = "the unread count after",
            content = @Content(schema = @Schema(implementation = MarkedRead.class)))
    public MarkedRead markRead(@PathParam("id") long id) {
        inbox.markRead(id);
        return new MarkedRead(inbox.unreadCount());
    }

    @POST
    @Path("inbox/read")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Marks every notice read")
    @APIResponse(responseCode = "200", description = "the unread count after (0)",
            content = @Content(schema = @Schema(implementation = MarkedRead.class)))
    public MarkedRead markAllRead() {
        inbox.markAllRead();
        return new MarkedRead(inbox.unreadCount());
    }
}

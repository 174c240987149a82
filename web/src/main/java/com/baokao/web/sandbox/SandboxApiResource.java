package com.baokao.web.sandbox;

import com.baokao.i18n.BaokaoException;
import com.baokao.sandbox.FaultPlan;
import com.baokao.sandbox.SandboxNotifier;
import com.baokao.sandbox.SandboxOrder;
import com.baokao.sandbox.SandboxProvider;
import com.baokao.sandbox.SandboxSettings;
import com.baokao.sandbox.TradeView;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The sandbox provider's protocol resources, {@code {base}/api/...} with {@code {base} = /api/sandbox}. */
@Path("sandbox/api")
public class SandboxApiResource {

    @EJB
    SandboxProvider provider;

    @Inject
    SandboxSettings settings;

    @Inject
    SandboxNotifier notifier;

    @Context
    UriInfo uri;

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(MultivaluedMap<String, String> form) {
        Map<String, String> p = SandboxRequests.verified(settings, form);
        SandboxOrder order;
        try {
            order = new SandboxOrder(p.get("merchant"), SandboxRequests.required(p, "orderNo"),
                    Long.parseLong(SandboxRequests.required(p, "amountFen")), SandboxRequests.required(p, "subject"),
                    webUrl(SandboxRequests.required(p, "notifyUrl")), webUrl(SandboxRequests.required(p, "returnUrl")),
                    Instant.parse(SandboxRequests.required(p, "expiresAt")));
        } catch (NumberFormatException | DateTimeException e) {
            throw SandboxRequests.refusal(Response.Status.BAD_REQUEST, "sandbox.error.parameters");
        }
        TradeView trade;
        try {
            trade = provider.create(order);
        } catch (EJBException e) {
            // the same order created twice at once: one insert won, and it is the trade to answer with
            trade = provider.create(order);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("tradeNo", trade.tradeNo());
        answer.put("payUrl", uri.getBaseUriBuilder().path("sandbox/pay/{tradeNo}").build(trade.tradeNo()).toString());
        return SandboxRequests.signedAnswer(answer, settings.key());
    }

    @GET
    @Path("orders/{orderNo}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> query(@PathParam("orderNo") String orderNo) {
        Map<String, String> p = SandboxRequests.verified(settings, uri.getQueryParameters());
        TradeView trade = provider.query(p.get("merchant"), orderNo)
                .orElseThrow(() -> SandboxRequests.refusal(Response.Status.NOT_FOUND, "sandbox.error.unknownTrade"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("orderNo", trade.orderNo());
        answer.put("tradeNo", trade.tradeNo());
        answer.put("transactionId", trade.transactionId());
        answer.put("amountFen", trade.amountFen());
        answer.put("status", trade.status().name());
        answer.put("paidAt", trade.paidAt() == null ? null : trade.paidAt().toString());
        return SandboxRequests.signedAnswer(answer, settings.key());
    }

    @GET
    @Path("statements/{day: \\d{4}-\\d{2}-\\d{2}}.csv")
    @Produces("text/csv; charset=UTF-8")
    public String statement(@PathParam("day") String day) {
        Map<String, String> p = SandboxRequests.verified(settings, uri.getQueryParameters());
        try {
            return provider.statement(p.get("merchant"), LocalDate.parse(day));
        } catch (DateTimeException e) {
            throw SandboxRequests.refusal(Response.Status.BAD_REQUEST, "sandbox.error.parameters");
        }
    }

    @POST
    @Path("faults")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> faults(MultivaluedMap<String, String> form) {
        Map<String, String> p = SandboxRequests.verified(settings, form);
        try {
            FaultPlan.Mode mode = FaultPlan.Mode.valueOf(SandboxRequests.required(p, "mode").toUpperCase(Locale.ROOT));
            int count = Integer.parseInt(p.getOrDefault("count", "1"));
            long delay = Long.parseLong(p.getOrDefault("delayMillis", "0"));
            int copies = Integer.parseInt(p.getOrDefault("copies", "2"));
            notifier.setFaults(mode, count, delay, copies);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("mode", mode.name());
            answer.put("count", count);
            return SandboxRequests.signedAnswer(answer, settings.key());
        } catch (IllegalArgumentException e) {
            throw SandboxRequests.refusal(Response.Status.BAD_REQUEST, "sandbox.error.parameters");
        }
    }

    private static String webUrl(String value) {
        try {
            URI parsed = URI.create(value);
            if (("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme())) && parsed.getHost() != null) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new BaokaoException("sandbox.error.parameters");
    }
}

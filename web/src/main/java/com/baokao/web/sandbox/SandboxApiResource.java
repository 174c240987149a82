package com.baokao.web.sandbox;

import com.baokao.i18n.BaokaoException;
import com.baokao.sandbox.FaultPlan;
import com.baokao.sandbox.ProviderFaults;
import com.baokao.sandbox.RefundView;
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

    @Inject
    ProviderFaults providerFaults;

    @Context
    UriInfo uri;

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(MultivaluedMap<String, String> form) {
        sufferFaults();
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
        sufferFaults();
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

    /** A signed, idempotent refund of part or all of a paid transaction (docs/payment-protocol.md, "Refund"). */
    @POST
    @Path("refunds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> refund(MultivaluedMap<String, String> form) {
        Map<String, String> p = SandboxRequests.verified(settings, form);
        String refundNo = SandboxRequests.required(p, "refundNo");
        String transactionId = SandboxRequests.required(p, "transactionId");
        long amount;
        try {
            amount = Long.parseLong(SandboxRequests.required(p, "amountFen"));
        } catch (NumberFormatException e) {
            throw SandboxRequests.refusal(Response.Status.BAD_REQUEST, "sandbox.error.parameters");
        }
        if (refundNo.length() > 64 || transactionId.length() > 40 || amount <= 0) {
            throw SandboxRequests.refusal(Response.Status.BAD_REQUEST, "sandbox.error.parameters");
        }
        RefundView refund;
        try {
            refund = refundOnce(p.get("merchant"), refundNo, transactionId, amount, p.get("reason"));
        } catch (BaokaoException e) {
            Response.Status status = switch (e.getMessageKey()) {
                case "sandbox.error.unknownTransaction" -> Response.Status.NOT_FOUND;
                case "sandbox.error.refundConflict" -> Response.Status.CONFLICT;
                default -> Response.Status.BAD_REQUEST;
            };
            throw SandboxRequests.refusal(status, e.getMessageKey(), e.getMessageArgs());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("refundNo", refund.refundNo());
        answer.put("refundId", refund.refundId());
        answer.put("transactionId", refund.transactionId());
        answer.put("amountFen", refund.amountFen());
        answer.put("status", refund.status());
        answer.put("refundedAt", refund.refundedAt().toString());
        return SandboxRequests.signedAnswer(answer, settings.key());
    }

    private RefundView refundOnce(String merchant, String refundNo, String transactionId, long amount, String reason) {
        try {
            return provider.refund(merchant, refundNo, transactionId, amount, reason);
        } catch (EJBException e) {
            // the same refund number asked twice at once: one insert won, and it is the refund to answer with
            return provider.refund(merchant, refundNo, transactionId, amount, reason);
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

    /**
     * The provider's own bad day for its order API (slow, or down for the next calls): {@code mode} SLOW, DOWN or
     * NONE, {@code count} calls, {@code delayMillis} before each answer. Signed like every call.
     */
    @POST
    @Path("provider-faults")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> providerFaults(MultivaluedMap<String, String> form) {
        Map<String, String> p = SandboxRequests.verified(settings, form);
        try {
            ProviderFaults.Mode mode = ProviderFaults.Mode.valueOf(SandboxRequests.required(p, "mode").toUpperCase(Locale.ROOT));
            int count = Integer.parseInt(p.getOrDefault("count", "1"));
            providerFaults.set(mode, count, Long.parseLong(p.getOrDefault("delayMillis", "0")));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("mode", providerFaults.mode().name());
            answer.put("count", count);
            return SandboxRequests.signedAnswer(answer, settings.key());
        } catch (IllegalArgumentException e) {
            throw SandboxRequests.refusal(Response.Status.BAD_REQUEST, "sandbox.error.parameters");
        }
    }

    private void sufferFaults() {
        ProviderFaults.Action action = providerFaults.next();
        if (action.delayMillis() > 0) {
            try {
                Thread.sleep(action.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (action.refuse()) {
            throw SandboxRequests.refusal(Response.Status.SERVICE_UNAVAILABLE, "sandbox.error.unavailable");
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

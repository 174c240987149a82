package com.baokao.web.sandbox;

import com.baokao.i18n.UserMessages;
import com.baokao.payment.PaymentSignature;
import com.baokao.platform.Money;
import com.baokao.sandbox.SandboxProvider;
import com.baokao.sandbox.SandboxSettings;
import com.baokao.sandbox.SandboxTrade;
import com.baokao.sandbox.TradeView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The provider's own pay page, {@code {base}/pay/{tradeNo}}: open to anyone holding the link, like a real
 * provider's cashier page, and styled so nobody takes it for a Baokao page.
 */
@Path("sandbox/pay/{tradeNo}")
public class SandboxPayPage {

    private static final Locale ZH = UserMessages.DEFAULT_LOCALE;
    private static final Locale EN = Locale.ENGLISH;

    @EJB
    SandboxProvider provider;

    @Inject
    SandboxSettings settings;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String show(@PathParam("tradeNo") String tradeNo) {
        SandboxRequests.requireEnabled(settings);
        return page(found(tradeNo));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response act(@PathParam("tradeNo") String tradeNo, @FormParam("action") String action) {
        SandboxRequests.requireEnabled(settings);
        found(tradeNo);
        if (!"pay".equals(action) && !"cancel".equals(action)) {
            throw SandboxRequests.refusal(Response.Status.BAD_REQUEST, "sandbox.error.parameters");
        }
        TradeView trade = "pay".equals(action) ? provider.pay(tradeNo) : provider.cancel(tradeNo);
        if (trade.status() == SandboxTrade.Status.PAID || trade.status() == SandboxTrade.Status.CANCELLED) {
            return Response.seeOther(returnUrl(trade)).build();
        }
        return Response.ok(page(trade)).build();
    }

    private TradeView found(String tradeNo) {
        return provider.trade(tradeNo)
                .orElseThrow(() -> SandboxRequests.refusal(Response.Status.NOT_FOUND, "sandbox.error.unknownTrade"));
    }

    /** The merchant's return URL with {@code orderNo, status, sign}, as the protocol says. */
    private URI returnUrl(TradeView trade) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orderNo", trade.orderNo());
        fields.put("status", trade.status().name());
        Map<String, Object> values = new LinkedHashMap<>(PaymentSignature.signed(fields, settings.key()));
        UriBuilder url = UriBuilder.fromUri(trade.returnUrl());
        // templates, so the builder encodes the values (an order number may hold any character)
        values.keySet().forEach(name -> url.queryParam(name, "{" + name + "}"));
        return url.buildFromMap(values);
    }

    private String page(TradeView trade) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(both("sandbox.page.title")).append("</title><style>")
                .append("body{margin:0;font-family:sans-serif;background:#fff7e6;color:#222}")
                .append("header{background:#d46b08;color:#fff;padding:12px 16px;font-size:18px}")
                .append("main{max-width:420px;margin:16px auto;padding:16px;background:#fff;border:2px dashed #d46b08}")
                .append(".amount{font-size:32px;color:#d46b08;margin:8px 0}")
                .append("button{font-size:16px;padding:10px 18px;margin:8px 8px 0 0;border:0;border-radius:4px}")
                .append(".pay{background:#d46b08;color:#fff}.cancel{background:#ddd}")
                .append("</style></head><body><header>沙箱支付 · Sandbox payment provider</header><main>")
                .append("<p>").append(both("sandbox.page.banner")).append("</p>")
                .append("<p>").append(both("sandbox.page.merchant")).append(": ").append(escape(trade.merchant())).append("</p>")
                .append("<p>").append(both("sandbox.page.subject")).append(": ").append(escape(trade.subject())).append("</p>")
                .append("<p>").append(both("sandbox.page.amount")).append("</p>")
                .append("<div class=\"amount\" id=\"amount\">").append(Money.ofFen(trade.amountFen())).append("</div>");
        if (trade.status() == SandboxTrade.Status.WAITING) {
            html.append("<form method=\"post\">")
                    .append("<button class=\"pay\" type=\"submit\" name=\"action\" value=\"pay\" id=\"pay\">")
                    .append(both("sandbox.page.pay")).append("</button>")
                    .append("<button class=\"cancel\" type=\"submit\" name=\"action\" value=\"cancel\" id=\"cancel\">")
                    .append(both("sandbox.page.cancel")).append("</button></form>");
        } else {
            String status = trade.status().name();
            html.append("<p id=\"closed\">").append(escape(UserMessages.format(ZH, "sandbox.page.closed", status)))
                    .append(" / ").append(escape(UserMessages.format(EN, "sandbox.page.closed", status))).append("</p>")
                    .append("<p><a href=\"").append(escape(returnUrl(trade).toString())).append("\">")
                    .append(both("sandbox.page.back")).append("</a></p>");
        }
        return html.append("</main></body></html>").toString();
    }

    private static String both(String key) {
        return escape(UserMessages.format(ZH, key)) + " · " + escape(UserMessages.format(EN, key));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

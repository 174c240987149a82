package com.baokao.web.payment;

import com.baokao.payment.Payments;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code POST /api/payments/notify}: the provider's server-to-server notification (docs/payment-protocol.md).
 * Answers {@code success} once the payment is recorded (also for a repeat), 400 for a forged or malformed one,
 * and 500 otherwise, so the provider sends it again.
 */
@Path("payments/notify")
public class PaymentNotifyResource {

    @EJB
    Payments payments;

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public Response notify(MultivaluedMap<String, String> form) {
        Map<String, String> parameters = new HashMap<>();
        form.forEach((name, values) -> parameters.put(name, values.isEmpty() ? "" : values.get(0)));
        try {
            payments.receiveNotification(parameters, request.getRemoteAddr());
            return Response.ok("success").build();
        } catch (Payments.RefusedNotification e) {
            return Response.status(Response.Status.BAD_REQUEST).entity("refused").build();
        }
    }
}

package com.baokao.web.sandbox;

import com.baokao.i18n.UserMessages;
import com.baokao.payment.PaymentSignature;
import com.baokao.sandbox.SandboxSettings;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Shared checks of the sandbox's resources: the switch, the merchant, the signature, and refusals as JSON. */
final class SandboxRequests {

    private SandboxRequests() {
    }

    static void requireEnabled(SandboxSettings settings) {
        if (!settings.enabled()) {
            throw new NotFoundException();
        }
    }

    /** The request's parameters, once the sandbox is on and they carry this merchant and a valid signature. */
    static Map<String, String> verified(SandboxSettings settings, MultivaluedMap<String, String> parameters) {
        requireEnabled(settings);
        Map<String, String> flat = new HashMap<>();
        parameters.forEach((name, values) -> flat.put(name, values.isEmpty() ? "" : values.get(0)));
        if (!PaymentSignature.verify(flat, settings.key())) {
            throw refusal(Response.Status.FORBIDDEN, "sandbox.error.sign");
        }
        if (!settings.merchant().equals(flat.get("merchant"))) {
            throw refusal(Response.Status.FORBIDDEN, "sandbox.error.merchant");
        }
        return flat;
    }

    static String required(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            throw refusal(Response.Status.BAD_REQUEST, "sandbox.error.parameters");
        }
        return value;
    }

    static WebApplicationException refusal(Response.Status status, String key, Object... args) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", key);
        body.put("message", UserMessages.format(UserMessages.DEFAULT_LOCALE, key, args));
        body.put("messageEn", UserMessages.format(Locale.ENGLISH, key, args));
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build());
    }

    /** {@code fields} without empty values, plus their {@code sign}: what every answer of the provider looks like. */
    static Map<String, Object> signedAnswer(Map<String, Object> fields, String key) {
        Map<String, Object> answer = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value != null) {
                answer.put(name, value);
                text.put(name, value.toString());
            }
        });
        answer.put(PaymentSignature.SIGN, PaymentSignature.sign(text, key));
        return answer;
    }
}

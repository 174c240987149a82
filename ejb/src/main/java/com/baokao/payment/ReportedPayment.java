package com.baokao.payment;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** A successful payment as the provider reports it (notification, status query or statement line). */
public record ReportedPayment(String orderNo, String transactionId, long amountFen, Instant paidAt) implements Serializable {

    /** From a verified notification's parameters; a malformed one is refused like a forged one. */
    public static ReportedPayment ofNotification(Map<String, String> p) {
        try {
            String orderNo = required(p, "orderNo");
            String transactionId = required(p, "transactionId");
            long amount = Long.parseLong(required(p, "amountFen"));
            Instant paidAt = p.get("paidAt") == null || p.get("paidAt").isEmpty() ? null : Instant.parse(p.get("paidAt"));
            if (!"PAID".equals(p.get("status")) || amount <= 0) {
                throw new IllegalArgumentException("not a successful payment: " + p.get("status") + " " + amount);
            }
            return new ReportedPayment(orderNo, transactionId, amount, paidAt);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed payment notification", e);
        }
    }

    private static String required(Map<String, String> p, String name) {
        String value = p.get(name);
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("missing or overlong " + name);
        }
        return value;
    }
}

package com.baokao.sandbox;

import java.time.Instant;

/** What a merchant sends to create an order (already signature-checked). */
public record SandboxOrder(String merchant, String orderNo, long amountFen, String subject, String notifyUrl,
                           String returnUrl, Instant expiresAt) {
}

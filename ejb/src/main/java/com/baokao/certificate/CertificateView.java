package com.baokao.certificate;

import java.io.Serializable;
import java.time.Instant;

/**
 * One application's certificate as its candidate sees it: whether a certificate may be given (and if not, why), the
 * choice made (pick-up or post with the address), where and when to pick it up, the number once issued, and
 * "已寄出, 运单号 …" once posted or the pick-up once recorded. {@code version} is what a change names (0: no choice yet).
 */
public record CertificateView(long applicationId, long sessionId, String sessionName,
                              CertificateEligibility.Verdict verdict, String verdictKey, boolean choiceAllowed,
                              boolean choiceOpen, DeliveryMethod method, PostalAddress address,
                              String defaultRecipient, String defaultPhone, String siteName, String siteAddress,
                              String pickupHours, String certificateNumber, String trackingNumber,
                              Instant shippedAt, Instant pickedUpAt, long version) implements Serializable {

    public boolean shipped() {
        return trackingNumber != null;
    }

    public boolean pickedUp() {
        return pickedUpAt != null;
    }
}

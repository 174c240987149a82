package com.baokao.certificate;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The certificate number given to one application: written once, never changed or deleted. */
@Entity
@Table(name = "issued_certificate")
public class IssuedCertificate {

    @Id
    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "serial", nullable = false)
    private long serial;

    @Column(name = "certificate_number", nullable = false)
    private String certificateNumber;

    @Convert(converter = InstantConverter.class)
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    protected IssuedCertificate() {
    }

    IssuedCertificate(long applicationId, long sessionId, long serial, String certificateNumber, Instant issuedAt,
                      String issuedBy) {
        this.applicationId = applicationId;
        this.sessionId = sessionId;
        this.serial = serial;
        this.certificateNumber = certificateNumber;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getSerial() {
        return serial;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}

package com.baokao.application;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A verification code printed on a registration form, so on-site confirmation can find the application by it. */
@Entity
@Table(name = "form_code")
public class FormCode {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected FormCode() {
    }

    FormCode(String code, long applicationId, Instant issuedAt) {
        this.code = code;
        this.applicationId = applicationId;
        this.issuedAt = issuedAt;
    }

    public String getCode() {
        return code;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}

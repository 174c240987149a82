package com.baokao.account.reset;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A one-time code sent to the account's e-mail; only its hash is stored. */
@Entity
@Table(name = "password_reset_code")
@NamedQuery(name = PasswordResetCode.LATEST_FOR_ACCOUNT,
        query = "select c from PasswordResetCode c where c.accountId = :accountId order by c.createdAt desc, c.id desc")
public class PasswordResetCode {

    public static final String LATEST_FOR_ACCOUNT = "PasswordResetCode.latestForAccount";

    @Id
    @SequenceGenerator(name = "password_reset_code_seq", sequenceName = "password_reset_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_code_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    protected PasswordResetCode() {
    }

    PasswordResetCode(long accountId, String codeHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        usedAt = now;
    }

    int recordFailedAttempt() {
        return ++failedAttempts;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    String getCodeHash() {
        return codeHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }
}

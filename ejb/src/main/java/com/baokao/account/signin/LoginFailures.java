package com.baokao.account.signin;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Recent failed sign-ins for one login key; kept in the database so every node of a cluster sees them. */
@Entity
@Table(name = "login_failures")
public class LoginFailures {

    @Id
    @Column(name = "login_key")
    private String loginKey;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected LoginFailures() {
    }

    LoginFailures(String loginKey) {
        this.loginKey = loginKey;
    }

    void recordFailure(Instant now) {
        failures = ThrottlePolicy.effectiveFailures(failures, lastFailureAt, now) + 1;
        lastFailureAt = now;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }
}

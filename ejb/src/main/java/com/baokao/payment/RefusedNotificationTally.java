package com.baokao.payment;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The refused payment notifications of one hour and one reason: how many, the first and the last order number
 * and sender they named. The first refusal of an hour is also written to the audit trail; the rest only count here.
 */
@Entity
@Table(name = "refused_notification_tally")
public class RefusedNotificationTally {

    /** Longer values (anything can arrive in a forged notification) are cut to the column's size. */
    private static final int KEPT_CHARS = 64;

    @Id
    @Column(name = "tally_key")
    private String key;

    @Convert(converter = InstantConverter.class)
    @Column(name = "hour_start", nullable = false)
    private Instant hourStart;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "refusals", nullable = false)
    private long refusals;

    @Column(name = "first_order")
    private String firstOrder;

    @Column(name = "last_order")
    private String lastOrder;

    @Column(name = "first_from")
    private String firstFrom;

    @Column(name = "last_from")
    private String lastFrom;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_at", nullable = false)
    private Instant lastAt;

    protected RefusedNotificationTally() {
    }

    RefusedNotificationTally(Instant at, String reason) {
        this.hourStart = hourOf(at);
        this.reason = reason;
        this.key = keyOf(at, reason);
    }

    static String keyOf(Instant at, String reason) {
        return hourOf(at) + "|" + reason;
    }

    static Instant hourOf(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    /** Counts one more refusal; true if it is the first of this hour and reason. */
    boolean count(Instant at, String orderNo, String from) {
        boolean first = refusals == 0;
        refusals++;
        lastOrder = cut(orderNo);
        lastFrom = cut(from);
        lastAt = at;
        if (first) {
            firstOrder = lastOrder;
            firstFrom = lastFrom;
        }
        return first;
    }

    private static String cut(String value) {
        return value == null || value.length() <= KEPT_CHARS ? value : value.substring(0, KEPT_CHARS);
    }

    public long getRefusals() {
        return refusals;
    }

    public String getReason() {
        return reason;
    }

    public Instant getHourStart() {
        return hourStart;
    }

    public String getFirstOrder() {
        return firstOrder;
    }

    public String getLastOrder() {
        return lastOrder;
    }
}

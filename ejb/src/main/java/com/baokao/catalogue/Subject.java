package com.baokao.catalogue;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A subject sat at one time, for a level (or one specialty of it), with its fee in fen. */
@Entity
@Table(name = "subject")
public class Subject extends CatalogueEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "level_id")
    private ExamLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "specialty_id")
    private Specialty specialty;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Convert(converter = InstantConverter.class)
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "computer_based")
    private boolean computerBased;

    @Column(name = "fee_fen")
    private long feeFen;

    @Convert(converter = InstantConverter.class)
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    protected Subject() {
    }

    Subject(ExamLevel level) {
        this.level = level;
    }

    public ExamLevel getLevel() {
        return level;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public boolean isComputerBased() {
        return computerBased;
    }

    public long getFeeFen() {
        return feeFen;
    }

    public void setSpecialty(Specialty specialty) {
        this.specialty = specialty;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public void setComputerBased(boolean computerBased) {
        this.computerBased = computerBased;
    }

    public void setFeeFen(long feeFen) {
        this.feeFen = feeFen;
    }

    /** Cancelled by an administrator: shown as cancelled, no longer applied for or paid. Returns false if it was already. */
    public boolean cancel(Instant at, String reason) {
        if (cancelledAt != null) {
            return false;
        }
        this.cancelledAt = at;
        this.cancelReason = reason;
        return true;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}

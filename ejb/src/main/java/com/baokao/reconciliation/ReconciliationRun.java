package com.baokao.reconciliation;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One reconciliation of one provider statement, and its report once done. */
@Entity
@Table(name = "reconciliation_run")
public class ReconciliationRun {

    /** Where the run stands; each step checks it first, so a resumed run never repeats a finished step. */
    public enum Status {
        LOADING,
        CLASSIFIED,
        DONE
    }

    @Id
    @SequenceGenerator(name = "reconciliation_run_seq", sequenceName = "reconciliation_run_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_run_seq")
    private Long id;

    @Column(name = "statement_day", nullable = false)
    private LocalDate statementDay;

    @Column(name = "statement_file", nullable = false)
    private String statementFile;

    @Column(name = "total_lines")
    private Long totalLines;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "execution_id")
    private Long executionId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "loaded_lines")
    private Long loadedLines;

    @Column(name = "rejected_lines")
    private Long rejectedLines;

    @Column(name = "matched")
    private Long matched;

    @Column(name = "fixed")
    private Long fixed;

    @Column(name = "refunds")
    private Long refunds;

    @Column(name = "amount_mismatches")
    private Long amountMismatches;

    @Column(name = "unknown_orders")
    private Long unknownOrders;

    @Column(name = "missing_at_provider")
    private Long missingAtProvider;

    @Column(name = "not_payments")
    private Long notPayments;

    protected ReconciliationRun() {
    }

    ReconciliationRun(LocalDate statementDay, String statementFile, String requestedBy, Instant now) {
        this.statementDay = statementDay;
        this.statementFile = statementFile;
        this.requestedBy = requestedBy;
        this.status = Status.LOADING;
        this.startedAt = now;
        this.heartbeatAt = now;
    }

    void workedOnBy(long execution, Instant now) {
        this.executionId = execution;
        this.heartbeatAt = now;
    }

    void counted(long lines) {
        this.totalLines = lines;
    }

    void beat(Instant now) {
        this.heartbeatAt = now;
    }

    void classified() {
        this.status = Status.CLASSIFIED;
    }

    void reported(ReconciliationReport.Counts counts, Instant now) {
        this.loadedLines = counts.loaded();
        this.rejectedLines = counts.rejected();
        this.matched = counts.matched();
        this.fixed = counts.fixed();
        this.refunds = counts.refunds();
        this.amountMismatches = counts.amountMismatches();
        this.unknownOrders = counts.unknownOrders();
        this.missingAtProvider = counts.missingAtProvider();
        this.notPayments = counts.notPayments();
        this.status = Status.DONE;
        this.finishedAt = now;
        this.heartbeatAt = now;
    }

    public ReconciliationReport.Counts counts() {
        if (status != Status.DONE) {
            return null;
        }
        return new ReconciliationReport.Counts(loadedLines, rejectedLines, matched, fixed, refunds, amountMismatches,
                unknownOrders, missingAtProvider, notPayments);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getStatementDay() {
        return statementDay;
    }

    public String getStatementFile() {
        return statementFile;
    }

    public Long getTotalLines() {
        return totalLines;
    }

    public Status getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}

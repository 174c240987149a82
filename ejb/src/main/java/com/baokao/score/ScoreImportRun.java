package com.baokao.score;

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

/** One import of a result file: where loading stands, which execution works on it, and the counts it ended with. */
@Entity
@Table(name = "score_import_run")
public class ScoreImportRun {

    public enum Status {
        /** lines are being loaded */
        LOADING,
        /** the loaded lines were matched and written to the scores (done once per run) */
        APPLIED
    }

    @Id
    @SequenceGenerator(name = "score_import_run_seq", sequenceName = "score_import_run_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_import_run_seq")
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "shown_name", nullable = false)
    private String shownName;

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

    @Column(name = "inserted")
    private Long inserted;

    @Column(name = "updated")
    private Long updated;

    @Column(name = "unchanged")
    private Long unchanged;

    @Column(name = "skipped")
    private Long skipped;

    protected ScoreImportRun() {
    }

    ScoreImportRun(String fileName, String shownName, String requestedBy, Instant now) {
        this.fileName = fileName;
        this.shownName = shownName;
        this.requestedBy = requestedBy;
        this.status = Status.LOADING;
        this.heartbeatAt = now;
        this.startedAt = now;
    }

    void workedOnBy(long executionId, Instant now) {
        this.executionId = executionId;
        this.heartbeatAt = now;
    }

    void counted(long lines) {
        this.totalLines = lines;
    }

    void applied(long inserted, long updated, long unchanged, long skipped, Instant now) {
        this.status = Status.APPLIED;
        this.inserted = inserted;
        this.updated = updated;
        this.unchanged = unchanged;
        this.skipped = skipped;
        this.finishedAt = now;
        this.heartbeatAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getShownName() {
        return shownName;
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

    public Long getInserted() {
        return inserted;
    }

    public Long getUpdated() {
        return updated;
    }

    public Long getUnchanged() {
        return unchanged;
    }

    public Long getSkipped() {
        return skipped;
    }
}

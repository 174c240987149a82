package com.baokao.score;

import com.baokao.audit.AuditTrail;
import com.baokao.i18n.KeptSentence;
import com.baokao.platform.BulkInsert;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * The bookkeeping and loading of score imports: a run opened per file, the execution working on it and its
 * heartbeat, the takeover of a run whose server died, and the lines loaded a chunk per transaction (on PostgreSQL
 * one array insert per chunk). Loading resumes after the last line loaded: the data is the checkpoint. A line that
 * cannot be read is kept once with its reason, however often it is read again.
 * <p>
 * A step of job {@code score-import}: it commits on its own ({@code REQUIRES_NEW}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScoreImportRuns {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /** A new run for a prepared file; the job is then started with its id. */
    public long open(String preparedFile, String shownName, String requestedBy) {
        ScoreImportRun run = new ScoreImportRun(preparedFile, shownName, requestedBy, clock.instant());
        em.persist(run);
        em.flush();
        audit.record("scores.import.opened", "ScoreImportRun", run.getId(), "score file " + shownName);
        return run.getId();
    }

    public ScoreImportRun run(long runId) {
        ScoreImportRun run = em.find(ScoreImportRun.class, runId);
        if (run == null) {
            throw new IllegalArgumentException("no score import run " + runId);
        }
        return run;
    }

    /** The execution now working on the run (a restart or a resumption takes it over). */
    public void attach(long runId, long executionId) {
        run(runId).workedOnBy(executionId, clock.instant());
    }

    /** How many lines the file has but the header, for the progress shown while it loads. */
    public void counted(long runId, long lines) {
        run(runId).counted(lines);
    }

    /** The last line loaded: loading resumes after it. */
    public long lastLineLoaded(long runId) {
        return ((Number) em.createNativeQuery("select loaded_through from score_import_run where id = ?")
                .setParameter(1, runId).getSingleResult()).longValue();
    }

    /** Loads one chunk of readable lines in one transaction, with where loading resumes and the heartbeat. */
    public void load(long runId, List<ScoreLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            BulkInsert.<ScoreLine>into("score_import_line").fixed("run_id", runId)
                    .bigint("line_no", ScoreLine::lineNo).varchar("ticket_number", ScoreLine::ticketNumber)
                    .varchar("id_number", ScoreLine::idNumber).varchar("subject_code", ScoreLine::subjectCode)
                    .numeric("score", ScoreLine::score).bool("passed", ScoreLine::passed)
                    .numeric("pass_mark", ScoreLine::passMark)
                    .insert(c, lines);
            try (PreparedStatement update = c.prepareStatement("update score_import_run set heartbeat_at = ?,"
                    + " loaded_through = ? where id = ?")) {
                update.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                update.setLong(2, lines.get(lines.size() - 1).lineNo());
                update.setLong(3, runId);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load score lines of run " + runId, e);
        }
    }

    /** Keeps a line the job could not read, with the reason; once, however often the line is read. */
    public void skip(long runId, long lineNo, String content, String reason) {
        String sql = Database.isPostgres(dataSource)
                ? "insert into score_import_skip (run_id, line_no, reason, content) values (?, ?, ?, ?)"
                + " on conflict (run_id, line_no) do nothing"
                : "merge into score_import_skip (run_id, line_no, reason, content) key (run_id, line_no)"
                + " values (?, ?, ?, ?)";
        em.createNativeQuery(sql).setParameter(1, runId).setParameter(2, lineNo).setParameter(3, clip(reason, 120))
                .setParameter(4, clip(content, 1000)).executeUpdate();
    }

    /** How many unreadable lines the run has kept so far (its skip limit holds across restarts). */
    public long unreadableCount(long runId) {
        return ((Number) em.createNativeQuery("select count(*) from score_import_skip where run_id = ?")
                .setParameter(1, runId).getSingleResult()).longValue();
    }

    /** Unfinished runs whose heartbeat is older than {@code before}: their server may have died. */
    public List<ScoreImportRun> stalled(Instant before) {
        return em.createQuery("select r from ScoreImportRun r where r.status <> :done and r.heartbeatAt < :before"
                        + " order by r.id", ScoreImportRun.class)
                .setParameter("done", ScoreImportRun.Status.APPLIED).setParameter("before", before).getResultList();
    }

    /** Moves a stalled run's heartbeat from {@code seen} to {@code now}; false if another node moved it first. */
    public boolean takeOver(long runId, Instant seen, Instant now) {
        return em.createNativeQuery("update score_import_run set heartbeat_at = ? where id = ? and heartbeat_at = ?")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, runId)
                .setParameter(3, seen.atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
    }

    static String clip(String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max);
    }

    /** The sentence a kept reason stands for, in {@code locale}. */
    public static String explain(String reason, java.util.Locale locale) {
        return KeptSentence.explain(reason, locale, "score.");
    }
}

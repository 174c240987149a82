package com.baokao.score;

import com.baokao.audit.AuditTrail;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Step {@code apply} of job {@code score-import}: every loaded line matched at once, in one transaction and once
 * per run (under the run's row lock). A line is imported when its ticket exists, the ID number is that ticket's
 * candidate's and the candidate had a seat in the subject; any other line is skipped with the reason, as is a
 * second line for the same ticket and subject. An imported score that differs from the one on record is updated
 * and its old value kept in {@code score_change}; an equal one is left alone, so a corrected file imported again
 * changes exactly the scores it corrects.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScoreMatcher {

    /** The lines of the run that name a ticket, its candidate and a subject the candidate had a seat in. */
    private static final String RESOLVED = " from score_import_line l"
            + " join admission_ticket t on t.ticket_number = l.ticket_number"
            + " join application a on a.id = t.application_id"
            + " join account c on c.id = a.account_id"
            + " join subject sub on sub.level_id = a.level_id and sub.code = l.subject_code"
            + " join seat_assignment sa on sa.application_id = a.id and sa.subject_id = sub.id"
            + " where l.run_id = ? and upper(c.id_number) = l.id_number";

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /** Matches and writes the run's lines; false when the run was applied before (a restart after this step). */
    public boolean apply(long runId) {
        ScoreImportRun run = em.find(ScoreImportRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.getStatus() == ScoreImportRun.Status.APPLIED) {
            return false;
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        boolean postgres = Database.isPostgres(dataSource);
        if (postgres) {
            // a million lines just loaded: without fresh statistics the planner takes the table for empty
            em.createNativeQuery("analyze score_import_line").executeUpdate();
        }
        em.createNativeQuery("insert into score_import_match (run_id, line_no, application_id, subject_id, account_id,"
                + " session_id, first_line) select l.run_id, l.line_no, a.id, sub.id, a.account_id, a.session_id,"
                + " min(l.line_no) over (partition by a.id, sub.id)" + RESOLVED)
                .setParameter(1, runId).executeUpdate();
        if (postgres) {
            em.createNativeQuery("analyze score_import_match").executeUpdate();
        }
        em.createNativeQuery("insert into score_import_skip (run_id, line_no, reason, content)"
                + " select l.run_id, l.line_no, case when t.application_id is null then 'score.skip.ticket'"
                + " when c.id_number is null or upper(c.id_number) <> l.id_number then 'score.skip.idNumber'"
                + " else 'score.skip.subject|' || l.subject_code end, " + content("l")
                + " from score_import_line l"
                + " left join admission_ticket t on t.ticket_number = l.ticket_number"
                + " left join application a on a.id = t.application_id"
                + " left join account c on c.id = a.account_id"
                + " where l.run_id = ? and not exists (select 1 from score_import_match m"
                + " where m.run_id = l.run_id and m.line_no = l.line_no)")
                .setParameter(1, runId).executeUpdate();
        em.createNativeQuery("insert into score_import_skip (run_id, line_no, reason, content)"
                + " select m.run_id, m.line_no, 'score.skip.duplicate|' || cast(m.first_line as varchar(20)), "
                + content("l") + " from score_import_match m"
                + " join score_import_line l on l.run_id = m.run_id and l.line_no = m.line_no"
                + " where m.run_id = ? and m.line_no <> m.first_line")
                .setParameter(1, runId).executeUpdate();
        long updated = em.createNativeQuery("insert into score_change (score_record_id, run_id, old_score, old_passed,"
                        + " new_score, new_passed, changed_at)"
                        + " select r.id, m.run_id, r.score, r.passed, l.score, l.passed, ?" + FIRST_LINES
                        + " join score_record r on r.application_id = m.application_id and r.subject_id = m.subject_id"
                        + " where m.run_id = ? and m.line_no = m.first_line and (r.score <> l.score or r.passed <> l.passed)")
                .setParameter(1, now).setParameter(2, runId).executeUpdate();
        long existing = count("select count(*)" + FIRST_LINES
                + " join score_record r on r.application_id = m.application_id and r.subject_id = m.subject_id"
                + " where m.run_id = ? and m.line_no = m.first_line", runId);
        long imported = count("select count(*) from score_import_match m where m.run_id = ? and m.line_no = m.first_line",
                runId);
        em.createNativeQuery("merge into score_record r using (select m.application_id, m.subject_id, m.session_id,"
                        + " m.account_id, s.occupation, lv.code as level_code, sub.code as subject_code,"
                        + " sub.name as subject_name, cast(sub.starts_at at time zone '" + BusinessTime.ZONE.getId()
                        + "' as date) as exam_date, l.score, l.passed, l.pass_mark" + FIRST_LINES
                        + " join subject sub on sub.id = m.subject_id"
                        + " join exam_level lv on lv.id = sub.level_id"
                        + " join exam_session s on s.id = m.session_id"
                        + " where m.run_id = ? and m.line_no = m.first_line) x"
                        + " on (r.application_id = x.application_id and r.subject_id = x.subject_id)"
                        + " when matched and (r.score <> x.score or r.passed <> x.passed"
                        + " or r.pass_mark is distinct from x.pass_mark) then update set score = x.score,"
                        + " passed = x.passed, pass_mark = x.pass_mark, import_run_id = ?, updated_at = ?"
                        + " when not matched then insert (id, account_id, occupation, level_code, subject_code,"
                        + " subject_name, exam_date, score, passed, voided, application_id, session_id, subject_id,"
                        + " pass_mark, import_run_id, updated_at) values ("
                        + Database.nextValueExpression(dataSource, "candidate_seq")
                        + ", x.account_id, x.occupation, x.level_code, x.subject_code, x.subject_name, x.exam_date,"
                        + " x.score, x.passed, false, x.application_id, x.session_id, x.subject_id, x.pass_mark, ?, ?)")
                .setParameter(1, runId).setParameter(2, runId).setParameter(3, now)
                .setParameter(4, runId).setParameter(5, now).executeUpdate();
        long skipped = count("select count(*) from score_import_skip where run_id = ?", runId);
        long inserted = imported - existing;
        run.applied(inserted, updated, existing - updated, skipped, clock.instant());
        audit.record("scores.import.applied", "ScoreImportRun", runId, run.getShownName() + ": " + inserted
                + " new, " + updated + " changed (old values kept), " + (existing - updated) + " unchanged, "
                + skipped + " skipped");
        return true;
    }

    /** The first line of each (application, subject) of a run, with its values. */
    private static final String FIRST_LINES = " from score_import_match m"
            + " join score_import_line l on l.run_id = m.run_id and l.line_no = m.line_no";

    /** What the report shows of a skipped line: ticket, subject and score (the ID number stays out of reports). */
    private static String content(String line) {
        return line + ".ticket_number || ',' || " + line + ".subject_code || ',' || cast(" + line
                + ".score as varchar(12))";
    }

    private long count(String sql, long runId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, runId).getSingleResult()).longValue();
    }
}

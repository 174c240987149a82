package com.baokao.review;

import com.baokao.platform.Database;
import com.baokao.account.Account;
import com.baokao.application.Application;
import com.baokao.application.ApplicationDocuments;
import com.baokao.application.ApplicationLifecycle;
import com.baokao.application.ApplicationStatus;
import com.baokao.application.PostExamReview;
import com.baokao.application.ReviewStage;
import com.baokao.decision.Claim;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.staff.Reach;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reviewer's queue of applications: what waits for a decision this reviewer may take (their reach only, oldest
 * first), the counts per status for the tabs, the next item, and the filters' options. Which status waits in which
 * queue comes from {@link ApplicationLifecycle}'s one table; who decides in each from {@link ReviewAccess}.
 */
@Stateless
@RolesAllowed({"REVIEWER", "ADMIN"})
public class ReviewQueue {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /** Queue filters; {@code status} null means "everything waiting for a decision I may take". */
    public record QueueFilter(Long sessionId, Long levelId, ApplicationStatus status, boolean postExam,
                              LocalDate submittedFrom, LocalDate submittedTo, String text) implements Serializable {

        public static QueueFilter waiting() {
            return new QueueFilter(null, null, null, false, null, null, null);
        }
    }

    public record QueueRow(long id, String serialNumber, String candidate, String idNumber, String exam, String level,
                           String region, String site, ApplicationStatus status, LocalDateTime submittedAt,
                           String claimedBy) implements Serializable {
    }

    public record Option(long id, String label) implements Serializable {
    }

    /** The statuses of the queue's tabs: those in which an application can wait for a reviewer. */
    private static final List<ApplicationStatus> WAITING = ApplicationLifecycle.waitingStatuses();

    /** The queues before the exam, in the query built from {@link ApplicationLifecycle#waitingCondition}. */
    private static final List<ReviewStage> PRE_EXAM_QUEUES = List.of(ReviewStage.CONFIRMATION, ReviewStage.SITE_REVIEW,
            ReviewStage.REGION_REVIEW);

    private static final ApplicationLifecycle.QueueColumns QUEUE_COLUMNS = ApplicationLifecycle.QueueColumns.jpql("a", "r");

    public List<QueueRow> queue(QueueFilter filter, int first, int max) {
        TypedQuery<Object[]> q = queueQuery("select a, acc", filter, " order by a.submittedAt, a.id", Object[].class);
        Instant now = clock.instant();
        long me = Caller.accountId(context);
        return q.setFirstResult(first).setMaxResults(max).getResultList().stream().map(row -> {
            Application a = (Application) row[0];
            Account candidate = (Account) row[1];
            Claim claim = a.getClaim();
            String serial = ApplicationDocuments.serial(a);
            return new QueueRow(a.getId(), serial == null ? "" : serial, candidate.getFullName(), candidate.getIdNumber(),
                    a.getSession().getName(), a.getLevel() == null ? "" : a.getLevel().getName(), a.getRegion().getName(),
                    a.getSite() == null ? "" : a.getSite().getName(), a.getStatus(),
                    a.getSubmittedAt() == null ? null : LocalDateTime.ofInstant(a.getSubmittedAt(), BusinessTime.ZONE),
                    claim.heldByOther(me, now) ? ReviewAccess.nameOf(em, claim.getClaimedBy()) : null);
        }).toList();
    }

    public long count(QueueFilter filter) {
        return queueQuery("select count(a)", filter, "", Long.class).getSingleResult();
    }

    /** How many items in my reach wait at each status (the queue's tabs); under SCORED, those due a post-exam review. */
    public Map<ApplicationStatus, Long> countsByStatus(Long sessionId) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : WAITING) {
            counts.put(status, count(new QueueFilter(sessionId, null, status, false, null, null, null)));
        }
        counts.put(ApplicationStatus.SCORED, count(new QueueFilter(sessionId, null, null, true, null, null, null)));
        return counts;
    }

    /** The oldest item after {@code currentId} that waits for me and nobody else holds (the "next" key). */
    public Long next(QueueFilter filter, long currentId) {
        for (QueueRow row : queue(filter, 0, 50)) {
            if (row.id() != currentId && row.claimedBy() == null) {
                return row.id();
            }
        }
        return null;
    }

    public List<Option> sessions() {
        return em.createQuery("select s from ExamSession s order by s.registrationOpensAt desc", com.baokao.catalogue.ExamSession.class)
                .getResultList().stream().map(s -> new Option(s.getId(), s.getName())).toList();
    }

    public List<Option> levels(long sessionId) {
        return em.createQuery("select l from ExamLevel l where l.session.id = :s order by l.code", com.baokao.catalogue.ExamLevel.class)
                .setParameter("s", sessionId).getResultList().stream().map(l -> new Option(l.getId(), l.getName())).toList();
    }

    private <T> TypedQuery<T> queueQuery(String select, QueueFilter f, String order, Class<T> type) {
        Reach reach = ReviewAccess.reach(em, context);
        StringBuilder jpql = new StringBuilder(select).append(" from Application a, Account acc, RegionRule r")
                .append(" where acc.id = a.accountId and r.session = a.session and r.region = a.region");
        if (f.postExam()) {
            jpql.append(" and a.postExamReview = com.baokao.application.PostExamReview.PENDING and r.reviewAfterExam = true")
                    .append(" and a.status in :postExamStatuses")
                    .append(" and ").append(ReviewAccess.whereDecides(ReviewStage.POST_EXAM_REVIEW, reach));
        } else {
            // what waits for a decision this reviewer may take: each queue's statuses and routes from the lifecycle's
            // one table, with the part of the reach that decides there (as allowedFor)
            String status = f.status() == null ? "" : " and a.status = :status";
            jpql.append(status).append(" and (");
            String or = "";
            for (ReviewStage stage : PRE_EXAM_QUEUES) {
                jpql.append(or).append("(").append(ApplicationLifecycle.waitingCondition(stage, QUEUE_COLUMNS))
                        .append(" and ").append(ReviewAccess.whereDecides(stage, reach)).append(")");
                or = " or ";
            }
            if (f.status() != null && !WAITING.contains(f.status())) {
                // returned, failed or refused items are listed for reference by anyone in reach
                jpql.append(" or (").append(reach.where("a")).append(")");
            }
            jpql.append(")");
        }
        if (f.sessionId() != null) {
            jpql.append(" and a.session.id = :session");
        }
        if (f.levelId() != null) {
            jpql.append(" and a.level.id = :level");
        }
        if (f.submittedFrom() != null) {
            jpql.append(" and a.submittedAt >= :from");
        }
        if (f.submittedTo() != null) {
            jpql.append(" and a.submittedAt < :to");
        }
        String text = com.baokao.i18n.FreeText.clean(f.text());
        if (!text.isEmpty()) {
            jpql.append(" and (acc.fullName like :text" + Database.LIKE_ESCAPE + " or acc.idNumber = :exact)");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        reach.bind(q);
        if (f.postExam()) {
            // an abandoned or refused application with a review still marked pending cannot be decided: not listed
            q.setParameter("postExamStatuses", ApplicationLifecycle.postExamReviewStatuses());
        }
        if (f.status() != null && !f.postExam()) {
            q.setParameter("status", f.status());
        }
        if (f.sessionId() != null) {
            q.setParameter("session", f.sessionId());
        }
        if (f.levelId() != null) {
            q.setParameter("level", f.levelId());
        }
        // days are Shanghai days; the end day is included
        if (f.submittedFrom() != null) {
            q.setParameter("from", f.submittedFrom().atStartOfDay(BusinessTime.ZONE).toInstant());
        }
        if (f.submittedTo() != null) {
            q.setParameter("to", f.submittedTo().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
        }
        if (!text.isEmpty()) {
            q.setParameter("text", Database.containing(text));
            q.setParameter("exact", text.toUpperCase(Locale.ROOT));
        }
        return q;
    }
}

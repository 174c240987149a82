package com.baokao.application;

import com.baokao.catalogue.ExamSession;
import com.baokao.inbox.CandidateNotices;
import com.baokao.platform.BusinessTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The scheduled work of the lifecycle's deadlines: abandoning what waited for the candidate when the confirmation
 * deadline passed or an approved application unpaid at the payment deadline, and reminding candidates before each deadline that needs their action. Both are idempotent
 * (a second run changes and sends nothing) and work in chunks of their own transactions, so a million rows
 * never sit in one transaction and a crash loses at most the chunk in flight, which the next run redoes.
 */
@Stateless
@PermitAll
public class DeadlineSweeps {

    private static final int CHUNK = 200;
    /** Reminders are sent this long before a deadline, and again in its last day. */
    static final Duration FIRST_REMINDER = Duration.ofDays(3);
    static final Duration LAST_REMINDER = Duration.ofDays(1);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A deadline candidates are reminded of, the states that owe it an action, and the session's date field. */
    public enum Reminder {
        REGISTRATION("registrationClosesAt", "a.status = com.baokao.application.ApplicationStatus.DRAFT"),
        RESUBMISSION("resubmissionDeadline", "a.status = com.baokao.application.ApplicationStatus.RETURNED"),
        CONFIRMATION("confirmationDeadline", "(a.status = com.baokao.application.ApplicationStatus.CONFIRMATION_FAILED"
                + " or a.status = com.baokao.application.ApplicationStatus.SUBMITTED"
                + " and r.confirmationMode = com.baokao.catalogue.ConfirmationMode.ON_SITE)"),
        PAYMENT("paymentDeadline", "a.status = com.baokao.application.ApplicationStatus.APPROVED and r.onlinePayment = true");

        final String sessionField;
        final String owing;

        Reminder(String sessionField, String owing) {
            this.sessionField = sessionField;
            this.owing = owing;
        }
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @EJB
    ApplicationMoves moves;

    @EJB
    CandidateNotices notices;

    /** Applications whose next move was the candidate's when the confirmation deadline passed become ABANDONED. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int abandonAfterConfirmationDeadline() {
        return sweep(ApplicationEvent.CONFIRMATION_DEADLINE_PASSED, "confirmationDeadline",
                "(a.status in (com.baokao.application.ApplicationStatus.DRAFT,"
                        + " com.baokao.application.ApplicationStatus.RETURNED,"
                        + " com.baokao.application.ApplicationStatus.CONFIRMATION_FAILED)"
                        + " or a.status = com.baokao.application.ApplicationStatus.SUBMITTED"
                        + " and r.confirmationMode = com.baokao.catalogue.ConfirmationMode.ON_SITE)");
    }

    /** Approved applications still unpaid at the payment deadline become ABANDONED (online-payment regions only). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int abandonAfterPaymentDeadline() {
        return sweep(ApplicationEvent.PAYMENT_DEADLINE_PASSED, "paymentDeadline",
                "a.status = com.baokao.application.ApplicationStatus.APPROVED and r.onlinePayment = true");
    }

    /** Every session whose {@code deadlineField} has passed, its candidates for {@code event} in chunks by id. */
    private int sweep(ApplicationEvent event, String deadlineField, String candidates) {
        Instant now = clock.instant();
        DeadlineSweeps self = context.getBusinessObject(DeadlineSweeps.class);
        int abandoned = 0;
        // a cancelled session's applications keep their status (with the cancellation shown): nobody is abandoned
        for (Long session : em.createQuery("select s.id from ExamSession s where s." + deadlineField + " <= :now"
                        + " and s.cancelledAt is null", Long.class)
                .setParameter("now", now).getResultList()) {
            long after = 0;
            while (true) {
                List<Long> ids = em.createQuery("select a.id from Application a, RegionRule r where a.session.id = :s"
                                + " and r.session = a.session and r.region = a.region and a.id > :after and "
                                + candidates + " order by a.id", Long.class)
                        .setParameter("s", session).setParameter("after", after).setMaxResults(CHUNK).getResultList();
                if (ids.isEmpty()) {
                    break;
                }
                abandoned += self.abandon(ids, event);
                after = ids.get(ids.size() - 1);
            }
        }
        return abandoned;
    }

    /** One chunk, in its own transaction; rows that moved on meanwhile are left alone. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int abandon(List<Long> applicationIds, ApplicationEvent event) {
        Instant now = clock.instant();
        int moved = 0;
        for (Long id : applicationIds) {
            Application a = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
            ReviewRoute route = moves.routeOf(a);
            if (ApplicationLifecycle.allowed(a.getStatus(), event, route, a.getReturnedFrom())
                    && ApplicationLifecycle.inTime(event, a.getStatus(), a.getSession().calendar(), now)) {
                moves.move(a, event, List.of(), route, now);
                moved++;
            }
        }
        return moved;
    }

    /**
     * 待办事项提醒 (seed 003): a notice three days and again one day before each deadline that needs the candidate's
     * action. The dedupe key (application, deadline, which reminder) makes every run after the first send nothing.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindBeforeDeadlines() {
        Instant now = clock.instant();
        DeadlineSweeps self = context.getBusinessObject(DeadlineSweeps.class);
        int sent = 0;
        for (Reminder reminder : Reminder.values()) {
            for (ExamSession session : em.createQuery("select s from ExamSession s where s." + reminder.sessionField
                    + " > :now and s." + reminder.sessionField + " <= :soon and s.cancelledAt is null", ExamSession.class)
                    .setParameter("now", now).setParameter("soon", now.plus(FIRST_REMINDER)).getResultList()) {
                long after = 0;
                while (true) {
                    List<Long> ids = em.createQuery("select a.id from Application a, RegionRule r where a.session.id = :s"
                                    + " and r.session = a.session and r.region = a.region and a.id > :after and "
                                    + reminder.owing + " order by a.id", Long.class)
                            .setParameter("s", session.getId()).setParameter("after", after).setMaxResults(CHUNK).getResultList();
                    if (ids.isEmpty()) {
                        break;
                    }
                    sent += self.remind(ids, reminder, now);
                    after = ids.get(ids.size() - 1);
                }
            }
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(List<Long> applicationIds, Reminder reminder, Instant now) {
        int sent = 0;
        for (Long id : applicationIds) {
            Application a = em.find(Application.class, id);
            Instant deadline = switch (reminder) {
                case REGISTRATION -> a.getSession().calendar().registration().closesAt();
                case RESUBMISSION -> a.getSession().calendar().resubmissionDeadline();
                case CONFIRMATION -> a.getSession().calendar().confirmationDeadline();
                case PAYMENT -> a.getSession().calendar().paymentDeadline();
            };
            String which = Duration.between(now, deadline).compareTo(LAST_REMINDER) <= 0 ? "last" : "first";
            String key = "remind:" + reminder + ":" + id + ":" + deadline.getEpochSecond() + ":" + which;
            if (notices.tell(a.getAccountId(), "notice.remind." + reminder.name(), "/candidate/application.xhtml?id=" + id,
                    key, List.of(a.getSession().getName(), LocalDateTime.ofInstant(deadline, BusinessTime.ZONE).format(WHEN)))) {
                sent++;
            }
        }
        return sent;
    }
}

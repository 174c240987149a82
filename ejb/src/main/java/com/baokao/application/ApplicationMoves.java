package com.baokao.application;

import com.baokao.account.Account;
import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ExamCalendar;
import com.baokao.catalogue.RegionRule;
import com.baokao.decision.ReasonEntry;
import com.baokao.decision.ReviewDecision;
import com.baokao.i18n.BaokaoException;
import com.baokao.inbox.CandidateNotices;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every status change of an application goes through here, whoever makes it (candidate, reviewer, scheduled
 * job): the lifecycle decides the next status and its deadline, and in the same transaction the change is
 * audited, a reviewer's decision is recorded with its reasons, the place at the site is held or released
 * ({@link PlaceHolds}), and the candidate is told. Callers hold the application's row lock.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ApplicationMoves {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Set<ApplicationEvent> DECISIONS = Set.of(ApplicationEvent.CONFIRM,
            ApplicationEvent.FAIL_CONFIRMATION, ApplicationEvent.APPROVE, ApplicationEvent.RETURN, ApplicationEvent.REFUSE);

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    @EJB
    CandidateNotices notices;

    @EJB
    PlaceHolds places;

    public ReviewRoute routeOf(Application application) {
        RegionRule rule = em.createQuery("select r from RegionRule r where r.session = :s and r.region = :r", RegionRule.class)
                .setParameter("s", application.getSession()).setParameter("r", application.getRegion())
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no region rule for application " + application.getId()));
        return ReviewRoute.of(rule);
    }

    /** Applies {@code event} now; refuses it if the lifecycle or the exam calendar does not allow it. */
    public ApplicationStatus move(Application application, ApplicationEvent event, List<ReasonEntry> reasons) {
        return move(application, event, reasons, routeOf(application), clock.instant());
    }

    public ApplicationStatus move(Application application, ApplicationEvent event, List<ReasonEntry> reasons,
                           ReviewRoute route, Instant now) {
        ApplicationStatus from = application.getStatus();
        ApplicationStatus to = ApplicationLifecycle.next(from, event, route, application.getReturnedFrom());
        ExamCalendar calendar = application.getSession().calendar();
        if (!ApplicationLifecycle.inTime(event, from, calendar, now)) {
            throw late(event, from, calendar);
        }
        application.moveTo(to, now);
        places.sync(application);
        String why = reasons.isEmpty() ? "" : ": " + reasons.stream().map(ReasonEntry::toString).collect(Collectors.joining("; "));
        audit.record("application." + event.name().toLowerCase(Locale.ROOT), "Application", application.getId(),
                from + " -> " + to + why);
        if (DECISIONS.contains(event)) {
            Long reviewer = reviewerId();
            em.persist(new ReviewDecision(ReviewDecision.APPLICATION, application.getId(),
                    ApplicationLifecycle.stageOf(from, route).map(Enum::name).orElse(from.name()), event.name(),
                    from.name(), to.name(), reviewer, reviewerName(reviewer), now, reasons));
        }
        notices.tell(application.getAccountId(), ApplicationLifecycle.noticeKey(event, to),
                "/candidate/application.xhtml?id=" + application.getId(), null,
                List.of(application.getSession().getName(), deadlineFor(to, calendar)));
        return to;
    }

    /**
     * Review after the exam (考后复核): passed, or failed, which voids this exam's scores (kept, marked void with the
     * reasons). Not a status change, but audited, recorded and told like one.
     */
    public void decidePostExam(Application application, boolean passed, List<ReasonEntry> reasons) {
        ReviewRoute route = routeOf(application);
        Instant now = clock.instant();
        // min() in Java: an aggregate would bypass the attribute's Instant converter
        Instant firstSubject = em.createQuery("select s.subject.startsAt from ApplicationSubject s where s.application = :a",
                Instant.class).setParameter("a", application).getResultStream().min(Instant::compareTo).orElse(null);
        if (!ApplicationLifecycle.postExamReviewDue(application.getStatus(), route, application.getPostExamReview(),
                firstSubject, now)) {
            throw new BaokaoException("review.postExam.notDue");
        }
        PostExamReview outcome = passed ? PostExamReview.PASSED : PostExamReview.FAILED;
        application.decidePostExamReview(outcome, now);
        String why = reasons.stream().map(ReasonEntry::toString).collect(Collectors.joining("; "));
        int voided = 0;
        if (!passed) {
            // scores imported for this application carry its id: they are this sitting's, whatever their date
            for (ScoreRecord score : em.createQuery("select r from ScoreRecord r where r.applicationId = :a",
                    ScoreRecord.class).setParameter("a", application.getId()).getResultList()) {
                if (!score.isVoided()) {
                    score.voidFor(why);
                    voided++;
                }
            }
            // results recorded before scores were imported have no application: matched by level and exam day
            java.util.Set<java.time.LocalDate> examDays = new java.util.HashSet<>();
            em.createQuery("select s.subject.startsAt from ApplicationSubject s where s.application = :a and s.carriedOver = false",
                    Instant.class).setParameter("a", application).getResultList()
                    .forEach(t -> examDays.add(java.time.LocalDate.ofInstant(t, BusinessTime.ZONE)));
            for (ScoreRecord score : em.createNamedQuery(ScoreRecord.OF_CANDIDATE_LEVEL, ScoreRecord.class)
                    .setParameter("account", application.getAccountId())
                    .setParameter("occupation", application.getSession().getOccupation())
                    .setParameter("level", application.getLevel().getCode()).getResultList()) {
                if (score.getApplicationId() == null && examDays.contains(score.getExamDate()) && !score.isVoided()) {
                    score.voidFor(why);
                    voided++;
                }
            }
        }
        audit.record("application.postExam." + outcome.name().toLowerCase(Locale.ROOT), "Application",
                application.getId(), "post-exam review " + outcome + (voided > 0 ? ", " + voided + " scores voided" : "")
                        + (why.isEmpty() ? "" : ": " + why));
        Long reviewer = reviewerId();
        em.persist(new ReviewDecision(ReviewDecision.APPLICATION, application.getId(), ReviewStage.POST_EXAM_REVIEW.name(),
                "POST_EXAM_" + outcome.name(), application.getStatus().name(), application.getStatus().name(), reviewer,
                reviewerName(reviewer), now, reasons));
        notices.tell(application.getAccountId(), "notice.postExam." + outcome.name(),
                "/candidate/application.xhtml?id=" + application.getId(), null,
                List.of(application.getSession().getName(), ""));
    }

    /** The date that matters next for the candidate, shown in the notice ("" when none). */
    private static String deadlineFor(ApplicationStatus to, ExamCalendar calendar) {
        Instant deadline = switch (to) {
            case RETURNED -> calendar.resubmissionDeadline();
            case CONFIRMATION_FAILED -> calendar.confirmationDeadline();
            case APPROVED -> calendar.paymentDeadline();
            default -> null;
        };
        return deadline == null ? "" : LocalDateTime.ofInstant(deadline, BusinessTime.ZONE).format(WHEN);
    }

    private BaokaoException late(ApplicationEvent event, ApplicationStatus from, ExamCalendar calendar) {
        return switch (ApplicationLifecycle.deadlineOf(event, from)) {
            case REGISTRATION_WINDOW -> new BaokaoException("registration.window.closed",
                    LocalDateTime.ofInstant(calendar.registration().closesAt(), BusinessTime.ZONE).format(WHEN));
            case RESUBMISSION -> new BaokaoException(event == ApplicationEvent.RETURN ? "review.return.tooLate"
                    : "application.resubmission.closed",
                    LocalDateTime.ofInstant(calendar.resubmissionDeadline(), BusinessTime.ZONE).format(WHEN));
            case CONFIRMATION -> new BaokaoException("application.confirmation.closed",
                    LocalDateTime.ofInstant(calendar.confirmationDeadline(), BusinessTime.ZONE).format(WHEN));
            case PAYMENT -> new BaokaoException("application.payment.closed",
                    LocalDateTime.ofInstant(calendar.paymentDeadline(), BusinessTime.ZONE).format(WHEN));
            case NONE -> event == ApplicationEvent.PAYMENT_DEADLINE_PASSED
                    ? new BaokaoException("application.payment.notYet",
                    LocalDateTime.ofInstant(calendar.paymentDeadline(), BusinessTime.ZONE).format(WHEN))
                    : new BaokaoException("application.confirmation.notYet",
                    LocalDateTime.ofInstant(calendar.confirmationDeadline(), BusinessTime.ZONE).format(WHEN));
        };
    }

    private Long reviewerId() {
        return Caller.accountIdOf(context.getCallerPrincipal());
    }

    private String reviewerName(Long reviewerId) {
        Account account = reviewerId == null ? null : em.find(Account.class, reviewerId);
        if (account == null) {
            return AuditTrail.SYSTEM;
        }
        return account.displayName();
    }
}

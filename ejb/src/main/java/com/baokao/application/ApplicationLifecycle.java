package com.baokao.application;

import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.ExamCalendar;
import com.baokao.i18n.BaokaoException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place that says which status an event leads to, until when it may happen, and which queue an
 * application waits in (DESIGN.md "The application lifecycle"). Events not allowed from a status are refused
 * with a sentence for the person who tried.
 */
public final class ApplicationLifecycle {

    /** Which date of the exam calendar limits an event. */
    public enum Deadline {
        NONE,
        REGISTRATION_WINDOW,
        RESUBMISSION,
        CONFIRMATION,
        PAYMENT
    }

    /** States whose next move is the candidate's: these are abandoned at the confirmation deadline. */
    private static final Set<ApplicationStatus> CANDIDATE_MOVES = Set.of(ApplicationStatus.DRAFT,
            ApplicationStatus.RETURNED, ApplicationStatus.CONFIRMATION_FAILED);

    /** States after which a post-exam review can void the scores. */
    private static final Set<ApplicationStatus> SAT_OR_SITTING = Set.of(ApplicationStatus.APPROVED,
            ApplicationStatus.PAID, ApplicationStatus.TICKETED, ApplicationStatus.SCORED, ApplicationStatus.CERTIFIED);

    private ApplicationLifecycle() {
    }

    /**
     * The notice a candidate gets for a move: the one of the status reached, except that a resubmission (after a
     * return for correction or a failed confirmation) says it was resubmitted, not the first submission's words.
     */
    public static String noticeKey(ApplicationEvent event, ApplicationStatus to) {
        return event == ApplicationEvent.RESUBMIT ? "notice.application.RESUBMITTED" : "notice.application." + to.name();
    }

    /**
     * The status after {@code event}, or a refusal naming the event and the current status.
     *
     * @param returnedFrom the status a RETURNED application was in when it was returned (its queue)
     */
    public static ApplicationStatus next(ApplicationStatus from, ApplicationEvent event, ReviewRoute route,
                                         ApplicationStatus returnedFrom) {
        return target(from, event, route, returnedFrom).orElseThrow(() -> new BaokaoException(
                "application.transition.refused." + event.name().toLowerCase(Locale.ROOT), from.name()));
    }

    public static boolean allowed(ApplicationStatus from, ApplicationEvent event, ReviewRoute route,
                                  ApplicationStatus returnedFrom) {
        return target(from, event, route, returnedFrom).isPresent();
    }

    private static Optional<ApplicationStatus> target(ApplicationStatus from, ApplicationEvent event, ReviewRoute route,
                                                      ApplicationStatus returnedFrom) {
        ApplicationStatus to = switch (event) {
            case SUBMIT -> from == ApplicationStatus.DRAFT ? ApplicationStatus.SUBMITTED : null;
            case WITHDRAW -> from == ApplicationStatus.SUBMITTED ? ApplicationStatus.DRAFT : null;
            // review after the exam: confirmation leads straight to payment, the review comes after the exam
            case CONFIRM -> from != ApplicationStatus.SUBMITTED ? null
                    : route.reviewAfterExam() ? ApplicationStatus.APPROVED : ApplicationStatus.CONFIRMED;
            case FAIL_CONFIRMATION -> from == ApplicationStatus.SUBMITTED && route.confirmation() == ConfirmationMode.ONLINE
                    ? ApplicationStatus.CONFIRMATION_FAILED : null;
            case RESUBMIT -> switch (from) {
                case CONFIRMATION_FAILED -> ApplicationStatus.SUBMITTED;
                case RETURNED -> returnedFrom == ApplicationStatus.CONFIRMED || returnedFrom == ApplicationStatus.SITE_APPROVED
                        ? returnedFrom : null;
                default -> null;
            };
            case APPROVE -> switch (from) {
                case CONFIRMED -> route.reviewAfterExam() ? null
                        : route.reviewLevels() == 2 ? ApplicationStatus.SITE_APPROVED : ApplicationStatus.APPROVED;
                case SITE_APPROVED -> route.reviewLevels() == 2 ? ApplicationStatus.APPROVED : null;
                default -> null;
            };
            case RETURN -> inPreExamReview(from, route) ? ApplicationStatus.RETURNED : null;
            case REFUSE -> inPreExamReview(from, route) ? ApplicationStatus.REFUSED : null;
            case CONFIRMATION_DEADLINE_PASSED -> CANDIDATE_MOVES.contains(from)
                    // on-site confirmation: going to the site with the printed form is the candidate's move
                    || from == ApplicationStatus.SUBMITTED && route.confirmation() == ConfirmationMode.ON_SITE
                    ? ApplicationStatus.ABANDONED : null;
            // without online payment, approval is success: there is nothing to pay or to abandon
            case PAY -> from == ApplicationStatus.APPROVED && route.onlinePayment() ? ApplicationStatus.PAID : null;
            case PAYMENT_DEADLINE_PASSED -> from == ApplicationStatus.APPROVED && route.onlinePayment()
                    ? ApplicationStatus.ABANDONED : null;
        };
        return Optional.ofNullable(to);
    }

    private static boolean inPreExamReview(ApplicationStatus from, ReviewRoute route) {
        return !route.reviewAfterExam() && (from == ApplicationStatus.CONFIRMED
                || from == ApplicationStatus.SITE_APPROVED && route.reviewLevels() == 2);
    }

    /** Which calendar date limits {@code event} from {@code from}. */
    public static Deadline deadlineOf(ApplicationEvent event, ApplicationStatus from) {
        return switch (event) {
            case SUBMIT, WITHDRAW -> Deadline.REGISTRATION_WINDOW;
            // a return is only fair while the candidate can still resubmit; later the reviewer refuses or approves
            case RETURN -> Deadline.RESUBMISSION;
            case RESUBMIT -> from == ApplicationStatus.RETURNED ? Deadline.RESUBMISSION : Deadline.CONFIRMATION;
            case CONFIRM, FAIL_CONFIRMATION -> Deadline.CONFIRMATION;
            case PAY -> Deadline.PAYMENT;
            case APPROVE, REFUSE, CONFIRMATION_DEADLINE_PASSED, PAYMENT_DEADLINE_PASSED -> Deadline.NONE;
        };
    }

    /** True when {@code event} may happen at {@code now}; the deadline event itself only once the deadline is reached. */
    public static boolean inTime(ApplicationEvent event, ApplicationStatus from, ExamCalendar calendar, Instant now) {
        if (event == ApplicationEvent.CONFIRMATION_DEADLINE_PASSED) {
            return !calendar.confirmationAllowedAt(now);
        }
        if (event == ApplicationEvent.PAYMENT_DEADLINE_PASSED) {
            return !calendar.paymentAllowedAt(now);
        }
        return switch (deadlineOf(event, from)) {
            case NONE -> true;
            case REGISTRATION_WINDOW -> calendar.registrationOpenAt(now);
            case RESUBMISSION -> calendar.resubmissionAllowedAt(now);
            case CONFIRMATION -> calendar.confirmationAllowedAt(now);
            case PAYMENT -> calendar.paymentAllowedAt(now);
        };
    }

    /**
     * An application waits in {@code stage} while its status is {@code status} on a route with {@code reviewLevels}
     * review levels and review {@code reviewAfterExam} (null: either).
     */
    public record Waiting(ReviewStage stage, ApplicationStatus status, Integer reviewLevels, Boolean reviewAfterExam) {

        boolean matches(ApplicationStatus s, ReviewRoute route) {
            return s == status && (reviewLevels == null || reviewLevels == route.reviewLevels())
                    && (reviewAfterExam == null || reviewAfterExam == route.reviewAfterExam());
        }
    }

    /**
     * The one table of reviewer queues: {@link #stageOf} reads it and the reviewers' queue query is built from it
     * ({@link #waitingCondition}), so the list a reviewer sees and the decisions offered on an item cannot disagree.
     * The post-exam review has no row: it waits on {@link PostExamReview}, not on the status.
     */
    private static final List<Waiting> QUEUES = List.of(
            new Waiting(ReviewStage.CONFIRMATION, ApplicationStatus.SUBMITTED, null, null),
            // with review after the exam, confirmation leads to payment: a confirmed application waits in no queue
            new Waiting(ReviewStage.SITE_REVIEW, ApplicationStatus.CONFIRMED, 2, false),
            new Waiting(ReviewStage.REGION_REVIEW, ApplicationStatus.CONFIRMED, 1, false),
            new Waiting(ReviewStage.REGION_REVIEW, ApplicationStatus.SITE_APPROVED, 2, null));

    /** The queue an application in {@code status} waits in, if a reviewer's decision is what it waits for. */
    public static Optional<ReviewStage> stageOf(ApplicationStatus status, ReviewRoute route) {
        return QUEUES.stream().filter(w -> w.matches(status, route)).map(Waiting::stage).findFirst();
    }

    /** The statuses in which an application can wait in some reviewer queue, in lifecycle order. */
    public static List<ApplicationStatus> waitingStatuses() {
        return QUEUES.stream().map(Waiting::status).distinct().sorted().toList();
    }

    /**
     * How a query names what a queue condition reads: the application's status, the region rule's review levels and
     * timing, and how a status is written. JPQL and SQL differ only in these.
     */
    public record QueueColumns(String status, String reviewLevels, String reviewAfterExam,
                               Function<ApplicationStatus, String> statusLiteral) {

        /** For {@code select ... from Application a, RegionRule r} (aliases as given). */
        public static QueueColumns jpql(String application, String regionRule) {
            return new QueueColumns(application + ".status", regionRule + ".reviewLevels",
                    regionRule + ".reviewAfterExam", s -> ApplicationStatus.class.getName() + "." + s.name());
        }
    }

    /** A query condition true exactly for the applications {@link #stageOf} puts in {@code stage}. */
    public static String waitingCondition(ReviewStage stage, QueueColumns c) {
        String terms = QUEUES.stream().filter(w -> w.stage() == stage).map(w -> {
            StringBuilder term = new StringBuilder("(").append(c.status()).append(" = ")
                    .append(c.statusLiteral().apply(w.status()));
            if (w.reviewLevels() != null) {
                term.append(" and ").append(c.reviewLevels()).append(" = ").append(w.reviewLevels());
            }
            if (w.reviewAfterExam() != null) {
                term.append(" and ").append(c.reviewAfterExam()).append(" = ").append(w.reviewAfterExam());
            }
            return term.append(")").toString();
        }).collect(Collectors.joining(" or "));
        return terms.isEmpty() ? "1 = 0" : "(" + terms + ")";
    }

    /** The candidate may change the application's content (a draft, or one returned for correction). */
    /**
     * Whether an application in this status holds a place at its site (issue 18): from submission on, until it is
     * withdrawn (back to draft), refused or abandoned (the payment deadline passing unpaid included).
     */
    public static boolean holdsPlace(ApplicationStatus status) {
        return status != ApplicationStatus.DRAFT && status != ApplicationStatus.REFUSED
                && status != ApplicationStatus.ABANDONED;
    }

    public static boolean editableByCandidate(ApplicationStatus status) {
        return status == ApplicationStatus.DRAFT || status == ApplicationStatus.RETURNED;
    }

    /**
     * The registration form (报名表) is a valid printout: the application was submitted and has not gone back to a
     * draft (withdrawn), since on-site confirmation only knows codes of submitted applications.
     */
    public static boolean formValid(ApplicationStatus status) {
        return status != null && status != ApplicationStatus.DRAFT;
    }

    /** The statuses in which a review after the exam can be due (the queue's query filters on them too). */
    public static Set<ApplicationStatus> postExamReviewStatuses() {
        return SAT_OR_SITTING;
    }

    /**
     * Review after the exam: possible once the first subject has started, for an application that went to
     * payment without a review and has no post-exam decision yet.
     */
    public static boolean postExamReviewDue(ApplicationStatus status, ReviewRoute route, PostExamReview review,
                                            Instant firstSubjectStarts, Instant now) {
        return route.reviewAfterExam() && SAT_OR_SITTING.contains(status) && review == PostExamReview.PENDING
                && firstSubjectStarts != null && !now.isBefore(firstSubjectStarts);
    }
}

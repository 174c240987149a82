package com.baokao.application;

import static com.baokao.application.ApplicationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.ExamCalendar;
import com.baokao.catalogue.Window;
import com.baokao.i18n.BaokaoException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every event from every status on every kind of route (one or two levels, before or after the exam, on-site or
 * online confirmation, with every possible "returned from"): the allowed transitions are listed here one by one,
 * everything else must be refused with the event's sentence.
 */
class ApplicationLifecycleTest {

    private record Allowed(Predicate<ReviewRoute> when, ApplicationStatus from, ApplicationEvent event,
                           ApplicationStatus returnedFrom, ApplicationStatus to) {
    }

    private static final Predicate<ReviewRoute> ANY = r -> true;
    private static final Predicate<ReviewRoute> PRE_EXAM = r -> !r.reviewAfterExam();
    private static final Predicate<ReviewRoute> POST_EXAM = ReviewRoute::reviewAfterExam;
    private static final Predicate<ReviewRoute> ONLINE = r -> r.confirmation() == ConfirmationMode.ONLINE;
    private static final Predicate<ReviewRoute> ON_SITE = r -> r.confirmation() == ConfirmationMode.ON_SITE;
    private static final Predicate<ReviewRoute> ONE_LEVEL = r -> r.reviewLevels() == 1;
    private static final Predicate<ReviewRoute> TWO_LEVELS = r -> r.reviewLevels() == 2;
    private static final Predicate<ReviewRoute> PAYS_ONLINE = ReviewRoute::onlinePayment;

    private static final List<Allowed> ALLOWED = List.of(
            new Allowed(ANY, DRAFT, ApplicationEvent.SUBMIT, null, SUBMITTED),
            new Allowed(ANY, SUBMITTED, ApplicationEvent.WITHDRAW, null, DRAFT),
            new Allowed(PRE_EXAM, SUBMITTED, ApplicationEvent.CONFIRM, null, CONFIRMED),
            new Allowed(POST_EXAM, SUBMITTED, ApplicationEvent.CONFIRM, null, APPROVED),
            new Allowed(ONLINE, SUBMITTED, ApplicationEvent.FAIL_CONFIRMATION, null, CONFIRMATION_FAILED),
            new Allowed(ANY, CONFIRMATION_FAILED, ApplicationEvent.RESUBMIT, null, SUBMITTED),
            new Allowed(ANY, RETURNED, ApplicationEvent.RESUBMIT, CONFIRMED, CONFIRMED),
            new Allowed(ANY, RETURNED, ApplicationEvent.RESUBMIT, SITE_APPROVED, SITE_APPROVED),
            new Allowed(PRE_EXAM.and(ONE_LEVEL), CONFIRMED, ApplicationEvent.APPROVE, null, APPROVED),
            new Allowed(PRE_EXAM.and(TWO_LEVELS), CONFIRMED, ApplicationEvent.APPROVE, null, SITE_APPROVED),
            new Allowed(TWO_LEVELS, SITE_APPROVED, ApplicationEvent.APPROVE, null, APPROVED),
            new Allowed(PRE_EXAM, CONFIRMED, ApplicationEvent.RETURN, null, RETURNED),
            new Allowed(PRE_EXAM.and(TWO_LEVELS), SITE_APPROVED, ApplicationEvent.RETURN, null, RETURNED),
            new Allowed(PRE_EXAM, CONFIRMED, ApplicationEvent.REFUSE, null, REFUSED),
            new Allowed(PRE_EXAM.and(TWO_LEVELS), SITE_APPROVED, ApplicationEvent.REFUSE, null, REFUSED),
            new Allowed(ANY, DRAFT, ApplicationEvent.CONFIRMATION_DEADLINE_PASSED, null, ABANDONED),
            new Allowed(ANY, RETURNED, ApplicationEvent.CONFIRMATION_DEADLINE_PASSED, null, ABANDONED),
            new Allowed(ANY, CONFIRMATION_FAILED, ApplicationEvent.CONFIRMATION_DEADLINE_PASSED, null, ABANDONED),
            new Allowed(ON_SITE, SUBMITTED, ApplicationEvent.CONFIRMATION_DEADLINE_PASSED, null, ABANDONED),
            new Allowed(PAYS_ONLINE, APPROVED, ApplicationEvent.PAY, null, PAID),
            new Allowed(PAYS_ONLINE, APPROVED, ApplicationEvent.PAYMENT_DEADLINE_PASSED, null, ABANDONED));

    private static List<ReviewRoute> everyRoute() {
        List<ReviewRoute> routes = new ArrayList<>();
        for (int levels : new int[] {1, 2}) {
            for (boolean afterExam : new boolean[] {false, true}) {
                for (ConfirmationMode mode : ConfirmationMode.values()) {
                    for (boolean online : new boolean[] {true, false}) {
                        routes.add(new ReviewRoute(levels, afterExam, mode, online));
                    }
                }
            }
        }
        return routes;
    }

    @Test
    void aDraftHasNoValidRegistrationFormEveryOtherStatusHas() {
        assertThat(ApplicationLifecycle.formValid(DRAFT)).as("never submitted, or withdrawn").isFalse();
        assertThat(ApplicationLifecycle.formValid(null)).isFalse();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status != DRAFT) {
                assertThat(ApplicationLifecycle.formValid(status)).as(status.name()).isTrue();
            }
        }
    }

    @Test
    void everyEventFromEveryStatusOnEveryRoute() {
        List<ApplicationStatus> returnedFroms = new ArrayList<>(Arrays.asList(ApplicationStatus.values()));
        returnedFroms.add(null);
        int allowed = 0;
        for (ReviewRoute route : everyRoute()) {
            for (ApplicationStatus from : ApplicationStatus.values()) {
                for (ApplicationEvent event : ApplicationEvent.values()) {
                    for (ApplicationStatus returnedFrom : returnedFroms) {
                        ApplicationStatus expected = ALLOWED.stream()
                                .filter(a -> a.from == from && a.event == event && a.when.test(route)
                                        && (a.returnedFrom == null || a.returnedFrom == returnedFrom))
                                .map(Allowed::to).findFirst().orElse(null);
                        String what = route + " " + from + " " + event + " returnedFrom=" + returnedFrom;
                        if (expected != null) {
                            allowed++;
                            assertThat(ApplicationLifecycle.allowed(from, event, route, returnedFrom)).as(what).isTrue();
                            assertThat(ApplicationLifecycle.next(from, event, route, returnedFrom)).as(what).isEqualTo(expected);
                        } else {
                            assertThat(ApplicationLifecycle.allowed(from, event, route, returnedFrom)).as(what).isFalse();
                            BaokaoException refusal = catchThrowableOfType(BaokaoException.class,
                                    () -> ApplicationLifecycle.next(from, event, route, returnedFrom));
                            assertThat(refusal).as(what).isNotNull();
                            assertThat(refusal.getMessageKey()).isEqualTo("application.transition.refused."
                                    + event.name().toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
        }
        assertThat(allowed).isPositive();
    }

    @Test
    void twoLevelReviewPassesThroughTheSiteQueueThenTheRegionQueue() {
        ReviewRoute route = new ReviewRoute(2, false, ConfirmationMode.ON_SITE, true);
        assertThat(ApplicationLifecycle.stageOf(SUBMITTED, route)).contains(ReviewStage.CONFIRMATION);
        assertThat(ApplicationLifecycle.stageOf(CONFIRMED, route)).contains(ReviewStage.SITE_REVIEW);
        assertThat(ApplicationLifecycle.stageOf(SITE_APPROVED, route)).contains(ReviewStage.REGION_REVIEW);
        assertThat(ApplicationLifecycle.stageOf(APPROVED, route)).isEmpty();
    }

    @Test
    void oneLevelReviewSkipsTheSiteQueue() {
        ReviewRoute route = new ReviewRoute(1, false, ConfirmationMode.ONLINE, true);
        assertThat(ApplicationLifecycle.stageOf(CONFIRMED, route)).contains(ReviewStage.REGION_REVIEW);
        assertThat(ApplicationLifecycle.stageOf(SITE_APPROVED, route)).isEmpty();
    }

    @Test
    void reviewAfterTheExamHasNoPreExamQueueAndIsDueOnceTheExamStarted() {
        ReviewRoute route = new ReviewRoute(1, true, ConfirmationMode.ONLINE, true);
        assertThat(ApplicationLifecycle.stageOf(CONFIRMED, route)).isEmpty();
        Instant exam = Instant.parse("2026-12-20T01:00:00Z");
        assertThat(ApplicationLifecycle.postExamReviewDue(PAID, route, PostExamReview.PENDING, exam, exam.minusSeconds(1))).isFalse();
        assertThat(ApplicationLifecycle.postExamReviewDue(PAID, route, PostExamReview.PENDING, exam, exam)).isTrue();
        assertThat(ApplicationLifecycle.postExamReviewDue(SCORED, route, PostExamReview.PENDING, exam, exam)).isTrue();
        assertThat(ApplicationLifecycle.postExamReviewDue(SCORED, route, PostExamReview.FAILED, exam, exam)).isFalse();
        assertThat(ApplicationLifecycle.postExamReviewDue(ABANDONED, route, PostExamReview.PENDING, exam, exam)).isFalse();
        ReviewRoute before = new ReviewRoute(1, false, ConfirmationMode.ONLINE, true);
        assertThat(ApplicationLifecycle.postExamReviewDue(PAID, before, PostExamReview.PENDING, exam, exam)).isFalse();
    }

    @Test
    void onlyDraftsAndReturnedApplicationsAreEditable() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(status.editableByCandidate()).as(status.name()).isEqualTo(status == DRAFT || status == RETURNED);
        }
    }

    // ---- deadlines: start inclusive, end exclusive ----

    private static final Instant OPENS = Instant.parse("2026-11-01T01:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant RESUBMIT_BY = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant CONFIRM_BY = Instant.parse("2026-11-25T09:00:00Z");
    private static final ExamCalendar CALENDAR = new ExamCalendar(new Window(OPENS, CLOSES), RESUBMIT_BY, CONFIRM_BY,
            Instant.parse("2026-11-30T09:00:00Z"), new Window(Instant.parse("2026-12-10T01:00:00Z"),
            Instant.parse("2026-12-20T01:00:00Z")), Instant.parse("2027-01-20T01:00:00Z"));

    private static boolean inTime(ApplicationEvent event, ApplicationStatus from, Instant now) {
        return ApplicationLifecycle.inTime(event, from, CALENDAR, now);
    }

    @Test
    void submittingAndWithdrawingFollowTheRegistrationWindow() {
        for (ApplicationEvent event : List.of(ApplicationEvent.SUBMIT, ApplicationEvent.WITHDRAW)) {
            assertThat(inTime(event, DRAFT, OPENS.minusMillis(1))).isFalse();
            assertThat(inTime(event, DRAFT, OPENS)).isTrue();
            assertThat(inTime(event, DRAFT, CLOSES.minusMillis(1))).isTrue();
            assertThat(inTime(event, DRAFT, CLOSES)).isFalse();
        }
    }

    @Test
    void aReturnedApplicationIsResubmittedBeforeTheResubmissionDeadline() {
        assertThat(inTime(ApplicationEvent.RESUBMIT, RETURNED, RESUBMIT_BY.minusMillis(1))).isTrue();
        assertThat(inTime(ApplicationEvent.RESUBMIT, RETURNED, RESUBMIT_BY)).isFalse();
        assertThat(inTime(ApplicationEvent.RETURN, CONFIRMED, RESUBMIT_BY.minusMillis(1))).isTrue();
        assertThat(inTime(ApplicationEvent.RETURN, CONFIRMED, RESUBMIT_BY)).isFalse();
    }

    @Test
    void confirmationAndItsRetriesEndAtTheConfirmationDeadline() {
        assertThat(inTime(ApplicationEvent.RESUBMIT, CONFIRMATION_FAILED, CONFIRM_BY.minusMillis(1))).isTrue();
        assertThat(inTime(ApplicationEvent.RESUBMIT, CONFIRMATION_FAILED, CONFIRM_BY)).isFalse();
        assertThat(inTime(ApplicationEvent.CONFIRM, SUBMITTED, CONFIRM_BY.minusMillis(1))).isTrue();
        assertThat(inTime(ApplicationEvent.CONFIRM, SUBMITTED, CONFIRM_BY)).isFalse();
        assertThat(inTime(ApplicationEvent.FAIL_CONFIRMATION, SUBMITTED, CONFIRM_BY)).isFalse();
    }

    @Test
    void abandonmentHappensAtTheConfirmationDeadlineNotBefore() {
        assertThat(inTime(ApplicationEvent.CONFIRMATION_DEADLINE_PASSED, DRAFT, CONFIRM_BY.minusMillis(1))).isFalse();
        assertThat(inTime(ApplicationEvent.CONFIRMATION_DEADLINE_PASSED, DRAFT, CONFIRM_BY)).isTrue();
        assertThat(inTime(ApplicationEvent.CONFIRMATION_DEADLINE_PASSED, DRAFT, CONFIRM_BY.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void paymentIsDueBeforeThePaymentDeadlineAndAbandonedFromIt() {
        Instant payBy = Instant.parse("2026-11-30T09:00:00Z");
        assertThat(inTime(ApplicationEvent.PAY, APPROVED, payBy.minusMillis(1))).isTrue();
        assertThat(inTime(ApplicationEvent.PAY, APPROVED, payBy)).isFalse();
        assertThat(inTime(ApplicationEvent.PAYMENT_DEADLINE_PASSED, APPROVED, payBy.minusMillis(1))).isFalse();
        assertThat(inTime(ApplicationEvent.PAYMENT_DEADLINE_PASSED, APPROVED, payBy)).isTrue();
    }

    @Test
    void withoutOnlinePaymentApprovalIsTheEndOfTheRoad() {
        ReviewRoute offline = new ReviewRoute(1, false, ConfirmationMode.ONLINE, false);
        assertThat(ApplicationLifecycle.allowed(APPROVED, ApplicationEvent.PAY, offline, null)).isFalse();
        assertThat(ApplicationLifecycle.allowed(APPROVED, ApplicationEvent.PAYMENT_DEADLINE_PASSED, offline, null)).isFalse();
    }

    @Test
    void decisionsHaveNoDeadlineOfTheirOwn() {
        assertThat(inTime(ApplicationEvent.APPROVE, CONFIRMED, CONFIRM_BY.plus(Duration.ofDays(3)))).isTrue();
        assertThat(inTime(ApplicationEvent.REFUSE, SITE_APPROVED, CONFIRM_BY.plus(Duration.ofDays(3)))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aResubmissionIsToldAsOneNotAsTheFirstSubmission() {
        // issue 22: a corrected application came back to CONFIRMED and the candidate read "报名已确认，等待审核"
        assertThat(ApplicationLifecycle.noticeKey(ApplicationEvent.RESUBMIT, CONFIRMED)).isEqualTo("notice.application.RESUBMITTED");
        assertThat(ApplicationLifecycle.noticeKey(ApplicationEvent.RESUBMIT, SITE_APPROVED)).isEqualTo("notice.application.RESUBMITTED");
        assertThat(ApplicationLifecycle.noticeKey(ApplicationEvent.RESUBMIT, SUBMITTED)).isEqualTo("notice.application.RESUBMITTED");
        assertThat(ApplicationLifecycle.noticeKey(ApplicationEvent.SUBMIT, SUBMITTED)).isEqualTo("notice.application.SUBMITTED");
        assertThat(ApplicationLifecycle.noticeKey(ApplicationEvent.CONFIRM, CONFIRMED)).isEqualTo("notice.application.CONFIRMED");
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("com.baokao.i18n.messages", java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.getString("notice.application.RESUBMITTED.title")).isEqualTo("报名已重新提交");
        assertThat(zh.getString("notice.application.RESUBMITTED.body")).contains("已重新提交").doesNotContain("已确认");
    }
}

package com.baokao.itest.incontainer;

import com.baokao.application.ApplicationQueries;
import com.baokao.application.ApplicationStatus;
import com.baokao.application.DeadlineSweeps;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.decision.ReasonEntry;
import com.baokao.decision.ReviewReason;
import com.baokao.inbox.Inbox;
import com.baokao.platform.BusinessTime;
import com.baokao.review.ApplicationReview;
import com.baokao.review.OnSiteConfirmation;
import com.baokao.review.ReviewQueue;
import com.baokao.schedule.Cadence;
import com.baokao.schedule.ClusterScheduler;
import com.baokao.schedule.DeadlineSchedules;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lifecycle's deadlines and the scheduler that runs their sweeps, in InContainerIT's region and deployment (InContainerIT
 * runs each of these as one of its tests): the confirmation deadline abandons what waited for the candidate, once; the
 * payment deadline abandons unpaid approvals where payment is online; a draft is reminded once before registration
 * closes; a scheduled job's due time runs once, also when two nodes tick at the same moment.
 */
@Dependent
public class DeadlinesAndSchedules {

    @Inject
    ReviewRegion region;

    @Inject
    DeployedSchedules schedules;

    @EJB
    AsCandidate candidate;

    @EJB
    AsRegionReviewer regionReviewer;

    @EJB
    AsSiteAReviewer siteAReviewer;

    @EJB
    TestData data;

    @EJB
    ApplicationQueries applicationQueries;

    @EJB
    ApplicationReview review;

    @EJB
    ReviewQueue queue;

    @EJB
    OnSiteConfirmation onSite;

    @EJB
    Inbox inbox;

    @EJB
    DeadlineSweeps sweeps;

    @EJB
    ClusterScheduler scheduler;

    @Resource
    ManagedExecutorService executor;

    /**
     * The confirmation deadline abandons what waited for the candidate (a draft, a returned application, a failed
     * online confirmation, a printout not taken to the site), once; an online submission waits for a reviewer and stays.
     */
    public void theConfirmationDeadlineAbandonsWhatWaitedForTheCandidateOnce() throws Exception {
        long pointOne = region.pointOne();
        long siteA = region.siteA();
        long draft = region.draft(region.session(2, ConfirmationMode.ONLINE), pointOne, siteA);

        long returned = region.submitted(region.session(1, ConfirmationMode.ON_SITE), pointOne, siteA);
        String code = region.printedCode(returned);
        siteAReviewer.call(() -> onSite.confirmOnSite(code));
        long atRegion = regionReviewer.call(() -> review.open(returned)).version();
        regionReviewer.run(() -> review.returnForCorrection(returned, atRegion,
                List.of(new ReasonEntry(ReviewReason.OTHER, null, "请补充材料"))));

        long failed = region.submitted(region.session(1, ConfirmationMode.ONLINE), pointOne, siteA);
        long atSite = siteAReviewer.call(() -> review.open(failed)).version();
        siteAReviewer.run(() -> review.failConfirmation(failed, atSite,
                List.of(new ReasonEntry(ReviewReason.PROOF_MISSING, "proof.EDUCATION", null))));

        long onSite = region.submitted(region.session(2, ConfirmationMode.ON_SITE), pointOne, siteA);
        long online = region.submitted(region.session(1, ConfirmationMode.ONLINE), pointOne, siteA);

        List<Long> all = List.of(draft, returned, failed, onSite, online);
        assertEquals(List.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED, ApplicationStatus.CONFIRMATION_FAILED,
                ApplicationStatus.SUBMITTED, ApplicationStatus.SUBMITTED), region.statuses(all));

        schedules.hold(DeadlineSchedules.ABANDONMENT);
        for (long id : all) {
            data.confirmationDeadlinePassed(candidate.call(() -> applicationQueries.view(id)).sessionId());
        }

        // the candidate's move (draft, returned, failed, printout to take to the site) is abandoned; an online
        // submission waits for a reviewer, not for the candidate, and stays
        assertEquals(4, sweeps.abandonAfterConfirmationDeadline());
        assertEquals(List.of(ApplicationStatus.ABANDONED, ApplicationStatus.ABANDONED, ApplicationStatus.ABANDONED,
                ApplicationStatus.ABANDONED, ApplicationStatus.SUBMITTED), region.statuses(all));
        String action = "application.confirmation_deadline_passed";
        assertEquals(List.of(1L, 1L, 1L, 1L, 0L), region.auditEvents(all, action));
        List<List<Object>> rows = new ArrayList<>();
        for (long id : all) {
            rows.add(Arrays.asList(data.applicationRow(id)));
        }

        assertEquals(0, sweeps.abandonAfterConfirmationDeadline());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(rows.get(i), Arrays.asList(data.applicationRow(all.get(i))));
        }
        assertEquals(List.of(1L, 1L, 1L, 1L, 0L), region.auditEvents(all, action));
        assertEquals(1, region.notices(draft)); // a draft has no notice until it is abandoned
    }

    /** Unpaid at the payment deadline: abandoned where payment is online; approval stands where it is not. */
    public void thePaymentDeadlineAbandonsUnpaidApprovalsOnlyWherePaymentIsOnline() throws Exception {
        List<Long> approved = new ArrayList<>();
        for (boolean online : new boolean[] {true, false}) {
            approved.add(region.approved(region.session(1, ConfirmationMode.ONLINE, online)));
        }
        assertEquals(List.of(ApplicationStatus.APPROVED, ApplicationStatus.APPROVED), region.statuses(approved));
        schedules.hold(DeadlineSchedules.PAYMENT_ABANDONMENT);
        for (long id : approved) {
            data.paymentDeadlinePassed(candidate.call(() -> applicationQueries.view(id)).sessionId());
        }
        assertEquals(1, sweeps.abandonAfterPaymentDeadline());
        assertEquals(List.of(ApplicationStatus.ABANDONED, ApplicationStatus.APPROVED), region.statuses(approved));
        assertEquals(0, sweeps.abandonAfterPaymentDeadline());
        assertEquals(List.of(1L, 0L), region.auditEvents(approved, "application.payment_deadline_passed"));
    }

    /** 待办事项提醒: a draft whose registration closes within three days gets one reminder, however often the job runs. */
    public void aDraftIsRemindedOnceBeforeRegistrationCloses() throws Exception {
        long session = region.session(1, ConfirmationMode.ONLINE);
        long draft = region.draft(session, region.pointOne(), region.siteA());
        data.registrationClosesIn(session, Duration.ofHours(50));
        sweeps.remindBeforeDeadlines(); // the deployed hourly job may have sent it already: the inbox tells
        assertEquals(0, sweeps.remindBeforeDeadlines(), "a second run sends nothing");
        String link = "/candidate/application.xhtml?id=" + draft;
        List<Inbox.Notice> reminders = candidate.call(() -> inbox.latest(0, 100000, Locale.SIMPLIFIED_CHINESE)).stream()
                .filter(n -> link.equals(n.link()) && n.title().equals("报名即将截止")).toList();
        assertEquals(1, reminders.size());
        assertTrue(reminders.get(0).body().contains("尚未提交"), reminders.get(0).body());
    }

    /** A scheduled job's due time runs once, also when two nodes tick at the same moment. */
    public void aScheduledDueTimeRunsOnce() throws Exception {
        // daily, twelve hours from now: the latest due time cannot change while the test runs
        Cadence cadence = Cadence.dailyAt(LocalTime.now(BusinessTime.ZONE).plusHours(12).truncatedTo(ChronoUnit.MINUTES));
        String job = "it-review-" + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        ClusterScheduler.Task task = due -> "run " + runs.incrementAndGet();
        assertTrue(scheduler.runIfDue(job, cadence, Duration.ofMinutes(5), task));
        assertFalse(scheduler.runIfDue(job, cadence, Duration.ofMinutes(5), task));
        assertEquals(1, runs.get());
        assertEquals(List.of("DONE"), data.scheduledRunOutcomes(job));

        // two nodes ticking at the same moment: one of them runs it
        String raced = job + "-race";
        AtomicInteger racedRuns = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> ticks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ticks.add(executor.submit(() -> {
                start.await();
                return scheduler.runIfDue(raced, cadence, Duration.ofMinutes(5), due -> "run " + racedRuns.incrementAndGet());
            }));
        }
        start.countDown();
        int ran = 0;
        for (Future<Boolean> tick : ticks) {
            ran += tick.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(1, ran);
        assertEquals(1, racedRuns.get());
        assertEquals(List.of("DONE"), data.scheduledRunOutcomes(raced));
    }
}

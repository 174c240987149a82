package com.baokao.itest.incontainer;

import com.baokao.application.ApplicationQueries;
import com.baokao.application.ApplicationService;
import com.baokao.application.ApplicationStatus;
import com.baokao.application.ApplicationUploads;
import com.baokao.application.ApplicationView;
import com.baokao.application.Choices;
import com.baokao.application.ReviewStage;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.ProofKind;
import com.baokao.decision.ReasonEntry;
import com.baokao.decision.ReviewReason;
import com.baokao.itest.support.TestImages;
import com.baokao.review.ApplicationReview;
import com.baokao.review.OnSiteConfirmation;
import com.baokao.review.ReviewQueue;
import com.baokao.review.ReviewQueue.QueueFilter;
import com.baokao.review.ReviewQueue.QueueRow;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.baokao.itest.incontainer.Outcomes.catchThrowable;
import static com.baokao.itest.incontainer.Outcomes.denied;
import static com.baokao.itest.incontainer.Outcomes.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One deployment, booted once per database (H2, then PostgreSQL), for the in-container features; every Payara Micro
 * boot costs about 25 s of the test command, so features share it rather than each having its own. The deployment
 * carries the review identities ({@link ReviewRegion}): a candidate (account 900000001) and three reviewers of one
 * test region: one of the whole province above it (900000004), one of exam site A (900000005), one of exam site B
 * (900000006).
 * <ul>
 * <li>Review and confirmation (issue 5), here: a site-A reviewer reaches nothing of site B through any review method;
 * of two reviewers claiming one item at once exactly one wins; a two-level review with a return goes back to the queue
 * it came from; on-site confirmation takes the current printout's code and refuses a stale one; a failed online
 * confirmation can be answered with new proofs.</li>
 * <li>Fees, refunds and the sandbox provider's faults (issue 6): {@link PaymentsAndRefunds}.</li>
 * <li>The phone client's API over HTTP (issue 15): {@link PhoneApi}.</li>
 * <li>Deadlines and the cluster scheduler: {@link DeadlinesAndSchedules}.</li>
 * <li>Walk-in registration at a desk (issue 20): {@link WalkInDeskScenario}.</li>
 * <li>Accounts, sign-in and password reset: {@link AccountsAndSignIn}.</li>
 * <li>The exam catalogue's changes: {@link CatalogueChanges}.</li>
 * <li>The batch jobs (housekeeping, fee reconciliation, seats and tickets, scores): {@link BatchJobRuns}.</li>
 * </ul>
 * arquillian-junit5 1.10.2 runs {@code @Nested} classes on the client, not in the container; so the features live in
 * classes of their own and this class runs their tests, one {@code @Test} each. ({@code ApplicationsIT} keeps a
 * deployment of its own: its set-up runs before each of its tests.)
 */
@ExtendWith(ArquillianExtension.class)
class InContainerIT {

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("baokao.it.deploy.dir"), "baokao.war");
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.delete("WEB-INF/glassfish-web.xml");
        return archive.addAsWebInfResource("glassfish-web-test-identities.xml", "glassfish-web.xml")
                .addAsWebInfResource("glassfish-ejb-jar-review-identities.xml", "glassfish-ejb-jar.xml")
                .addClasses(InContainerIT.class, Outcomes.class, AsAdmin.class, AsAdmin.ThrowingRunnable.class, AsCandidate.class,
                        AsRegionReviewer.class, AsSiteAReviewer.class, AsSiteBReviewer.class,
                        TestData.class, TestImages.class, ReviewRegion.class, DeployedSchedules.class,
                        PaymentsAndRefunds.class, DeadlinesAndSchedules.class, PhoneApi.class, PhoneApi.Reply.class,
                        Certificates.class, CertificateData.class, WalkInDeskScenario.class,
                        AccountsAndSignIn.class, CatalogueChanges.class, BatchJobRuns.class, ReconciliationData.class,
                        FeeReconciliationScenario.class, FeeReconciliationScenario.Statement.class, SeatingScenario.class,
                        SeatingScenario.Built.class, ScoreScenario.class, ScoreScenario.Built.class, ScoreScenario.Candidate.class,
                        ScoresAfterTheExam.class, ScoresAfterTheExam.Refused.class);
    }

    @Inject
    AccountsAndSignIn accounts;

    @Inject
    CatalogueChanges catalogue;

    @Inject
    BatchJobRuns batchJobs;

    @Inject
    ReviewRegion region;

    @Inject
    PaymentsAndRefunds paymentsAndRefunds;

    @Inject
    DeadlinesAndSchedules deadlinesAndSchedules;

    @Inject
    PhoneApi phoneApi;

    @Inject
    Certificates certificates;

    @Inject
    WalkInDeskScenario walkInDesk;

    @ArquillianResource
    URL deploymentUrl;

    @EJB
    AsCandidate candidate;

    @EJB
    AsRegionReviewer regionReviewer;

    @EJB
    AsSiteAReviewer siteAReviewer;

    @EJB
    AsSiteBReviewer siteBReviewer;

    @EJB
    TestData data;

    @EJB
    ApplicationService applications;

    @EJB
    ApplicationQueries applicationQueries;

    @EJB
    ApplicationUploads applicationUploads;

    @EJB
    ApplicationReview review;

    @EJB
    ReviewQueue queue;

    @EJB
    OnSiteConfirmation onSite;

    @Resource
    ManagedExecutorService executor;

    @BeforeEach
    void regionSitesAndReviewers() throws Exception {
        region.prepare();
        paymentsAndRefunds.servedAt(deploymentUrl);
        phoneApi.servedAt(deploymentUrl);
    }

    // ---- review and confirmation ----

    @Test
    void aSiteReviewerReachesNothingOfAnotherSite() throws Exception {
        long sessionA = region.session(2, ConfirmationMode.ON_SITE);
        long sessionB = region.session(2, ConfirmationMode.ON_SITE);
        long a = region.submitted(sessionA, region.pointOne(), region.siteA());
        long b = region.submitted(sessionB, region.pointOne(), region.siteB());
        String codeA = region.printedCode(a);
        String codeB = region.printedCode(b);

        // waiting for confirmation: each site reviewer sees their own site's item, the region reviewer both
        List<Long> seenByA = ids(siteAReviewer.call(() -> queue.queue(QueueFilter.waiting(), 0, 1000)));
        assertTrue(seenByA.contains(a));
        assertFalse(seenByA.contains(b));
        assertEquals(0L, siteAReviewer.call(() -> queue.count(in(sessionB))));
        assertEquals(1L, siteBReviewer.call(() -> queue.count(in(sessionB))));
        assertEquals(0L, siteBReviewer.call(() -> queue.count(in(sessionA))));
        assertEquals(1L, regionReviewer.call(() -> queue.count(in(sessionA))));
        assertEquals(1L, regionReviewer.call(() -> queue.count(in(sessionB))));
        List<Long> seenByRegion = ids(regionReviewer.call(() -> queue.queue(QueueFilter.waiting(), 0, 1000)));
        assertTrue(seenByRegion.containsAll(List.of(a, b)));

        // site B's printout at site A's desk is unknown there (not "stale", not "not waiting": nothing leaks)
        assertEquals("confirmation.code.unknown", refusal(catchThrowable(() -> siteAReviewer.call(() -> onSite.confirmOnSite(codeB)))));
        assertEquals(ApplicationStatus.SUBMITTED, region.status(b));
        assertEquals(ApplicationStatus.CONFIRMED, siteBReviewer.call(() -> onSite.confirmOnSite(codeB)).status());
        assertEquals(ApplicationStatus.CONFIRMED, siteAReviewer.call(() -> onSite.confirmOnSite(codeA)).status());

        // confirmed, b waits for site B's first-level review: site A can neither read nor claim nor decide it
        Object[] before = data.applicationRow(b);
        long version = region.version(b);
        List<ReasonEntry> reasons = List.of(new ReasonEntry(ReviewReason.PROOF_UNCLEAR, null, "看不清"));
        List<Callable<Object>> attempts = List.of(
                () -> review.open(b),
                () -> { review.claim(b); return null; },
                () -> { review.release(b); return null; },
                () -> { review.confirm(b, version); return null; },
                () -> { review.failConfirmation(b, version, reasons); return null; },
                () -> { review.approve(b, version); return null; },
                () -> { review.returnForCorrection(b, version, reasons); return null; },
                () -> { review.refuse(b, version, reasons); return null; },
                () -> { review.decidePostExam(b, version, false, reasons); return null; });
        for (int i = 0; i < attempts.size(); i++) {
            Callable<Object> attempt = attempts.get(i);
            assertTrue(denied(catchThrowable(() -> siteAReviewer.call(attempt))), "attempt " + i + " denied");
        }
        assertEquals(Arrays.asList(before), Arrays.asList(data.applicationRow(b)));

        seenByA = ids(siteAReviewer.call(() -> queue.queue(QueueFilter.waiting(), 0, 1000)));
        assertTrue(seenByA.contains(a));
        assertFalse(seenByA.contains(b));
        assertEquals(0L, siteAReviewer.call(() -> queue.count(in(sessionB))));
        assertTrue(siteAReviewer.call(() -> queue.countsByStatus(sessionB)).values().stream().allMatch(c -> c == 0));
        assertNull(siteAReviewer.call(() -> queue.next(in(sessionB), 0)));
        for (ApplicationStatus status : List.of(ApplicationStatus.CONFIRMED, ApplicationStatus.RETURNED, ApplicationStatus.REFUSED)) {
            assertEquals(0L, siteAReviewer.call(() -> queue.count(new QueueFilter(sessionB, null, status, false, null, null, null))));
        }
        assertEquals(1L, siteBReviewer.call(() -> queue.countsByStatus(sessionB)).get(ApplicationStatus.CONFIRMED));
        assertEquals(b, siteBReviewer.call(() -> queue.next(in(sessionB), 0)));

        // the region reviewer reads both, but the first of two levels is the sites' to decide
        for (long id : List.of(a, b)) {
            ApplicationReview.ReviewItem item = regionReviewer.call(() -> review.open(id));
            assertEquals(ReviewStage.SITE_REVIEW, item.stage());
            assertTrue(item.allowed().isEmpty());
            assertFalse(item.mayDecide());
        }
        assertEquals("review.decision.notYours", refusal(catchThrowable(() -> regionReviewer.run(() -> review.approve(b, region.version(b))))));
    }

    @EJB
    com.baokao.review.ReviewStatistics statistics;

    @Test
    void everyStatisticFollowsTheChosenDays() throws Exception {
        // issue 22: the per-day table followed the range, the region and site tables (and their chart and exports)
        // counted everything
        long session = region.session(1, ConfirmationMode.ONLINE);
        long earlier = region.submitted(session, region.pointOne(), region.siteA());
        java.time.LocalDate today = java.time.LocalDate.now(com.baokao.platform.BusinessTime.ZONE);
        // first submitted three days ago: the days of the filter decide whether it counts, in every table
        data.firstSubmittedAt(earlier, today.minusDays(3).atTime(10, 0).atZone(com.baokao.platform.BusinessTime.ZONE).toInstant());

        assertEquals(0L, regionTotal(regionReviewer.call(() -> statistics.byPlace(today, today, session))));
        assertEquals(1L, regionTotal(regionReviewer.call(() -> statistics.byPlace(today.minusDays(3), today, session))));
        assertEquals(1L, regionTotal(regionReviewer.call(() -> statistics.byPlace(today.minusDays(3), today.minusDays(3), session))));
        assertEquals(0L, regionTotal(regionReviewer.call(() -> statistics.byPlace(today.minusDays(20), today.minusDays(10), session))));
        assertEquals(0L, regionReviewer.call(() -> statistics.byDay(today, today, session)).stream()
                .mapToLong(com.baokao.review.ReviewStatistics.DayRow::total).sum());
        assertEquals(1L, regionReviewer.call(() -> statistics.byDay(today.minusDays(3), today, session)).stream()
                .mapToLong(com.baokao.review.ReviewStatistics.DayRow::total).sum());
    }

    private static long regionTotal(List<com.baokao.review.ReviewStatistics.PlaceRow> rows) {
        return rows.stream().filter(r -> r.kind() == com.baokao.review.ReviewStatistics.PlaceKind.REGION)
                .mapToLong(com.baokao.review.ReviewStatistics.PlaceRow::total).sum();
    }

    @Test
    void ofTwoReviewersClaimingOneItemExactlyOneWins() throws Exception {
        long session = region.session(2, ConfirmationMode.ON_SITE);
        long id = region.submitted(session, region.pointOne(), region.siteA());
        String code = region.printedCode(id);
        siteAReviewer.call(() -> onSite.confirmOnSite(code));

        CountDownLatch start = new CountDownLatch(1);
        Future<String> byRegion = executor.submit(() -> {
            start.await();
            try {
                regionReviewer.run(() -> review.claim(id));
                return "claimed";
            } catch (Exception e) {
                return refusal(e);
            }
        });
        Future<String> bySite = executor.submit(() -> {
            start.await();
            try {
                siteAReviewer.run(() -> review.claim(id));
                return "claimed";
            } catch (Exception e) {
                return refusal(e);
            }
        });
        start.countDown();
        String regionOutcome = byRegion.get(60, TimeUnit.SECONDS);
        String siteOutcome = bySite.get(60, TimeUnit.SECONDS);
        List<String> results = new ArrayList<>(List.of(regionOutcome, siteOutcome));
        Collections.sort(results);
        assertEquals(List.of("claimed", "review.claimed.byOther"), results);

        // the loser sees who holds it and may not decide
        boolean siteWon = "claimed".equals(siteOutcome);
        ApplicationReview.ReviewItem seenByLoser = siteWon ? regionReviewer.call(() -> review.open(id))
                : siteAReviewer.call(() -> review.open(id));
        assertEquals(siteWon ? "it-review-site-a" : "it-review-region", seenByLoser.claimedByOther());
        assertFalse(seenByLoser.mayDecide());

        // whoever won: let the region reviewer hold it; the site reviewer, whose decision it is, must wait
        if (siteWon) {
            siteAReviewer.run(() -> review.release(id));
            regionReviewer.run(() -> review.claim(id));
        }
        QueueRow row = siteAReviewer.call(() -> queue.queue(in(session), 0, 10)).get(0);
        assertEquals(id, row.id());
        assertEquals("it-review-region", row.claimedBy());
        assertNull(siteAReviewer.call(() -> queue.next(in(session), 0)));
        assertEquals("review.claimed.byOther", refusal(catchThrowable(() -> siteAReviewer.run(() -> review.claim(id)))));
        assertEquals("review.claimed.byOther",
                refusal(catchThrowable(() -> siteAReviewer.run(() -> review.approve(id, region.version(id))))));
        assertEquals(ApplicationStatus.CONFIRMED, region.status(id));

        regionReviewer.run(() -> review.release(id));
        assertEquals(id, siteAReviewer.call(() -> queue.next(in(session), 0)));
        long claimed = siteAReviewer.call(() -> review.open(id)).version();
        siteAReviewer.run(() -> review.approve(id, claimed));
        assertEquals(ApplicationStatus.SITE_APPROVED, region.status(id));
    }

    @Test
    void twoLevelReviewWithAReturnGoesBackToTheQueueItCameFrom() throws Exception {
        long session = region.session(2, ConfirmationMode.ON_SITE);
        long id = region.submitted(session, region.pointOne(), region.siteA());
        String code = region.printedCode(id);

        // on-site confirmation with the current printout
        assertEquals(ApplicationStatus.CONFIRMED, siteAReviewer.call(() -> onSite.confirmOnSite(code)).status());

        // the site's reviewer approves (first level); a page showing an older version is told to reload
        ApplicationReview.ReviewItem atSite = siteAReviewer.call(() -> review.open(id));
        assertEquals(ReviewStage.SITE_REVIEW, atSite.stage());
        assertTrue(atSite.mayDecide());
        assertEquals("review.stale", refusal(catchThrowable(() -> siteAReviewer.run(() -> review.approve(id, atSite.version() - 1)))));
        siteAReviewer.run(() -> review.approve(id, atSite.version()));
        assertEquals(ApplicationStatus.SITE_APPROVED, region.status(id));
        assertFalse(ids(siteAReviewer.call(() -> queue.queue(in(session), 0, 10))).contains(id));
        assertTrue(ids(regionReviewer.call(() -> queue.queue(in(session), 0, 10))).contains(id));

        // the region's reviewer returns it with a reason pointing at the review point
        List<ReasonEntry> reasons = List.of(new ReasonEntry(ReviewReason.INFORMATION_INCORRECT, "reviewPoint",
                "请选择二号审核点"));
        long atRegion = regionReviewer.call(() -> review.open(id)).version();
        regionReviewer.run(() -> review.returnForCorrection(id, atRegion, reasons));
        assertEquals(ApplicationStatus.RETURNED, region.status(id));
        assertEquals(0L, regionReviewer.call(() -> queue.count(in(session))));

        // the candidate sees the reason next to the field, fixes it and submits again
        ApplicationView returned = candidate.call(() -> applicationQueries.view(id));
        assertTrue(returned.editable());
        assertEquals(List.of(new ApplicationView.ReasonLine("INFORMATION_INCORRECT", "reviewPoint", "请选择二号审核点")),
                returned.reasonsFor("reviewPoint"));
        Choices fixed = ReviewRegion.withPoint(returned.choices(), region.pointTwo());
        candidate.run(() -> applications.submit(id, returned.version(), fixed));
        ApplicationView resubmitted = candidate.call(() -> applicationQueries.view(id));
        assertEquals(ApplicationStatus.SITE_APPROVED, resubmitted.status()); // the queue it came from
        assertTrue(resubmitted.reasons().isEmpty());
        assertEquals("审核测试二号审核点", resubmitted.reviewPoint());

        long again = regionReviewer.call(() -> review.open(id)).version();
        regionReviewer.run(() -> review.approve(id, again));
        ApplicationView approved = candidate.call(() -> applicationQueries.view(id));
        assertEquals(ApplicationStatus.APPROVED, approved.status());

        // the candidate's history and the reviewers' decisions show every change
        List<ApplicationView.HistoryLine> history = new ArrayList<>(approved.history());
        Collections.reverse(history);
        assertEquals(List.of("SUBMITTED", "CONFIRMED", "SITE_APPROVED", "RETURNED", "SITE_APPROVED", "APPROVED"),
                history.stream().map(ApplicationView.HistoryLine::toStatus).toList());
        assertEquals(List.of("SELF", "STAFF", "STAFF", "STAFF", "SELF", "STAFF"),
                history.stream().map(ApplicationView.HistoryLine::actor).toList());
        assertEquals("application.resubmit", history.get(4).action());
        List<ApplicationReview.DecisionLine> decisions = new ArrayList<>(regionReviewer.call(() -> review.open(id)).decisions());
        Collections.reverse(decisions);
        assertEquals(List.of("CONFIRM", "APPROVE", "RETURN", "APPROVE"),
                decisions.stream().map(ApplicationReview.DecisionLine::outcome).toList());
        assertEquals(List.of("CONFIRMATION", "SITE_REVIEW", "REGION_REVIEW", "REGION_REVIEW"),
                decisions.stream().map(ApplicationReview.DecisionLine::stage).toList());
        assertEquals(List.of("it-review-site-a", "it-review-site-a", "it-review-region", "it-review-region"),
                decisions.stream().map(ApplicationReview.DecisionLine::reviewer).toList());
        assertEquals("reviewPoint", decisions.get(2).reasons().get(0).getField());

        // and a notice in the candidate's inbox for each status change; the resubmission told as one (issue 22:
        // it said 考点审核已通过 again, the notice of the status it went back to)
        assertEquals(6, region.notices(id));
        List<String> titles = region.noticeTitles(id);
        assertTrue(titles.contains("报名已重新提交"), titles.toString());
        assertEquals(1, titles.stream().filter("考点审核已通过"::equals).count(), titles.toString());
    }

    @Test
    void onSiteConfirmationRefusesAStalePrintoutAndTakesTheCurrentOne() throws Exception {
        long session = region.session(2, ConfirmationMode.ON_SITE);
        long id = region.submitted(session, region.pointOne(), region.siteA());
        String stale = region.printedCode(id);

        // the candidate takes the submission back, changes the review point and submits again, then prints again
        candidate.run(() -> applications.withdraw(id, applicationQueries.view(id).version()));
        ApplicationView draft = candidate.call(() -> applicationQueries.view(id));
        assertEquals(ApplicationStatus.DRAFT, draft.status());
        candidate.run(() -> applications.submit(id, draft.version(), ReviewRegion.withPoint(draft.choices(), region.pointTwo())));
        String current = region.printedCode(id);
        assertNotEquals(stale, current);

        assertEquals("confirmation.code.stale", refusal(catchThrowable(() -> siteAReviewer.call(() -> onSite.confirmOnSite(stale)))));
        assertEquals("confirmation.code.unknown",
                refusal(catchThrowable(() -> siteAReviewer.call(() -> onSite.confirmOnSite("0000-0000-0000")))));
        assertEquals(ApplicationStatus.SUBMITTED, region.status(id));

        // typed as people type it: lower case, no dashes
        String typed = current.replace("-", "").toLowerCase(Locale.ROOT);
        OnSiteConfirmation.OnSiteResult confirmed = siteAReviewer.call(() -> onSite.confirmOnSite(typed));
        assertEquals(id, confirmed.applicationId());
        assertEquals(ApplicationStatus.CONFIRMED, confirmed.status());
        assertEquals(ApplicationStatus.CONFIRMED, region.status(id));
        assertEquals("confirmation.code.notWaiting",
                refusal(catchThrowable(() -> siteAReviewer.call(() -> onSite.confirmOnSite(current)))));
    }

    @Test
    void aFailedOnlineConfirmationIsAnsweredWithNewProofsAndThenApproved() throws Exception {
        long session = region.session(1, ConfirmationMode.ONLINE);
        long id = region.submitted(session, region.pointOne(), region.siteA());
        String code = region.printedCode(id);
        assertEquals("confirmation.code.onlineRegion",
                refusal(catchThrowable(() -> siteAReviewer.call(() -> onSite.confirmOnSite(code)))));

        ApplicationReview.ReviewItem item = siteAReviewer.call(() -> review.open(id));
        assertEquals(ReviewStage.CONFIRMATION, item.stage());
        assertEquals("review.reasons.required",
                refusal(catchThrowable(() -> siteAReviewer.run(() -> review.failConfirmation(id, item.version(), List.of())))));
        siteAReviewer.run(() -> review.failConfirmation(id, item.version(),
                List.of(new ReasonEntry(ReviewReason.PROOF_UNCLEAR, "proof.EDUCATION", "学历证书照片看不清"))));

        ApplicationView failed = candidate.call(() -> applicationQueries.view(id));
        assertEquals(ApplicationStatus.CONFIRMATION_FAILED, failed.status());
        assertTrue(failed.confirmationRetry());
        assertEquals(List.of(new ApplicationView.ReasonLine("PROOF_UNCLEAR", "proof.EDUCATION", "学历证书照片看不清")),
                failed.reasonsFor("proof.EDUCATION"));

        candidate.run(() -> applicationUploads.uploadConfirmationProof(id, failed.version(), ProofKind.EDUCATION,
                TestImages.photo(600, 420, new Color(240, 240, 235), 150)));
        candidate.run(() -> applications.resubmitForConfirmation(id, applicationQueries.view(id).version()));
        assertEquals(ApplicationStatus.SUBMITTED, region.status(id));
        assertTrue(ids(siteAReviewer.call(() -> queue.queue(in(session), 0, 10))).contains(id));

        long again = siteAReviewer.call(() -> review.open(id)).version();
        siteAReviewer.run(() -> review.confirm(id, again));
        assertEquals(ApplicationStatus.CONFIRMED, region.status(id));

        // one level: the region decides, not the site
        assertEquals("review.decision.notYours",
                refusal(catchThrowable(() -> siteAReviewer.run(() -> review.approve(id, region.version(id))))));
        ApplicationReview.ReviewItem atRegion = regionReviewer.call(() -> review.open(id));
        assertEquals(ReviewStage.REGION_REVIEW, atRegion.stage());
        regionReviewer.run(() -> review.approve(id, atRegion.version()));
        assertEquals(ApplicationStatus.APPROVED, region.status(id));

        List<ApplicationView.HistoryLine> history = new ArrayList<>(candidate.call(() -> applicationQueries.view(id)).history());
        Collections.reverse(history);
        assertEquals(List.of("SUBMITTED", "CONFIRMATION_FAILED", "SUBMITTED", "CONFIRMED", "APPROVED"),
                history.stream().map(ApplicationView.HistoryLine::toStatus).toList());
        assertEquals(5, region.notices(id));
    }

    // ---- the phone client's API over HTTP: PhoneApi ----

    @Test
    void phoneApiWholeCandidatePath() throws Exception {
        phoneApi.wholeCandidatePathThroughTheApiAlone();
    }

    @Test
    void phoneApiAnotherCandidatesAndBrokenTokensReachNothing() throws Exception {
        phoneApi.anotherCandidatesAndBrokenTokensReachNothing();
    }

    @Test
    void phoneApiEveryDocumentedOperationIsServed() throws Exception {
        phoneApi.everyDocumentedOperationIsServed();
    }

    // ---- fees, refunds and the sandbox provider's faults: PaymentsAndRefunds ----

    @Test
    void providerNotificationsAreVerifiedAndRecordedOnce() throws Exception {
        paymentsAndRefunds.providerNotificationsAreVerifiedAndRecordedOnce();
    }

    @Test
    void twoThousandConcurrentPaymentsOfOneApplicationApplyOnceAndRefundTheRest() throws Exception {
        paymentsAndRefunds.twoThousandConcurrentPaymentsOfOneApplicationApplyOnceAndRefundTheRest();
    }

    @Test
    void aDroppedNotificationIsHealedByAskingTheProvider() throws Exception {
        paymentsAndRefunds.aDroppedNotificationIsHealedByAskingTheProvider();
    }

    @Test
    void aCancelledSessionIsRefundedInFullExactlyOnce() throws Exception {
        paymentsAndRefunds.aCancelledSessionIsRefundedInFullExactlyOnce();
    }

    @Test
    void aCancelledSubjectIsRefundedAndAProviderFailureIsRetried() throws Exception {
        paymentsAndRefunds.aCancelledSubjectIsRefundedAndAProviderFailureIsRetried();
    }

    @Test
    void anOutOfOrderNotificationAppliesOnePaymentAndRefundsTheOther() throws Exception {
        paymentsAndRefunds.anOutOfOrderNotificationAppliesOnePaymentAndRefundsTheOther();
    }

    @Test
    void aLateNotificationCountsWhenThePaymentWasMadeBeforeTheDeadline() throws Exception {
        paymentsAndRefunds.aLateNotificationCountsWhenThePaymentWasMadeBeforeTheDeadline();
    }

    // ---- deadlines and the cluster scheduler: DeadlinesAndSchedules ----

    @Test
    void theConfirmationDeadlineAbandonsWhatWaitedForTheCandidateOnce() throws Exception {
        deadlinesAndSchedules.theConfirmationDeadlineAbandonsWhatWaitedForTheCandidateOnce();
    }

    @Test
    void thePaymentDeadlineAbandonsUnpaidApprovalsOnlyWherePaymentIsOnline() throws Exception {
        deadlinesAndSchedules.thePaymentDeadlineAbandonsUnpaidApprovalsOnlyWherePaymentIsOnline();
    }

    @Test
    void aDraftIsRemindedOnceBeforeRegistrationCloses() throws Exception {
        deadlinesAndSchedules.aDraftIsRemindedOnceBeforeRegistrationCloses();
    }

    @Test
    void aScheduledDueTimeRunsOnce() throws Exception {
        deadlinesAndSchedules.aScheduledDueTimeRunsOnce();
    }

    // ---- review queue helpers ----

    private static QueueFilter in(long session) {
        return new QueueFilter(session, null, null, false, null, null, null);
    }

    private static List<Long> ids(List<QueueRow> rows) {
        return rows.stream().map(QueueRow::id).toList();
    }

    // ---- certificates (seed 002) ----

    @Test
    void certificateChoiceIsSavedChangedAndClosedByTheAdministrator() throws Exception {
        certificates.theChoiceIsSavedChangedAndClosedByTheAdministrator();
    }

    @Test
    void certificateNumbersAreIssuedOnceAndNeverReused() throws Exception {
        certificates.numbersAreIssuedOnceAndNeverReused();
    }

    @Test
    void certificatePostalListIsExportedAndTrackingNumbersComeBack() throws Exception {
        certificates.thePostalListIsExportedAndTrackingNumbersComeBack();
    }

    @Test
    void certificatePickUpIsRecordedAtTheDesk() throws Exception {
        certificates.pickUpIsRecordedAtTheDesk();
    }

    // ---- walk-in registration at a desk (issue 20): WalkInDeskScenario ----

    @Test
    void deskExistingCandidatePaysAtTheDeskAndCollectsTheTicket() throws Exception {
        walkInDesk.existingCandidatePaysAtTheDeskAndCollectsTheTicket();
    }

    @Test
    void deskPaymentIsRefundedAtTheDesk() throws Exception {
        walkInDesk.deskPaymentIsRefundedAtTheDesk();
    }

    @Test
    void deskNewCandidateAndAnExamTakenOnlyAtTheDesks() throws Exception {
        walkInDesk.newCandidateAndAnExamTakenOnlyAtTheDesks();
    }

    // ---- AccountsAndSignIn ----

    @Test
    void migrationsRanBeforeTheApplicationStarted() {
        accounts.migrationsRanBeforeTheApplicationStarted();
    }

    @Test
    void registrationDerivesSexAndBirthDateAndStoresTheNormalisedId() {
        accounts.registrationDerivesSexAndBirthDateAndStoresTheNormalisedId();
    }

    @Test
    void invalidInputIsRefusedAndNothingIsStored() {
        accounts.invalidInputIsRefusedAndNothingIsStored();
    }

    @Test
    void aSecondRegistrationWithTheSameIdIsRefused() {
        accounts.aSecondRegistrationWithTheSameIdIsRefused();
    }

    @Test
    void twoRegistrationsAtTheSameMomentGiveOneAccount() throws Exception {
        accounts.twoRegistrationsAtTheSameMomentGiveOneAccount();
    }

    @Test
    void rareCharactersOutsideTheBasicPlaneRoundTrip() {
        accounts.rareCharactersOutsideTheBasicPlaneRoundTrip();
    }

    @Test
    void signInWithIdNumberOrUsernameThroughTheIdentityStore() {
        accounts.signInWithIdNumberOrUsernameThroughTheIdentityStore();
    }

    @Test
    void aPasswordHashedBeforeArgon2idStillSignsInAndIsRehashedThen() {
        accounts.aPasswordHashedBeforeArgon2idStillSignsInAndIsRehashedThen();
    }

    @Test
    void repeatedFailuresNeedTheCaptchaThenSlowDownButNeverLockOut() {
        accounts.repeatedFailuresNeedTheCaptchaThenSlowDownButNeverLockOut();
    }

    @Test
    void passwordResetWithValidExpiredReusedAndWrongCodes() {
        accounts.passwordResetWithValidExpiredReusedAndWrongCodes();
    }

    // ---- CatalogueChanges ----

    @Test
    void onlyAnAdministratorChangesTheCatalogue() {
        catalogue.onlyAnAdministratorChangesTheCatalogue();
    }

    @Test
    void placesInUseCannotBeDeletedAndRefusalsChangeNothing() throws Exception {
        catalogue.placesInUseCannotBeDeletedAndRefusalsChangeNothing();
    }

    @Test
    void aSessionWithAnImpossibleCalendarIsRefusedAndNotStored() throws Exception {
        catalogue.aSessionWithAnImpossibleCalendarIsRefusedAndNotStored();
    }

    @Test
    void publishedSessionsOpenNowOrSoonAreListedForCandidates() throws Exception {
        catalogue.publishedSessionsOpenNowOrSoonAreListedForCandidates();
    }

    @Test
    void aRegionRuleChangedMeanwhileIsNotOverwritten() throws Exception {
        catalogue.aRegionRuleChangedMeanwhileIsNotOverwritten();
    }

    @Test
    void copyingASessionMovesEveryDateAndKeepsItsStructure() throws Exception {
        catalogue.copyingASessionMovesEveryDateAndKeepsItsStructure();
    }

    @Test
    void sittingsAreAppendedInTimeOrderAndOnlyTheLastUnseatedOneIsRemoved() throws Exception {
        catalogue.sittingsAreAppendedInTimeOrderAndOnlyTheLastUnseatedOneIsRemoved();
    }

    @Test
    void examDayRulesAreStoredAsPrintedAndBlankMeansTheStandardOnes() throws Exception {
        catalogue.examDayRulesAreStoredAsPrintedAndBlankMeansTheStandardOnes();
    }

    @Test
    void noticesKeepTheirFormattingButLoseEveryScript() throws Exception {
        catalogue.noticesKeepTheirFormattingButLoseEveryScript();
    }

    @Test
    void fixedAccountFieldsAreCorrectedOnlyWithGroundsAndAreAudited() throws Exception {
        catalogue.fixedAccountFieldsAreCorrectedOnlyWithGroundsAndAreAudited();
    }

    @Test
    void staffAreCreatedAndGivenScopes() throws Exception {
        catalogue.staffAreCreatedAndGivenScopes();
    }

    @Test
    void attachmentsAreCheckedAndOnlyPublishedOnesArePublic() throws Exception {
        catalogue.attachmentsAreCheckedAndOnlyPublishedOnesArePublic();
    }

    // ---- BatchJobRuns ----

    @Test
    void purgesStaleCredentialsAndKeepsFreshOnes() throws Exception {
        batchJobs.purgesStaleCredentialsAndKeepsFreshOnes();
    }

    @Test
    void reconcilesEveryClassOfLineAndKeepsTheReport() throws Exception {
        batchJobs.reconcilesEveryClassOfLineAndKeepsTheReport();
    }

    @Test
    void aFailedRunRestartedFromItsCheckpointGivesTheSameReport() throws Exception {
        batchJobs.aFailedRunRestartedFromItsCheckpointGivesTheSameReport();
    }

    @Test
    void aRunWhoseServerDiedIsResumedWithTheSameReport() throws Exception {
        batchJobs.aRunWhoseServerDiedIsResumedWithTheSameReport();
    }

    @Test
    void assignsSeatsTicketsAndSignInSheetsAndAddsLatePayersWithoutMovingAnyone() throws Exception {
        batchJobs.assignsSeatsTicketsAndSignInSheetsAndAddsLatePayersWithoutMovingAnyone();
    }

    @Test
    void aRunStoppedMidwayAndRestartedGivesTheSameSeats() throws Exception {
        batchJobs.aRunStoppedMidwayAndRestartedGivesTheSameSeats();
    }

    @Test
    void sessionsSharingASiteNeverShareASeatAtOverlappingTimes() throws Exception {
        batchJobs.sessionsSharingASiteNeverShareASeatAtOverlappingTimes();
    }

    @Test
    void importsSkipsWhatItCannotMatchAndAReimportChangesOnlyTheCorrections() throws Exception {
        batchJobs.importsSkipsWhatItCannotMatchAndAReimportChangesOnlyTheCorrections();
    }

    @Test
    void anImportStoppedMidwayOrWhoseServerDiedEndsWithTheSameScores() throws Exception {
        batchJobs.anImportStoppedMidwayOrWhoseServerDiedEndsWithTheSameScores();
    }

    @Test
    void scoresAreHiddenUntilTheReleaseTimeAndCandidatesAreToldOnce() throws Exception {
        batchJobs.scoresAreHiddenUntilTheReleaseTimeAndCandidatesAreToldOnce();
    }
}

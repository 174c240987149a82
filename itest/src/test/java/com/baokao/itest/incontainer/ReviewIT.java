package com.baokao.itest.incontainer;

import com.baokao.application.ApplicationQueries;
import com.baokao.application.ApplicationService;
import com.baokao.application.ApplicationStatus;
import com.baokao.application.ApplicationUploads;
import com.baokao.application.ApplicationView;
import com.baokao.application.Choices;
import com.baokao.application.DeadlineSweeps;
import com.baokao.application.ReviewStage;
import com.baokao.catalogue.CatalogueService;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.ProofKind;
import com.baokao.catalogue.SessionForm;
import com.baokao.decision.ReasonEntry;
import com.baokao.decision.ReviewReason;
import com.baokao.i18n.BaokaoException;
import com.baokao.inbox.Inbox;
import com.baokao.itest.support.TestImages;
import com.baokao.payment.PaymentSignature;
import com.baokao.payment.Payments;
import com.baokao.payment.ReceivedPayment;
import com.baokao.payment.RefundExecutor;
import com.baokao.platform.BusinessTime;
import com.baokao.profile.BasicInfo;
import com.baokao.profile.Education;
import com.baokao.profile.InvoiceKind;
import com.baokao.profile.PracticeCategory;
import com.baokao.profile.ProfileService;
import com.baokao.profile.UnitType;
import com.baokao.review.ApplicationReview;
import com.baokao.review.OnSiteConfirmation;
import com.baokao.review.ReviewQueue.QueueFilter;
import com.baokao.review.ReviewQueue.QueueRow;
import com.baokao.review.ReviewQueue;
import com.baokao.schedule.Cadence;
import com.baokao.schedule.ClusterScheduler;
import com.baokao.schedule.DeadlineSchedules;
import com.baokao.staff.ScopeType;
import com.baokao.staff.StaffAdministration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.awt.Color;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.baokao.itest.incontainer.Outcomes.catchThrowable;
import static com.baokao.itest.incontainer.Outcomes.denied;
import static com.baokao.itest.incontainer.Outcomes.refusal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Review and confirmation in the container (issue 5), acting as one candidate (account 900000001) and three
 * reviewers of one test region: one of the whole province above it (900000004), one of exam site A (900000005),
 * one of exam site B (900000006). A site-A reviewer reaches nothing of site B through any review method; of two
 * reviewers claiming one item at once exactly one wins; a two-level review with a return goes back to the queue
 * it came from; on-site confirmation takes the current printout's code and refuses a stale one; a failed online
 * confirmation can be answered with new proofs; the confirmation deadline abandons what waited for the candidate,
 * once; and a scheduled job's due time runs once.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    static final long CANDIDATE = 900000001L;
    static final long REGION_REVIEWER = 900000004L;
    static final long SITE_A_REVIEWER = 900000005L;
    static final long SITE_B_REVIEWER = 900000006L;

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("baokao.it.deploy.dir"), "baokao.war");
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.delete("WEB-INF/glassfish-web.xml");
        return archive.addAsWebInfResource("glassfish-web-test-identities.xml", "glassfish-web.xml")
                .addAsWebInfResource("glassfish-ejb-jar-review-identities.xml", "glassfish-ejb-jar.xml")
                .addClasses(ReviewIT.class, Outcomes.class, AsAdmin.class, AsAdmin.ThrowingRunnable.class, AsCandidate.class,
                        AsRegionReviewer.class, AsSiteAReviewer.class, AsSiteBReviewer.class,
                        TestData.class, TestImages.class);
    }

    @EJB
    AsAdmin admin;

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
    CatalogueService catalogue;

    @EJB
    StaffAdministration staff;

    @EJB
    ProfileService profiles;

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

    @EJB
    Inbox inbox;

    @EJB
    DeadlineSweeps sweeps;

    @EJB
    com.baokao.payment.Payments payments;

    @jakarta.inject.Inject
    com.baokao.payment.PaymentSettings paymentSettings;

    @EJB
    com.baokao.payment.PaymentDesk paymentDesk;

    @EJB
    com.baokao.sandbox.SandboxProvider sandbox;

    @jakarta.inject.Inject
    com.baokao.sandbox.SandboxNotifier sandboxNotifier;

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL deploymentUrl;

    @EJB
    ClusterScheduler scheduler;

    @EJB
    com.baokao.payment.Cancellations cancellations;

    @EJB
    RefundExecutor refundExecutor;

    @Resource
    ManagedExecutorService executor;

    private static long region;
    private static long pointOne;
    private static long pointTwo;
    private static long siteA;
    private static long siteB;
    private static int sessions;

    /**
     * Once per deployment: a province with a city below it, two review points and two exam sites (A, B) in the city,
     * the three reviewers with their scopes, and a candidate whose profile has its basic information and a photo.
     */
    @BeforeEach
    void regionSitesAndReviewers() throws Exception {
        if (region != 0) {
            return;
        }
        data.ensureAccount(CANDIDATE, "CANDIDATE", TestData.nextResidentId("330107"), null, "钱\uD842\uDFB7");
        data.ensureAccount(REGION_REVIEWER, "REVIEWER", null, "it-review-region", "审核员省");
        data.ensureAccount(SITE_A_REVIEWER, "REVIEWER", null, "it-review-site-a", "审核员甲");
        data.ensureAccount(SITE_B_REVIEWER, "REVIEWER", null, "it-review-site-b", "审核员乙");
        String n = String.valueOf(System.nanoTime() % 100000);
        long province = admin.call(() -> catalogue.createRegion("RP" + n, "审核测试省", null));
        region = admin.call(() -> catalogue.createRegion("RC" + n, "审核测试市", province));
        pointOne = admin.call(() -> catalogue.createReviewPoint(region, "审核测试一号审核点", "审核路 1 号"));
        pointTwo = admin.call(() -> catalogue.createReviewPoint(region, "审核测试二号审核点", "审核路 2 号"));
        siteA = admin.call(() -> catalogue.createSite(region, "RA" + n, "审核测试甲考点", "审核路 3 号", false));
        siteB = admin.call(() -> catalogue.createSite(region, "RB" + n, "审核测试乙考点", "审核路 4 号", false));
        // the region reviewer answers for the province, and so for the city below it
        admin.run(() -> staff.assignScope(REGION_REVIEWER, ScopeType.REGION, province));
        admin.run(() -> staff.assignScope(SITE_A_REVIEWER, ScopeType.SITE, siteA));
        admin.run(() -> staff.assignScope(SITE_B_REVIEWER, ScopeType.SITE, siteB));

        // other test classes share this candidate: keep a profile they made, complete one that is missing
        var mine = candidate.call(() -> profiles.mine());
        if (!mine.basicInfoSaved()) {
            BasicInfo info = new BasicInfo(region, Education.BACHELOR, "公共卫生", true, LocalDate.of(2010, 7, 1), "测试单位",
                    UnitType.PUBLIC_INSTITUTION, null, 10, PracticeCategory.NONE, null, InvoiceKind.PERSONAL, null, null);
            candidate.run(() -> profiles.saveBasicInfo(mine.id() == null ? null : mine.version(), info));
        }
        if (candidate.call(() -> profiles.mine()).photo() == null) {
            byte[] photo = TestImages.photo(260, 360, Color.WHITE, 40);
            candidate.run(() -> profiles.uploadPhoto(profiles.mine().version(), photo));
        }
    }

    // ---- the tests ----

    @Test
    void aSiteReviewerReachesNothingOfAnotherSite() throws Exception {
        long sessionA = session(2, ConfirmationMode.ON_SITE);
        long sessionB = session(2, ConfirmationMode.ON_SITE);
        long a = submitted(sessionA, pointOne, siteA);
        long b = submitted(sessionB, pointOne, siteB);
        String codeA = printedCode(a);
        String codeB = printedCode(b);

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
        assertEquals(ApplicationStatus.SUBMITTED, status(b));
        assertEquals(ApplicationStatus.CONFIRMED, siteBReviewer.call(() -> onSite.confirmOnSite(codeB)).status());
        assertEquals(ApplicationStatus.CONFIRMED, siteAReviewer.call(() -> onSite.confirmOnSite(codeA)).status());

        // confirmed, b waits for site B's first-level review: site A can neither read nor claim nor decide it
        Object[] before = data.applicationRow(b);
        long version = version(b);
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
        assertEquals("review.decision.notYours", refusal(catchThrowable(() -> regionReviewer.run(() -> review.approve(b, version(b))))));
    }

    @Test
    void ofTwoReviewersClaimingOneItemExactlyOneWins() throws Exception {
        long session = session(2, ConfirmationMode.ON_SITE);
        long id = submitted(session, pointOne, siteA);
        String code = printedCode(id);
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
                refusal(catchThrowable(() -> siteAReviewer.run(() -> review.approve(id, version(id))))));
        assertEquals(ApplicationStatus.CONFIRMED, status(id));

        regionReviewer.run(() -> review.release(id));
        assertEquals(id, siteAReviewer.call(() -> queue.next(in(session), 0)));
        long claimed = siteAReviewer.call(() -> review.open(id)).version();
        siteAReviewer.run(() -> review.approve(id, claimed));
        assertEquals(ApplicationStatus.SITE_APPROVED, status(id));
    }

    @Test
    void twoLevelReviewWithAReturnGoesBackToTheQueueItCameFrom() throws Exception {
        long session = session(2, ConfirmationMode.ON_SITE);
        long id = submitted(session, pointOne, siteA);
        String code = printedCode(id);

        // on-site confirmation with the current printout
        assertEquals(ApplicationStatus.CONFIRMED, siteAReviewer.call(() -> onSite.confirmOnSite(code)).status());

        // the site's reviewer approves (first level); a page showing an older version is told to reload
        ApplicationReview.ReviewItem atSite = siteAReviewer.call(() -> review.open(id));
        assertEquals(ReviewStage.SITE_REVIEW, atSite.stage());
        assertTrue(atSite.mayDecide());
        assertEquals("review.stale", refusal(catchThrowable(() -> siteAReviewer.run(() -> review.approve(id, atSite.version() - 1)))));
        siteAReviewer.run(() -> review.approve(id, atSite.version()));
        assertEquals(ApplicationStatus.SITE_APPROVED, status(id));
        assertFalse(ids(siteAReviewer.call(() -> queue.queue(in(session), 0, 10))).contains(id));
        assertTrue(ids(regionReviewer.call(() -> queue.queue(in(session), 0, 10))).contains(id));

        // the region's reviewer returns it with a reason pointing at the review point
        List<ReasonEntry> reasons = List.of(new ReasonEntry(ReviewReason.INFORMATION_INCORRECT, "reviewPoint",
                "请选择二号审核点"));
        long atRegion = regionReviewer.call(() -> review.open(id)).version();
        regionReviewer.run(() -> review.returnForCorrection(id, atRegion, reasons));
        assertEquals(ApplicationStatus.RETURNED, status(id));
        assertEquals(0L, regionReviewer.call(() -> queue.count(in(session))));

        // the candidate sees the reason next to the field, fixes it and submits again
        ApplicationView returned = candidate.call(() -> applicationQueries.view(id));
        assertTrue(returned.editable());
        assertEquals(List.of(new ApplicationView.ReasonLine("INFORMATION_INCORRECT", "reviewPoint", "请选择二号审核点")),
                returned.reasonsFor("reviewPoint"));
        Choices fixed = withPoint(returned.choices(), pointTwo);
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

        // and a notice in the candidate's inbox for each status change
        assertEquals(6, notices(id));
    }

    @Test
    void onSiteConfirmationRefusesAStalePrintoutAndTakesTheCurrentOne() throws Exception {
        long session = session(2, ConfirmationMode.ON_SITE);
        long id = submitted(session, pointOne, siteA);
        String stale = printedCode(id);

        // the candidate takes the submission back, changes the review point and submits again, then prints again
        candidate.run(() -> applications.withdraw(id, applicationQueries.view(id).version()));
        ApplicationView draft = candidate.call(() -> applicationQueries.view(id));
        assertEquals(ApplicationStatus.DRAFT, draft.status());
        candidate.run(() -> applications.submit(id, draft.version(), withPoint(draft.choices(), pointTwo)));
        String current = printedCode(id);
        assertNotEquals(stale, current);

        assertEquals("confirmation.code.stale", refusal(catchThrowable(() -> siteAReviewer.call(() -> onSite.confirmOnSite(stale)))));
        assertEquals("confirmation.code.unknown",
                refusal(catchThrowable(() -> siteAReviewer.call(() -> onSite.confirmOnSite("0000-0000-0000")))));
        assertEquals(ApplicationStatus.SUBMITTED, status(id));

        // typed as people type it: lower case, no dashes
        String typed = current.replace("-", "").toLowerCase(Locale.ROOT);
        OnSiteConfirmation.OnSiteResult confirmed = siteAReviewer.call(() -> onSite.confirmOnSite(typed));
        assertEquals(id, confirmed.applicationId());
        assertEquals(ApplicationStatus.CONFIRMED, confirmed.status());
        assertEquals(ApplicationStatus.CONFIRMED, status(id));
        assertEquals("confirmation.code.notWaiting",
                refusal(catchThrowable(() -> siteAReviewer.call(() -> onSite.confirmOnSite(current)))));
    }

    @Test
    void aFailedOnlineConfirmationIsAnsweredWithNewProofsAndThenApproved() throws Exception {
        long session = session(1, ConfirmationMode.ONLINE);
        long id = submitted(session, pointOne, siteA);
        String code = printedCode(id);
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
        assertEquals(ApplicationStatus.SUBMITTED, status(id));
        assertTrue(ids(siteAReviewer.call(() -> queue.queue(in(session), 0, 10))).contains(id));

        long again = siteAReviewer.call(() -> review.open(id)).version();
        siteAReviewer.run(() -> review.confirm(id, again));
        assertEquals(ApplicationStatus.CONFIRMED, status(id));

        // one level: the region decides, not the site
        assertEquals("review.decision.notYours",
                refusal(catchThrowable(() -> siteAReviewer.run(() -> review.approve(id, version(id))))));
        ApplicationReview.ReviewItem atRegion = regionReviewer.call(() -> review.open(id));
        assertEquals(ReviewStage.REGION_REVIEW, atRegion.stage());
        regionReviewer.run(() -> review.approve(id, atRegion.version()));
        assertEquals(ApplicationStatus.APPROVED, status(id));

        List<ApplicationView.HistoryLine> history = new ArrayList<>(candidate.call(() -> applicationQueries.view(id)).history());
        Collections.reverse(history);
        assertEquals(List.of("SUBMITTED", "CONFIRMATION_FAILED", "SUBMITTED", "CONFIRMED", "APPROVED"),
                history.stream().map(ApplicationView.HistoryLine::toStatus).toList());
        assertEquals(5, notices(id));
    }

    @Test
    void theConfirmationDeadlineAbandonsWhatWaitedForTheCandidateOnce() throws Exception {
        long draft = draft(session(2, ConfirmationMode.ONLINE), pointOne, siteA);

        long returned = submitted(session(1, ConfirmationMode.ON_SITE), pointOne, siteA);
        String code = printedCode(returned);
        siteAReviewer.call(() -> onSite.confirmOnSite(code));
        long atRegion = regionReviewer.call(() -> review.open(returned)).version();
        regionReviewer.run(() -> review.returnForCorrection(returned, atRegion,
                List.of(new ReasonEntry(ReviewReason.OTHER, null, "请补充材料"))));

        long failed = submitted(session(1, ConfirmationMode.ONLINE), pointOne, siteA);
        long atSite = siteAReviewer.call(() -> review.open(failed)).version();
        siteAReviewer.run(() -> review.failConfirmation(failed, atSite,
                List.of(new ReasonEntry(ReviewReason.PROOF_MISSING, "proof.EDUCATION", null))));

        long onSite = submitted(session(2, ConfirmationMode.ON_SITE), pointOne, siteA);
        long online = submitted(session(1, ConfirmationMode.ONLINE), pointOne, siteA);

        List<Long> all = List.of(draft, returned, failed, onSite, online);
        assertEquals(List.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED, ApplicationStatus.CONFIRMATION_FAILED,
                ApplicationStatus.SUBMITTED, ApplicationStatus.SUBMITTED), statuses(all));

        holdTheScheduledAbandonment();
        for (long id : all) {
            data.confirmationDeadlinePassed(candidate.call(() -> applicationQueries.view(id)).sessionId());
        }

        // the candidate's move (draft, returned, failed, printout to take to the site) is abandoned; an online
        // submission waits for a reviewer, not for the candidate, and stays
        assertEquals(4, sweeps.abandonAfterConfirmationDeadline());
        assertEquals(List.of(ApplicationStatus.ABANDONED, ApplicationStatus.ABANDONED, ApplicationStatus.ABANDONED,
                ApplicationStatus.ABANDONED, ApplicationStatus.SUBMITTED), statuses(all));
        String action = "application.confirmation_deadline_passed";
        assertEquals(List.of(1L, 1L, 1L, 1L, 0L), auditEvents(all, action));
        List<List<Object>> rows = new ArrayList<>();
        for (long id : all) {
            rows.add(Arrays.asList(data.applicationRow(id)));
        }

        assertEquals(0, sweeps.abandonAfterConfirmationDeadline());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(rows.get(i), Arrays.asList(data.applicationRow(all.get(i))));
        }
        assertEquals(List.of(1L, 1L, 1L, 1L, 0L), auditEvents(all, action));
        assertEquals(1, notices(draft)); // a draft has no notice until it is abandoned
    }

    /** Unpaid at the payment deadline: abandoned where payment is online; approval stands where it is not. */
    @Test
    void thePaymentDeadlineAbandonsUnpaidApprovalsOnlyWherePaymentIsOnline() throws Exception {
        List<Long> approved = new ArrayList<>();
        for (boolean online : new boolean[] {true, false}) {
            long id = submitted(session(1, ConfirmationMode.ONLINE, online), pointOne, siteA);
            regionReviewer.run(() -> review.confirm(id, regionReviewer.call(() -> review.open(id)).version()));
            regionReviewer.run(() -> review.approve(id, regionReviewer.call(() -> review.open(id)).version()));
            approved.add(id);
        }
        assertEquals(List.of(ApplicationStatus.APPROVED, ApplicationStatus.APPROVED), statuses(approved));
        holdTheScheduled(DeadlineSchedules.PAYMENT_ABANDONMENT);
        for (long id : approved) {
            data.paymentDeadlinePassed(candidate.call(() -> applicationQueries.view(id)).sessionId());
        }
        assertEquals(1, sweeps.abandonAfterPaymentDeadline());
        assertEquals(List.of(ApplicationStatus.ABANDONED, ApplicationStatus.APPROVED), statuses(approved));
        assertEquals(0, sweeps.abandonAfterPaymentDeadline());
        assertEquals(List.of(1L, 0L), auditEvents(approved, "application.payment_deadline_passed"));
    }

    /**
     * The provider's notification (issue 6's notify endpoint logic): forged → refused and nothing recorded; the
     * same notification 100 times at once → one payment and PAID; a second payment → queued for refund; a payment
     * for an abandoned application → refund; an unknown order → an operator's exception.
     */
    @Test
    void providerNotificationsAreVerifiedAndRecordedOnce() throws Exception {
        long id = submitted(session(1, ConfirmationMode.ONLINE, true), pointOne, siteA);
        regionReviewer.run(() -> review.confirm(id, regionReviewer.call(() -> review.open(id)).version()));
        regionReviewer.run(() -> review.approve(id, regionReviewer.call(() -> review.open(id)).version()));
        String orderNo = "IT" + System.nanoTime();
        data.openPaymentOrder(700000000L + System.nanoTime() % 100000000L, orderNo, id, 17500);

        Map<String, String> forged = notification(orderNo, "TX-" + orderNo, 17500);
        forged.put("sign", "0".repeat(64));
        assertThrows(Payments.RefusedNotification.class, () -> payments.receiveNotification(forged));
        Map<String, String> tampered = PaymentSignature.signed(notification(orderNo, "TX-" + orderNo, 17500), paymentSettings.key());
        tampered.put("amountFen", "1");
        assertThrows(Payments.RefusedNotification.class, () -> payments.receiveNotification(tampered));
        assertEquals(0, data.paymentRecords(orderNo));

        Map<String, String> genuine = PaymentSignature.signed(notification(orderNo, "TX-" + orderNo, 17500), paymentSettings.key());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ReceivedPayment>> copies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            copies.add(executor.submit(() -> {
                go.await();
                return payments.receiveNotification(genuine);
            }));
        }
        go.countDown();
        Map<ReceivedPayment, Integer> outcomes = new java.util.EnumMap<>(ReceivedPayment.class);
        for (Future<ReceivedPayment> copy : copies) {
            outcomes.merge(copy.get(120, TimeUnit.SECONDS), 1, Integer::sum);
        }
        assertEquals(Map.of(ReceivedPayment.APPLY, 1, ReceivedPayment.ALREADY_RECORDED, 99), outcomes);
        assertEquals(ApplicationStatus.PAID, status(id));
        assertEquals(List.of("APPLIED"), data.paymentOutcomes(id));
        assertEquals(1L, data.auditEvents(id, "payment.applied"));

        // paid again (a second transaction on the same order): kept on record and queued for refund
        assertEquals(ReceivedPayment.REFUND, payments.receiveNotification(
                PaymentSignature.signed(notification(orderNo, "TX2-" + orderNo, 17500), paymentSettings.key())));
        assertEquals(List.of("APPLIED", "REFUND"), data.paymentOutcomes(id));
        assertEquals(List.of("PAID_TWICE"), data.refundReasons(id));

        // an order nobody knows, or a wrong amount: an exception for an operator, nothing applied
        assertEquals(ReceivedPayment.EXCEPTION, payments.receiveNotification(
                PaymentSignature.signed(notification("NOPE-" + orderNo, "TX3-" + orderNo, 17500), paymentSettings.key())));
    }

    /**
     * A dropped notification is healed by asking the provider: the candidate pays on the sandbox while it drops the
     * notification; the application stays APPROVED until the scheduled status check asks the provider, then it is
     * PAID once, recorded as found by query; the candidate's return page agrees.
     */
    @Test
    void aDroppedNotificationIsHealedByAskingTheProvider() throws Exception {
        long id = submitted(session(1, ConfirmationMode.ONLINE, true), pointOne, siteA);
        regionReviewer.run(() -> review.confirm(id, regionReviewer.call(() -> review.open(id)).version()));
        regionReviewer.run(() -> review.approve(id, regionReviewer.call(() -> review.open(id)).version()));
        String siteBase = deploymentUrl.toString().replaceAll("/$", "");
        String payUrl = candidate.call(() -> paymentDesk.checkout(id, siteBase));
        assertEquals(payUrl, candidate.call(() -> paymentDesk.checkout(id, siteBase)), "one open order, reused");
        sandboxNotifier.setFaults(com.baokao.sandbox.FaultPlan.Mode.DROP, 1, 0, 1);
        try {
            sandbox.pay(payUrl.substring(payUrl.lastIndexOf('/') + 1));
            Thread.sleep(1500);
            assertEquals(ApplicationStatus.APPROVED, status(id), "the notification was dropped");
            assertTrue(payments.checkOpenOrders(Duration.ZERO) >= 1);
        } finally {
            sandboxNotifier.setFaults(com.baokao.sandbox.FaultPlan.Mode.NONE, 0, 0, 1);
        }
        assertEquals(ApplicationStatus.PAID, status(id));
        assertEquals(List.of("APPLIED"), data.paymentOutcomes(id));
        assertEquals(com.baokao.payment.PaymentDesk.Outcome.PAID, candidate.call(() -> paymentDesk.afterReturn(id, true)));
    }

    /**
     * A cancelled session (issue 6): the full applied payment is queued for refund once however often it is cancelled;
     * the session can no longer be applied for or paid; the refund is carried out at the sandbox exactly once even when
     * the executor runs twice at the same moment and again afterwards; the candidate is told.
     */
    @Test
    void aCancelledSessionIsRefundedInFullExactlyOnce() throws Exception {
        long session = session(1, ConfirmationMode.ONLINE, true);
        long id = paidThroughSandbox(session);
        String transaction = data.transactionIds(id, "APPLIED").get(0);

        assertEquals(1, admin.call(() -> cancellations.cancelSession(session, "考场不可用")));
        assertEquals(0, admin.call(() -> cancellations.cancelSession(session, "考场不可用")), "cancelling again queues nothing");
        List<Object[]> refunds = data.refunds(id);
        assertEquals(1, refunds.size());
        assertEquals(List.of("QUEUED", "SESSION_CANCELLED", 17500L),
                List.of(refunds.get(0)[1], refunds.get(0)[2], ((Number) refunds.get(0)[3]).longValue()));
        assertEquals(1L, data.sessionAuditEvents(session, "session.cancelled"));
        assertEquals("application.exam.cancelled",
                refusal(catchThrowable(() -> candidate.call(() -> applications.start(session, region, true)))));
        assertEquals("payment.sessionCancelled", refusal(catchThrowable(() -> candidate.call(
                () -> paymentDesk.checkout(id, deploymentUrl.toString().replaceAll("/$", ""))))));
        assertTrue(candidate.call(() -> applicationQueries.view(id)).sessionCancelled());
        assertEquals(ApplicationStatus.PAID, status(id), "the application keeps its status, the cancellation shown");

        long refundId = ((Number) refunds.get(0)[0]).longValue();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RefundExecutor.Outcome>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit(() -> {
                go.await();
                return refundExecutor.carryOut(refundId);
            }));
        }
        go.countDown();
        List<RefundExecutor.Outcome> outcomes = new ArrayList<>();
        for (Future<RefundExecutor.Outcome> run : runs) {
            outcomes.add(run.get(60, TimeUnit.SECONDS));
        }
        // the deployed scheduler may have carried it out first: then both runs skip it
        assertTrue(outcomes.stream().filter(o -> o == RefundExecutor.Outcome.DONE).count() <= 1, outcomes.toString());
        refundExecutor.runQueued();
        assertEquals("DONE", data.refunds(id).get(0)[1]);
        assertNotNull(data.refunds(id).get(0)[5], "the provider's refund id");
        assertArrayEquals(new long[] {1, 17500}, sandbox.refundsOf(transaction));
        assertEquals(1L, data.auditEvents(id, "refund.done"));
        assertEquals(1L, candidate.call(() -> inbox.latest(0, 100000, Locale.SIMPLIFIED_CHINESE)).stream()
                .filter(n -> ("/candidate/application.xhtml?id=" + id).equals(n.link()) && n.title().equals("退款已办理")).count());
    }

    /**
     * A cancelled subject: its fee is queued once for the candidate who paid for it; while the provider is unreachable
     * the refund stays queued with the attempt and its error, and a later run completes it, once.
     */
    @Test
    void aCancelledSubjectIsRefundedAndAProviderFailureIsRetried() throws Exception {
        long session = session(1, ConfirmationMode.ONLINE, true);
        long id = paidThroughSandbox(session);
        String transaction = data.transactionIds(id, "APPLIED").get(0);
        long subject = data.subjectIds(session).get(0).longValue();
        holdTheScheduled(DeadlineSchedules.REFUNDS); // the deployed executor stays away while the provider is "down"

        assertEquals(1, admin.call(() -> cancellations.cancelSubject(subject, "科目停考")));
        assertEquals(0, admin.call(() -> cancellations.cancelSubject(subject, "科目停考")));
        assertEquals(0, admin.call(() -> cancellations.cancelSession(session, "全部停考")), "nothing left to refund");
        assertTrue(candidate.call(() -> applicationQueries.view(id)).subjects().get(0).cancelled());
        List<Object[]> refunds = data.refunds(id);
        assertEquals(1, refunds.size());
        assertEquals(List.of("QUEUED", "SUBJECT_CANCELLED", 17500L),
                List.of(refunds.get(0)[1], refunds.get(0)[2], ((Number) refunds.get(0)[3]).longValue()));
        long refundId = ((Number) refunds.get(0)[0]).longValue();

        String provider = deploymentUrl.toString().replaceAll("/$", "") + "/api/sandbox";
        data.providerUrlOf(id, "http://127.0.0.1:9/api/sandbox");
        try {
            assertEquals(RefundExecutor.Outcome.RETRY, refundExecutor.carryOut(refundId));
            Object[] after = data.refunds(id).get(0);
            assertEquals("QUEUED", after[1]);
            assertTrue(((Number) after[4]).intValue() >= 1);
            assertNotNull(after[6], "the last error is kept for an operator");
            assertEquals(RefundExecutor.Outcome.SKIPPED, refundExecutor.carryOut(refundId), "not due before its wait is over");
        } finally {
            data.providerUrlOf(id, provider);
        }
        assertArrayEquals(new long[] {0, 0}, sandbox.refundsOf(transaction));
        data.refundDueNow(refundId);
        refundExecutor.runQueued();
        assertEquals("DONE", data.refunds(id).get(0)[1]);
        refundExecutor.runQueued();
        assertArrayEquals(new long[] {1, 17500}, sandbox.refundsOf(transaction));
        assertEquals(1L, data.auditEvents(id, "refund.done"));
    }

    /**
     * Out of order (the sandbox's REORDER fault): two payments for one application, the earlier notification held
     * back until the later one has been sent. One payment is applied, the other queued for refund and refunded; which
     * one arrives first does not matter.
     */
    @Test
    void anOutOfOrderNotificationAppliesOnePaymentAndRefundsTheOther() throws Exception {
        long id = approved(session(1, ConfirmationMode.ONLINE, true));
        String siteBase = deploymentUrl.toString().replaceAll("/$", "");
        String payUrl = candidate.call(() -> paymentDesk.checkout(id, siteBase));
        String secondOrder = "ITR" + System.nanoTime();
        data.paymentOrder(700000000L + System.nanoTime() % 100000000L, secondOrder, id, 17500, siteBase + "/api/sandbox");
        com.baokao.sandbox.TradeView second = sandbox.create(new com.baokao.sandbox.SandboxOrder(paymentSettings.merchant(),
                secondOrder, 17500, "乱序测试", siteBase + "/api/payments/notify", siteBase + "/", Instant.now().plus(Duration.ofDays(1))));
        sandboxNotifier.setFaults(com.baokao.sandbox.FaultPlan.Mode.REORDER, 1, 0, 1);
        try {
            sandbox.pay(payUrl.substring(payUrl.lastIndexOf('/') + 1)); // held back
            Thread.sleep(500);
            assertTrue(data.paymentOutcomes(id).isEmpty(), "the first notification is held");
            sandbox.pay(second.tradeNo()); // sent, then the held one
            waitForPayments(id, 2);
        } finally {
            sandboxNotifier.setFaults(com.baokao.sandbox.FaultPlan.Mode.NONE, 0, 0, 1);
        }
        assertEquals(ApplicationStatus.PAID, status(id));
        List<String> outcomes = new ArrayList<>(data.paymentOutcomes(id));
        Collections.sort(outcomes);
        assertEquals(List.of("APPLIED", "REFUND"), outcomes);
        assertEquals(List.of("PAID_TWICE"), data.refundReasons(id));
        String refunded = data.transactionIds(id, "REFUND").get(0);
        refundExecutor.runQueued();
        assertEquals("DONE", data.refunds(id).get(0)[1]);
        assertArrayEquals(new long[] {1, 17500}, sandbox.refundsOf(refunded));
        assertArrayEquals(new long[] {0, 0}, sandbox.refundsOf(data.transactionIds(id, "APPLIED").get(0)));
    }

    /**
     * Late notifications: one that arrives after the payment deadline for a payment made before it is applied; a
     * payment made after the deadline (on an order placed before it) is queued for refund and the application is not paid.
     */
    @Test
    void aLateNotificationCountsWhenThePaymentWasMadeBeforeTheDeadline() throws Exception {
        long session = session(1, ConfirmationMode.ONLINE, true);
        long inTime = approved(session);
        long lateSession = session(1, ConfirmationMode.ONLINE, true);
        long late = approved(lateSession);
        String siteBase = deploymentUrl.toString().replaceAll("/$", "");
        String inTimeUrl = candidate.call(() -> paymentDesk.checkout(inTime, siteBase));
        String lateUrl = candidate.call(() -> paymentDesk.checkout(late, siteBase));
        holdTheScheduled(DeadlineSchedules.PAYMENT_ABANDONMENT);

        sandboxNotifier.setFaults(com.baokao.sandbox.FaultPlan.Mode.DELAY, 1, 3000, 1);
        try {
            sandbox.pay(inTimeUrl.substring(inTimeUrl.lastIndexOf('/') + 1)); // paid now, notified in 3 s
            Thread.sleep(50);
            data.paymentDeadlineAt(session, Instant.now()); // the deadline passes before the notification arrives
            assertTrue(data.paymentOutcomes(inTime).isEmpty());
            waitForPayments(inTime, 1);
        } finally {
            sandboxNotifier.setFaults(com.baokao.sandbox.FaultPlan.Mode.NONE, 0, 0, 1);
        }
        assertEquals(List.of("APPLIED"), data.paymentOutcomes(inTime));
        assertEquals(ApplicationStatus.PAID, status(inTime));

        data.paymentDeadlineAt(lateSession, Instant.now().minusSeconds(1));
        sandbox.pay(lateUrl.substring(lateUrl.lastIndexOf('/') + 1)); // the provider's order is still open: paid late
        waitForPayments(late, 1);
        assertEquals(List.of("REFUND"), data.paymentOutcomes(late));
        assertEquals(List.of("PAID_AFTER_DEADLINE"), data.refundReasons(late));
        assertEquals(ApplicationStatus.APPROVED, status(late));
    }

    /** An approved application in a region that takes fees online. */
    private long approved(long session) throws Exception {
        long id = submitted(session, pointOne, siteA);
        regionReviewer.run(() -> review.confirm(id, regionReviewer.call(() -> review.open(id)).version()));
        regionReviewer.run(() -> review.approve(id, regionReviewer.call(() -> review.open(id)).version()));
        return id;
    }

    /** Approved, then paid by the candidate on the sandbox provider's page; returns once Baokao recorded it. */
    private long paidThroughSandbox(long session) throws Exception {
        long id = approved(session);
        String payUrl = candidate.call(() -> paymentDesk.checkout(id, deploymentUrl.toString().replaceAll("/$", "")));
        sandbox.pay(payUrl.substring(payUrl.lastIndexOf('/') + 1));
        waitForPayments(id, 1);
        assertEquals(ApplicationStatus.PAID, status(id));
        return id;
    }

    private void waitForPayments(long id, int count) throws Exception {
        for (int i = 0; i < 120 && data.paymentOutcomes(id).size() < count; i++) {
            Thread.sleep(250);
        }
        assertEquals(count, data.paymentOutcomes(id).size(), "payments recorded");
    }

    private Map<String, String> notification(String orderNo, String transactionId, long amountFen) {
        Map<String, String> p = new java.util.HashMap<>();
        p.put("merchant", paymentSettings.merchant());
        p.put("orderNo", orderNo);
        p.put("tradeNo", "T" + orderNo);
        p.put("transactionId", transactionId);
        p.put("amountFen", String.valueOf(amountFen));
        p.put("status", "PAID");
        p.put("paidAt", java.time.Instant.now().toString());
        return p;
    }

    /** 待办事项提醒: a draft whose registration closes within three days gets one reminder, however often the job runs. */
    @Test
    void aDraftIsRemindedOnceBeforeRegistrationCloses() throws Exception {
        long session = session(1, ConfirmationMode.ONLINE);
        long draft = draft(session, pointOne, siteA);
        data.registrationClosesIn(session, Duration.ofHours(50));
        sweeps.remindBeforeDeadlines(); // the deployed hourly job may have sent it already: the inbox tells
        assertEquals(0, sweeps.remindBeforeDeadlines(), "a second run sends nothing");
        String link = "/candidate/application.xhtml?id=" + draft;
        List<Inbox.Notice> reminders = candidate.call(() -> inbox.latest(0, 100000, Locale.SIMPLIFIED_CHINESE)).stream()
                .filter(n -> link.equals(n.link()) && n.title().equals("报名即将截止")).toList();
        assertEquals(1, reminders.size());
        assertTrue(reminders.get(0).body().contains("尚未提交"), reminders.get(0).body());
    }

    @Test
    void aScheduledDueTimeRunsOnce() throws Exception {
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

    // ---- catalogue and candidate steps ----

    /** A published session open now in the test region, with one level, one condition and one subject. */
    private long session(int reviewLevels, ConfirmationMode confirmation) throws Exception {
        return session(reviewLevels, confirmation, true);
    }

    private long session(int reviewLevels, ConfirmationMode confirmation, boolean onlinePayment) throws Exception {
        String code = "RV" + (++sessions) + "-" + System.nanoTime() % 100000;
        LocalDateTime opens = LocalDateTime.now(BusinessTime.ZONE).minusHours(1);
        SessionForm form = new SessionForm(code, "审核测试 " + code, "测试职业", opens, opens.plusDays(10), opens.plusDays(12),
                opens.plusDays(14), opens.plusDays(16), opens.plusDays(30), opens.plusDays(37), opens.plusDays(60),
                false, null, 260, 360, true, 15, 45, "WHITE,BLUE", false, false, true);
        return admin.call(() -> {
            long session = catalogue.createSession(form);
            long level = catalogue.addLevel(session, "3", "三级");
            catalogue.addEligibilityCondition(level, "从事本职业工作 6 年以上");
            catalogue.addSubject(level, null, "T", "理论知识", opens.plusDays(50), 90, true, 17500);
            catalogue.setRegionRule(session, region, reviewLevels, false, confirmation, onlinePayment);
            if (confirmation == ConfirmationMode.ONLINE) {
                catalogue.setProofRule(session, ProofKind.EDUCATION, 200, true);
            }
            catalogue.publish(session, true);
            return session;
        });
    }

    /** The candidate's complete draft: review point, site, the level and its condition; proofs the region asks for. */
    private long draft(long session, long point, long site) throws Exception {
        long id = candidate.call(() -> applications.start(session, region, true));
        Choices choices = candidate.call(() -> {
            long level = applicationQueries.options(id, null).levels().get(0).id();
            long condition = applicationQueries.options(id, level).conditions().get(0).id();
            return new Choices(point, site, level, null, condition, null, null, null);
        });
        candidate.run(() -> applications.saveDraft(id, applicationQueries.view(id).version(), choices));
        if (!candidate.call(() -> applicationQueries.view(id)).photoCheck().fits()) {
            byte[] photo = TestImages.photo(260, 360, Color.WHITE, 40);
            candidate.run(() -> applicationUploads.uploadExamPhoto(id, applicationQueries.view(id).version(), photo));
        }
        for (ApplicationView.ProofLine proof : candidate.call(() -> applicationQueries.view(id)).confirmationProofs()) {
            if (proof.required() && proof.file() == null) {
                byte[] scan = TestImages.photo(600, 420, new Color(245, 245, 240), 150);
                candidate.run(() -> applicationUploads.uploadConfirmationProof(id, applicationQueries.view(id).version(), proof.kind(), scan));
            }
        }
        return id;
    }

    private long submitted(long session, long point, long site) throws Exception {
        long id = draft(session, point, site);
        candidate.run(() -> {
            ApplicationView view = applicationQueries.view(id);
            applications.submit(id, view.version(), view.choices());
        });
        assertEquals(ApplicationStatus.SUBMITTED, status(id));
        return id;
    }

    /** Prints the registration form and returns the verification code on it. */
    private String printedCode(long id) throws Exception {
        byte[] pdf = candidate.call(() -> applicationQueries.registrationForm(id));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        return candidate.call(() -> applicationQueries.view(id)).verificationCode();
    }

    private static Choices withPoint(Choices c, long point) {
        return new Choices(point, c.siteId(), c.levelId(), c.specialtyId(), c.conditionId(), c.certificateNumber(),
                c.certificateDate(), c.residencyTrainingDate());
    }

    private ApplicationStatus status(long id) throws Exception {
        return ApplicationStatus.valueOf((String) data.applicationRow(id)[0]);
    }

    private List<ApplicationStatus> statuses(List<Long> ids) throws Exception {
        List<ApplicationStatus> statuses = new ArrayList<>();
        for (long id : ids) {
            statuses.add(status(id));
        }
        return statuses;
    }

    private long version(long id) {
        return ((Number) data.applicationRow(id)[1]).longValue();
    }

    private List<Long> auditEvents(List<Long> ids, String action) {
        return ids.stream().map(id -> data.auditEvents(id, action)).toList();
    }

    /** The candidate's inbox notices about one application. */
    private long notices(long id) throws Exception {
        String link = "/candidate/application.xhtml?id=" + id;
        return candidate.call(() -> inbox.latest(0, 100000, Locale.SIMPLIFIED_CHINESE)).stream()
                .filter(n -> link.equals(n.link())).count();
    }

    private static QueueFilter in(long session) {
        return new QueueFilter(session, null, null, false, null, null, null);
    }

    private static List<Long> ids(List<QueueRow> rows) {
        return rows.stream().map(QueueRow::id).toList();
    }

    /**
     * The deployed application sweeps the confirmation deadline itself every five minutes (DeadlineSchedules). So
     * that the test's own sweeps are the only ones between moving the dates and checking them, the test takes the
     * current five-minute due time of that job first (a run that does nothing), away from the next one.
     */
    private void holdTheScheduledAbandonment() throws Exception {
        holdTheScheduled(DeadlineSchedules.ABANDONMENT);
    }

    private void holdTheScheduled(String job) throws Exception {
        Cadence everyFive = Cadence.everyMinutes(5);
        Instant now = Instant.now();
        Duration toNext = Duration.between(now, everyFive.latestDueAtOrBefore(now).plus(Duration.ofMinutes(5)));
        if (toNext.compareTo(Duration.ofSeconds(20)) < 0) {
            Thread.sleep(toNext.toMillis() + 2000);
        }
        scheduler.runIfDue(job, everyFive, Duration.ofMinutes(30), due -> "held by ReviewIT");
        // a node that took it first: wait for its run to end
        for (int i = 0; i < 120; i++) {
            List<String> outcomes = data.scheduledRunOutcomes(job);
            if (!"RUNNING".equals(outcomes.get(outcomes.size() - 1))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the scheduled abandonment run did not end");
    }

    // ---- outcomes ----

}

package com.baokao.itest.incontainer;

import com.baokao.account.IdType;
import com.baokao.account.Sex;
import com.baokao.account.reset.PasswordResetService;
import com.baokao.application.ApplicationQueries;
import com.baokao.application.ApplicationService;
import com.baokao.application.ApplicationStatus;
import com.baokao.application.Choices;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.desk.DeskSetup;
import com.baokao.desk.PledgeReceipt;
import com.baokao.desk.WalkInDesk;
import com.baokao.payment.Cancellations;
import com.baokao.payment.OfflineMethod;
import com.baokao.payment.OfflinePayments;
import com.baokao.payment.ReceivedPayment;
import com.baokao.payment.RefundExecutor;
import com.baokao.review.ApplicationReview;
import com.baokao.review.OnSiteConfirmation;
import com.baokao.staff.ScopeType;
import com.baokao.staff.StaffAdministration;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.baokao.itest.incontainer.Outcomes.catchThrowable;
import static com.baokao.itest.incontainer.Outcomes.denied;
import static com.baokao.itest.incontainer.Outcomes.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walk-in registration at a desk (issue 20), in InContainerIT's region and deployment: the site-A reviewer also serves the
 * desk of review point one, the site-B reviewer the desk of review point two. An existing candidate is registered at
 * desk one (pledge, application through the same service and rules as online), pays there in cash (PAID exactly as
 * online), gets the receipt and, with a ticket, has it handed over with the ID checked; a desk payment is refunded at
 * the desk when the session is cancelled; a new candidate is registered at the desk and sets a password with the
 * one-time code; an exam taken only at the desks is refused online with the points named; desk two's operator reaches
 * nothing of desk one's.
 */
@Dependent
public class WalkInDeskScenario {

    @Inject
    ReviewRegion region;

    @EJB
    AsAdmin admin;

    @EJB
    AsCandidate candidate;

    @EJB
    AsRegionReviewer regionReviewer;

    @EJB
    AsSiteAReviewer deskOne;

    @EJB
    AsSiteBReviewer deskTwo;

    @EJB
    TestData data;

    @EJB
    StaffAdministration staff;

    @EJB
    DeskSetup setup;

    @EJB
    WalkInDesk desk;

    @EJB
    ApplicationService applications;

    @EJB
    ApplicationQueries applicationQueries;

    @EJB
    ApplicationReview review;

    @EJB
    OnSiteConfirmation onSite;

    @EJB
    Cancellations cancellations;

    @EJB
    RefundExecutor refundExecutor;

    @EJB
    PasswordResetService resets;

    private static boolean desksSet;

    private void prepare() throws Exception {
        region.prepare();
        if (!desksSet) {
            admin.run(() -> {
                setup.takeWalkIns(region.pointOne(), true);
                setup.takeWalkIns(region.pointTwo(), true);
                staff.assignScope(ReviewRegion.SITE_A_REVIEWER, ScopeType.DESK, region.pointOne());
                staff.assignScope(ReviewRegion.SITE_B_REVIEWER, ScopeType.DESK, region.pointTwo());
            });
            desksSet = true;
        }
    }

    /** The existing candidate registered and submitted at desk one, then approved by the region's reviewer. */
    private long approvedAtDeskOne(long session) throws Exception {
        long account = ReviewRegion.CANDIDATE;
        String idNumber = data.idNumberOf(account);
        WalkInDesk.CandidateAtDesk found = deskOne.call(() -> desk.find(IdType.RESIDENT_ID, idNumber)).orElseThrow();
        assertEquals(account, found.accountId());
        // no pledge yet: refused with the desk's sentence
        assertEquals("desk.pledge.missing", refusal(catchThrowable(() -> deskOne.call(() -> desk.start(account, session,
                region.id())))));
        deskOne.run(() -> desk.recordPledge(account, session, PledgeReceipt.PAPER));
        long id = deskOne.call(() -> desk.start(account, session, region.id()));
        Choices choices = candidate.call(() -> {
            long level = applicationQueries.options(id, null).levels().get(0).id();
            long condition = applicationQueries.options(id, level).conditions().get(0).id();
            // the desk's own point is put in whatever the page sent
            return new Choices(region.pointTwo(), region.siteA(), level, null, condition, null, null, null);
        });
        // the same rules and messages as online: a site is required
        assertEquals("application.site.required", refusal(catchThrowable(() -> deskOne.run(() -> desk.submit(account, id,
                region.version(id), new Choices(null, null, choices.levelId(), null, choices.conditionId(), null, null, null))))));
        deskOne.run(() -> desk.submit(account, id, region.version(id), choices));
        assertEquals(ApplicationStatus.SUBMITTED, region.status(id));
        assertEquals(region.pointOne(), candidate.call(() -> applicationQueries.view(id)).choices().reviewPointId());
        String code = region.printedCode(id);
        regionReviewer.call(() -> onSite.confirmOnSite(code));
        regionReviewer.run(() -> review.approve(id, regionReviewer.call(() -> review.open(id)).version()));
        assertEquals(ApplicationStatus.APPROVED, region.status(id));
        return id;
    }

    /** Existing candidate, pledge, application, cash at the desk (PAID as online), receipt, handover; desk two refused. */
    public void existingCandidatePaysAtTheDeskAndCollectsTheTicket() throws Exception {
        prepare();
        long session = region.session(1, ConfirmationMode.ON_SITE);
        long id = approvedAtDeskOne(session);

        assertEquals(17500L, deskOne.call(() -> desk.fee(id)));
        assertEquals("desk.slip.required", refusal(catchThrowable(() -> deskOne.call(() -> desk.takeFee(id, OfflineMethod.CASH, " ")))));
        // desk two reaches nothing of desk one's: fee, payment, receipt, handover, and the candidate's applications
        assertTrue(denied(catchThrowable(() -> deskTwo.call(() -> desk.fee(id)))));
        assertTrue(denied(catchThrowable(() -> deskTwo.call(() -> desk.takeFee(id, OfflineMethod.CASH, "B-1")))));
        // the candidate's ID number typed at desk two shows them without desk one's application
        String idNumber = data.idNumberOf(ReviewRegion.CANDIDATE);
        assertTrue(deskTwo.call(() -> desk.find(IdType.RESIDENT_ID, idNumber)).orElseThrow().applications().stream()
                .noneMatch(a -> a.id() == id));
        assertEquals(ApplicationStatus.APPROVED, region.status(id));

        String slip = "XJ-" + id;
        OfflinePayments.Taken taken = deskOne.call(() -> desk.takeFee(id, OfflineMethod.CASH, slip.toLowerCase(Locale.ROOT)));
        assertEquals(ReceivedPayment.APPLY, taken.outcome());
        assertEquals(17500L, taken.amountFen());
        assertEquals(ApplicationStatus.PAID, region.status(id));
        assertEquals(List.of("DESK"), data.paymentSources(id));
        assertEquals(1L, data.auditEvents(id, "payment.desk"));
        assertEquals(1L, data.auditEvents(id, "payment.applied"));
        // the same slip twice at one point is refused; a second payment of a paid application would be refunded
        long other = approvedAtDeskOneForOtherSession();
        assertEquals("desk.slip.duplicate", refusal(catchThrowable(() -> deskOne.call(() -> desk.takeFee(other, OfflineMethod.CASH, slip)))));
        assertEquals("payment.notPayable", refusal(catchThrowable(() -> deskOne.call(() -> desk.takeFee(id, OfflineMethod.CARD, "POS-" + id)))));

        byte[] receipt = deskOne.call(() -> desk.receipt(id));
        assertEquals("%PDF-", new String(receipt, 0, 5, StandardCharsets.US_ASCII));
        assertTrue(denied(catchThrowable(() -> deskTwo.call(() -> desk.receipt(id)))));
        assertTrue(deskOne.call(() -> desk.takings(LocalDate.now(com.baokao.platform.BusinessTime.ZONE))).stream()
                .anyMatch(t -> t.applicationId() == id && t.method() == OfflineMethod.CASH && t.slipNumber().equals(slip)));

        // the ticket window: only with the ID checked, only once a ticket exists, only at the desk's own point
        assertEquals("desk.handover.idNotChecked", refusal(catchThrowable(() -> deskOne.run(() -> desk.handOver(id, false)))));
        assertEquals("desk.handover.noTicket", refusal(catchThrowable(() -> deskOne.run(() -> desk.handOver(id, true)))));
        data.ticket(id, session, region.id());
        assertTrue(denied(catchThrowable(() -> deskTwo.run(() -> desk.handOver(id, true)))));
        deskOne.run(() -> desk.handOver(id, true));
        assertTrue(deskOne.call(() -> desk.candidate(ReviewRegion.CANDIDATE)).applications().stream()
                .anyMatch(a -> a.id() == id && a.ticketIssued() && a.handedOver()));
        assertEquals(1L, data.auditEvents(id, "desk.ticket.handedOver"));
    }

    private long approvedAtDeskOneForOtherSession() throws Exception {
        return approvedAtDeskOne(region.session(1, ConfirmationMode.ON_SITE));
    }

    /** A desk payment owed back (the session is cancelled) is not sent to a provider: desk one pays it out. */
    public void deskPaymentIsRefundedAtTheDesk() throws Exception {
        prepare();
        long session = region.session(1, ConfirmationMode.ON_SITE);
        long id = approvedAtDeskOne(session);
        deskOne.call(() -> desk.takeFee(id, OfflineMethod.CARD, "POS-" + id));
        assertEquals(ApplicationStatus.PAID, region.status(id));
        admin.call(() -> cancellations.cancelSession(session, "考场不可用"));
        assertEquals(List.of("SESSION_CANCELLED"), data.refundReasons(id));
        refundExecutor.runQueued();
        OfflinePayments.DeskRefund queued = deskOne.call(() -> desk.refunds()).stream().filter(r -> r.applicationId() == id)
                .findFirst().orElseThrow();
        assertEquals("QUEUED", queued.status());
        assertEquals(17500L, queued.amountFen());
        assertEquals(OfflineMethod.CARD, queued.method());
        assertTrue(deskTwo.call(() -> desk.refunds()).stream().noneMatch(r -> r.applicationId() == id));
        assertTrue(denied(catchThrowable(() -> deskTwo.run(() -> desk.payOut(queued.id())))));
        deskOne.run(() -> desk.payOut(queued.id()));
        assertEquals("DONE", deskOne.call(() -> desk.refunds()).stream().filter(r -> r.id() == queued.id()).findFirst()
                .orElseThrow().status());
        assertEquals("desk.refund.notQueued", refusal(catchThrowable(() -> deskOne.run(() -> desk.payOut(queued.id())))));
        assertEquals(1L, data.auditEvents(id, "refund.done"));

        // the end-of-day cash report: the card payment matched against Baokao's record, the refund paid back listed
        LocalDate today = LocalDate.now(com.baokao.platform.BusinessTime.ZONE);
        com.baokao.desk.TakingsReport report = deskOne.call(() -> desk.takingsReport(today));
        assertTrue(report.lines().stream().anyMatch(l -> l.applicationId() == id && "APPLIED".equals(l.recordedOutcome())
                && l.method() == OfflineMethod.CARD));
        assertTrue(report.unmatched().stream().noneMatch(l -> l.applicationId() == id));
        assertTrue(report.paidOut().stream().anyMatch(p -> p.applicationId() == id && p.amountFen() == 17500L));
        assertTrue(deskTwo.call(() -> desk.takingsReport(today)).lines().stream().noneMatch(l -> l.applicationId() == id));
        byte[] xlsx = deskOne.call(() -> desk.takingsWorkbook(today));
        assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII));
    }

    /**
     * A new candidate registered at the desk: nobody knows a password; the one-time code sets one. An exam taken only at
     * the desks is refused online with the points named, and taken at the desk.
     */
    public void newCandidateAndAnExamTakenOnlyAtTheDesks() throws Exception {
        prepare();
        String idNumber = TestData.nextResidentId("330107");
        WalkInDesk.Registered registered = deskOne.call(() -> desk.register(new WalkInDesk.NewCandidate("现场考生", IdType.RESIDENT_ID,
                idNumber, null, null, "13900001234", "walkin-" + idNumber + "@example.com"), Locale.SIMPLIFIED_CHINESE));
        assertEquals(6, registered.oneTimeCode().length());
        assertEquals(1L, data.countAccounts(idNumber));
        assertEquals("account.duplicate", refusal(catchThrowable(() -> deskOne.call(() -> desk.register(new WalkInDesk.NewCandidate(
                "现场考生", IdType.RESIDENT_ID, idNumber, null, null, "13900001234", "walkin-" + idNumber + "@example.com"), Locale.SIMPLIFIED_CHINESE)))));
        assertTrue(deskOne.call(() -> desk.find(IdType.RESIDENT_ID, idNumber)).orElseThrow().applications().isEmpty());
        // desk two cannot reach desk one's new candidate by account id: only after typing their ID number there
        assertTrue(denied(catchThrowable(() -> deskTwo.call(() -> desk.candidate(registered.accountId())))));
        assertTrue(denied(catchThrowable(() -> deskTwo.call(() -> desk.newCode(registered.accountId(), Locale.SIMPLIFIED_CHINESE)))));
        assertEquals(registered.accountId(), deskTwo.call(() -> desk.find(IdType.RESIDENT_ID, idNumber)).orElseThrow().accountId());
        assertEquals(registered.accountId(), deskTwo.call(() -> desk.candidate(registered.accountId())).accountId());
        resets.resetPassword(IdType.RESIDENT_ID, idNumber, registered.oneTimeCode(), "Walkin2026", "Walkin2026");
        assertEquals("reset.code.used", refusal(catchThrowable(() -> resets.resetPassword(IdType.RESIDENT_ID, idNumber,
                registered.oneTimeCode(), "Walkin2027", "Walkin2027"))));

        long session = region.session(1, ConfirmationMode.ON_SITE);
        admin.run(() -> setup.registrationAtDeskOnly(session, true));
        Throwable online = catchThrowable(() -> candidate.call(() -> applications.start(session, region.id(), true)));
        assertEquals("application.deskOnly", refusal(online));
        String sentence = com.baokao.i18n.UserMessages.format(Locale.SIMPLIFIED_CHINESE,
                (com.baokao.i18n.BaokaoException) causeOf(online));
        // both points of the region take walk-ins: the sentence names them
        assertTrue(sentence.contains("审核测试一号审核点") && sentence.contains("审核测试二号审核点"), sentence);
        assertFalse(data.auditEventsOf("desk.only") == 0);
        // at the desk the same exam is taken
        long id = approvedAtDeskOne(session);
        assertEquals(ApplicationStatus.APPROVED, region.status(id));
        // a stranger to the desks is refused the desk altogether
        assertEquals("desk.notOperator", refusal(catchThrowable(() -> regionReviewer.call(() -> desk.desk()))));
    }

    private static Throwable causeOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof com.baokao.i18n.BaokaoException) {
                return c;
            }
        }
        return t;
    }
}

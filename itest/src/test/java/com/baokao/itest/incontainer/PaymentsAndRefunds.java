package com.baokao.itest.incontainer;

import com.baokao.application.ApplicationQueries;
import com.baokao.application.ApplicationService;
import com.baokao.application.ApplicationStatus;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.inbox.Inbox;
import com.baokao.payment.Cancellations;
import com.baokao.payment.PaymentDesk;
import com.baokao.payment.PaymentSettings;
import com.baokao.payment.PaymentSignature;
import com.baokao.payment.Payments;
import com.baokao.payment.ReceivedPayment;
import com.baokao.payment.RefundExecutor;
import com.baokao.sandbox.FaultPlan;
import com.baokao.sandbox.SandboxNotifier;
import com.baokao.sandbox.SandboxOrder;
import com.baokao.sandbox.SandboxProvider;
import com.baokao.sandbox.TradeView;
import com.baokao.schedule.DeadlineSchedules;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.baokao.itest.incontainer.Outcomes.catchThrowable;
import static com.baokao.itest.incontainer.Outcomes.refusal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fees in the container (issue 6), in InContainerIT's region and deployment (InContainerIT runs each of these as one of its
 * tests): the provider's notifications verified and recorded once; a dropped, a late and an out-of-order
 * notification; a cancelled session or subject refunded exactly once, also when the provider was unreachable at
 * first. Payments go through the sandbox provider of the same deployment.
 */
@Dependent
public class PaymentsAndRefunds {

    @Inject
    ReviewRegion region;

    @Inject
    DeployedSchedules schedules;

    @EJB
    AsAdmin admin;

    @EJB
    AsCandidate candidate;

    @EJB
    TestData data;

    @EJB
    ApplicationService applications;

    @EJB
    ApplicationQueries applicationQueries;

    @EJB
    Inbox inbox;

    @EJB
    Payments payments;

    @EJB
    com.baokao.payment.RefusedNotifications refusedNotifications;

    @Inject
    java.time.Clock clock;

    @Inject
    PaymentSettings paymentSettings;

    @EJB
    PaymentDesk paymentDesk;

    @EJB
    Cancellations cancellations;

    @EJB
    RefundExecutor refundExecutor;

    @EJB
    SandboxProvider sandbox;

    @Inject
    SandboxNotifier sandboxNotifier;

    @Resource
    ManagedExecutorService executor;

    /** Where the deployment answers: the candidate returns there, the sandbox notifies there. */
    private String siteBase;

    /** The deployment's address, as Arquillian gives it to the test class. */
    public void servedAt(URL deploymentUrl) {
        siteBase = deploymentUrl.toString().replaceAll("/$", "");
    }

    /**
     * The provider's notification (issue 6's notify endpoint logic): forged → refused and nothing recorded; the
     * same notification 100 times at once → one payment and PAID; a second payment → queued for refund; a payment
     * for an abandoned application → refund; an unknown order → an operator's exception.
     */
    public void providerNotificationsAreVerifiedAndRecordedOnce() throws Exception {
        long id = region.approved(region.session(1, ConfirmationMode.ONLINE, true));
        String orderNo = "IT" + System.nanoTime();
        data.openPaymentOrder(700000000L + System.nanoTime() % 100000000L, orderNo, id, 17500);

        Map<String, String> forged = notification(orderNo, "TX-" + orderNo, 17500);
        forged.put("sign", "0".repeat(64));
        assertThrows(Payments.RefusedNotification.class, () -> payments.receiveNotification(forged, "it"));
        Map<String, String> tampered = PaymentSignature.signed(notification(orderNo, "TX-" + orderNo, 17500), paymentSettings.key());
        tampered.put("amountFen", "1");
        assertThrows(Payments.RefusedNotification.class, () -> payments.receiveNotification(tampered, "it"));
        assertEquals(0, data.paymentRecords(orderNo));
        // a flood of forged notifications: counted in the hour's tally, not one audit row (or log line) each
        long auditedBefore = data.auditEventsOf("payment.notification.refused");
        java.time.Instant hour = clock.instant();
        long tallyBefore = refusedNotifications.tally(hour, "signature").map(t -> t.getRefusals()).orElse(0L);
        for (int i = 0; i < 50; i++) {
            Map<String, String> flood = notification(orderNo + "-" + i, "TX-flood-" + i, 1);
            flood.put("sign", "f".repeat(64));
            assertThrows(Payments.RefusedNotification.class, () -> payments.receiveNotification(flood, "203.0.113.9"));
        }
        assertTrue(data.auditEventsOf("payment.notification.refused") - auditedBefore <= 1,
                "at most the hour's first refusal is audited");
        boolean sameHour = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                .equals(hour.truncatedTo(java.time.temporal.ChronoUnit.HOURS));
        if (sameHour) { // else the flood straddled two tallies
            var tally = refusedNotifications.tally(hour, "signature").orElseThrow();
            assertTrue(tally.getRefusals() - tallyBefore >= 50, "every refusal counted: " + tally.getRefusals());
            assertEquals(orderNo + "-49", tally.getLastOrder());
        }

        Map<String, String> genuine = PaymentSignature.signed(notification(orderNo, "TX-" + orderNo, 17500), paymentSettings.key());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ReceivedPayment>> copies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            copies.add(executor.submit(() -> {
                go.await();
                return payments.receiveNotification(genuine, "it");
            }));
        }
        go.countDown();
        Map<ReceivedPayment, Integer> outcomes = new EnumMap<>(ReceivedPayment.class);
        for (Future<ReceivedPayment> copy : copies) {
            outcomes.merge(copy.get(120, TimeUnit.SECONDS), 1, Integer::sum);
        }
        assertEquals(Map.of(ReceivedPayment.APPLY, 1, ReceivedPayment.ALREADY_RECORDED, 99), outcomes);
        assertEquals(ApplicationStatus.PAID, region.status(id));
        assertEquals(List.of("APPLIED"), data.paymentOutcomes(id));
        assertEquals(1L, data.auditEvents(id, "payment.applied"));

        // paid again (a second transaction on the same order): kept on record and queued for refund
        assertEquals(ReceivedPayment.REFUND, payments.receiveNotification(
                PaymentSignature.signed(notification(orderNo, "TX2-" + orderNo, 17500), paymentSettings.key()), "it"));
        assertEquals(List.of("APPLIED", "REFUND"), data.paymentOutcomes(id));
        assertEquals(List.of("PAID_TWICE"), data.refundReasons(id));

        // an order nobody knows, or a wrong amount: an exception for an operator, nothing applied
        assertEquals(ReceivedPayment.EXCEPTION, payments.receiveNotification(
                PaymentSignature.signed(notification("NOPE-" + orderNo, "TX3-" + orderNo, 17500), paymentSettings.key()), "it"));
    }

    /**
     * Issue 18: 2,000 payments of one application arrive together, 100 at a time (2,000 transactions on its order, as a candidate
     * tapping "pay" in a stuttering app could make): exactly one is applied, every other one is kept on record and
     * queued for refund, and the application is PAID once.
     */
    public void twoThousandConcurrentPaymentsOfOneApplicationApplyOnceAndRefundTheRest() throws Exception {
        long id = region.approved(region.session(1, ConfirmationMode.ONLINE, true));
        String orderNo = "ITC" + System.nanoTime();
        data.openPaymentOrder(710000000L + System.nanoTime() % 100000000L, orderNo, id, 17500);
        int attempts = 2000;
        // 100 workers (the container's pool has 200 threads, shared with the batch runtime) deliver 20 each, all
        // starting at once
        int workers = 100;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<ReceivedPayment>>> outcomes = new ArrayList<>();
        try {
            for (int w = 0; w < workers; w++) {
                int worker = w;
                outcomes.add(executor.submit(() -> {
                    go.await();
                    List<ReceivedPayment> received = new ArrayList<>();
                    for (int i = worker; i < attempts; i += workers) {
                        received.add(payments.receiveNotification(PaymentSignature.signed(
                                notification(orderNo, "TXC" + i + "-" + orderNo, 17500), paymentSettings.key()), "it"));
                    }
                    return received;
                }));
            }
        } finally {
            go.countDown(); // never leaves a worker waiting, whatever happened above
        }
        Map<ReceivedPayment, Integer> counted = new EnumMap<>(ReceivedPayment.class);
        for (Future<List<ReceivedPayment>> outcome : outcomes) {
            outcome.get(300, TimeUnit.SECONDS).forEach(r -> counted.merge(r, 1, Integer::sum));
        }
        assertEquals(Map.of(ReceivedPayment.APPLY, 1, ReceivedPayment.REFUND, attempts - 1), counted);
        assertEquals(ApplicationStatus.PAID, region.status(id));
        List<String> recorded = data.paymentOutcomes(id);
        assertEquals(1, recorded.stream().filter("APPLIED"::equals).count());
        assertEquals(attempts - 1, recorded.stream().filter("REFUND"::equals).count());
        assertEquals(attempts - 1, data.refundReasons(id).stream().filter("PAID_TWICE"::equals).count());
        assertEquals(1L, data.auditEvents(id, "payment.applied"));
    }

    /**
     * A dropped notification is healed by asking the provider: the candidate pays on the sandbox while it drops the
     * notification; the application stays APPROVED until the scheduled status check asks the provider, then it is
     * PAID once, recorded as found by query; the candidate's return page agrees.
     */
    public void aDroppedNotificationIsHealedByAskingTheProvider() throws Exception {
        long id = region.approved(region.session(1, ConfirmationMode.ONLINE, true));
        String payUrl = candidate.call(() -> paymentDesk.checkout(id, siteBase));
        assertEquals(payUrl, candidate.call(() -> paymentDesk.checkout(id, siteBase)), "one open order, reused");
        long next = region.approved(region.session(1, ConfirmationMode.ONLINE, true));
        String nextPayUrl = candidate.call(() -> paymentDesk.checkout(next, siteBase));
        sandboxNotifier.setFaults(FaultPlan.Mode.DROP, 1, 0, 1);
        try {
            sandbox.pay(tradeNo(payUrl));
        } finally {
            sandboxNotifier.setFaults(FaultPlan.Mode.NONE, 0, 0, 1);
        }
        // the sandbox keeps no record of what it dropped; the next payment's notification, handed to the same sender
        // after the dropped one would have been, is the event to wait for
        sandbox.pay(tradeNo(nextPayUrl));
        waitForPayments(next, 1);
        assertEquals(List.of(), data.paymentOutcomes(id), "the notification was dropped");
        assertEquals(ApplicationStatus.APPROVED, region.status(id));

        assertTrue(payments.checkOpenOrders(Duration.ZERO) >= 1);
        assertEquals(ApplicationStatus.PAID, region.status(id));
        assertEquals(List.of("APPLIED"), data.paymentOutcomes(id));
        assertEquals(List.of("QUERY"), data.paymentSources(id), "found by asking the provider, not notified");
        assertEquals(PaymentDesk.Outcome.PAID, candidate.call(() -> paymentDesk.afterReturn(id, true)));
    }

    /**
     * A cancelled session (issue 6): the full applied payment is queued for refund once however often it is cancelled;
     * the session can no longer be applied for or paid; the refund is carried out at the sandbox exactly once even when
     * the executor runs twice at the same moment and again afterwards; the candidate is told.
     */
    public void aCancelledSessionIsRefundedInFullExactlyOnce() throws Exception {
        long session = region.session(1, ConfirmationMode.ONLINE, true);
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
                refusal(catchThrowable(() -> candidate.call(() -> applications.start(session, region.id(), true)))));
        assertEquals("payment.sessionCancelled",
                refusal(catchThrowable(() -> candidate.call(() -> paymentDesk.checkout(id, siteBase)))));
        assertTrue(candidate.call(() -> applicationQueries.view(id)).sessionCancelled());
        assertEquals(ApplicationStatus.PAID, region.status(id), "the application keeps its status, the cancellation shown");

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
    public void aCancelledSubjectIsRefundedAndAProviderFailureIsRetried() throws Exception {
        long session = region.session(1, ConfirmationMode.ONLINE, true);
        long id = paidThroughSandbox(session);
        String transaction = data.transactionIds(id, "APPLIED").get(0);
        long subject = data.subjectIds(session).get(0).longValue();
        schedules.hold(DeadlineSchedules.REFUNDS); // the deployed executor stays away while the provider is "down"

        assertEquals(1, admin.call(() -> cancellations.cancelSubject(subject, "科目停考")));
        assertEquals(0, admin.call(() -> cancellations.cancelSubject(subject, "科目停考")));
        assertEquals(0, admin.call(() -> cancellations.cancelSession(session, "全部停考")), "nothing left to refund");
        assertTrue(candidate.call(() -> applicationQueries.view(id)).subjects().get(0).cancelled());
        List<Object[]> refunds = data.refunds(id);
        assertEquals(1, refunds.size());
        assertEquals(List.of("QUEUED", "SUBJECT_CANCELLED", 17500L),
                List.of(refunds.get(0)[1], refunds.get(0)[2], ((Number) refunds.get(0)[3]).longValue()));
        long refundId = ((Number) refunds.get(0)[0]).longValue();

        String provider = siteBase + "/api/sandbox";
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
    public void anOutOfOrderNotificationAppliesOnePaymentAndRefundsTheOther() throws Exception {
        long id = region.approved(region.session(1, ConfirmationMode.ONLINE, true));
        String payUrl = candidate.call(() -> paymentDesk.checkout(id, siteBase));
        String secondOrder = "ITR" + System.nanoTime();
        data.paymentOrder(700000000L + System.nanoTime() % 100000000L, secondOrder, id, 17500, siteBase + "/api/sandbox");
        TradeView second = sandbox.create(new SandboxOrder(paymentSettings.merchant(), secondOrder, 17500, "乱序测试",
                siteBase + "/api/payments/notify", siteBase + "/", Instant.now().plus(Duration.ofDays(1))));
        sandboxNotifier.setFaults(FaultPlan.Mode.REORDER, 1, 0, 1);
        TradeView firstPaid;
        TradeView secondPaid;
        try {
            firstPaid = sandbox.pay(tradeNo(payUrl)); // held back
            secondPaid = sandbox.pay(second.tradeNo()); // sent, then the held one
            waitForPayments(id, 2);
        } finally {
            sandboxNotifier.setFaults(FaultPlan.Mode.NONE, 0, 0, 1);
        }
        // Baokao's record of the first payment shows it out of order: it learnt of it only after the second was made
        // (that the sandbox holds the notification back until then is FaultPlanTest's to prove)
        assertFalse(data.paymentRecordedAt(firstPaid.transactionId()).isBefore(secondPaid.paidAt()),
                "the first payment's notification arrived after the second payment");
        assertEquals(ApplicationStatus.PAID, region.status(id));
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
    public void aLateNotificationCountsWhenThePaymentWasMadeBeforeTheDeadline() throws Exception {
        long session = region.session(1, ConfirmationMode.ONLINE, true);
        long inTime = region.approved(session);
        long lateSession = region.session(1, ConfirmationMode.ONLINE, true);
        long late = region.approved(lateSession);
        String inTimeUrl = candidate.call(() -> paymentDesk.checkout(inTime, siteBase));
        String lateUrl = candidate.call(() -> paymentDesk.checkout(late, siteBase));
        schedules.hold(DeadlineSchedules.PAYMENT_ABANDONMENT);

        sandboxNotifier.setFaults(FaultPlan.Mode.DELAY, 1, 3000, 1);
        try {
            TradeView paid = sandbox.pay(tradeNo(inTimeUrl)); // paid now, notified in 3 s
            data.paymentDeadlineAt(session, paid.paidAt().plusMillis(1)); // the deadline passes just after the payment
            assertTrue(data.paymentOutcomes(inTime).isEmpty(), "the notification comes after the deadline was moved");
            waitForPayments(inTime, 1);
        } finally {
            sandboxNotifier.setFaults(FaultPlan.Mode.NONE, 0, 0, 1);
        }
        assertEquals(List.of("APPLIED"), data.paymentOutcomes(inTime));
        assertEquals(ApplicationStatus.PAID, region.status(inTime));

        data.paymentDeadlineAt(lateSession, Instant.now().minusSeconds(1));
        sandbox.pay(tradeNo(lateUrl)); // the provider's order is still open: paid late
        waitForPayments(late, 1);
        assertEquals(List.of("REFUND"), data.paymentOutcomes(late));
        assertEquals(List.of("PAID_AFTER_DEADLINE"), data.refundReasons(late));
        assertEquals(ApplicationStatus.APPROVED, region.status(late));
    }

    // ---- steps ----

    /** Approved, then paid by the candidate on the sandbox provider's page; returns once Baokao recorded it. */
    private long paidThroughSandbox(long session) throws Exception {
        long id = region.approved(session);
        String payUrl = candidate.call(() -> paymentDesk.checkout(id, siteBase));
        sandbox.pay(tradeNo(payUrl));
        waitForPayments(id, 1);
        assertEquals(ApplicationStatus.PAID, region.status(id));
        return id;
    }

    /** The sandbox's trade number, the last part of the pay page's address. */
    private static String tradeNo(String payUrl) {
        return payUrl.substring(payUrl.lastIndexOf('/') + 1);
    }

    /** Notifications arrive in the background: waits (30 s at most) until the application has {@code count} payments. */
    private void waitForPayments(long id, int count) throws Exception {
        for (int i = 0; i < 120 && data.paymentOutcomes(id).size() < count; i++) {
            Thread.sleep(250);
        }
        assertEquals(count, data.paymentOutcomes(id).size(), "payments recorded");
    }

    private Map<String, String> notification(String orderNo, String transactionId, long amountFen) {
        Map<String, String> p = new HashMap<>();
        p.put("merchant", paymentSettings.merchant());
        p.put("orderNo", orderNo);
        p.put("tradeNo", "T" + orderNo);
        p.put("transactionId", transactionId);
        p.put("amountFen", String.valueOf(amountFen));
        p.put("status", "PAID");
        p.put("paidAt", Instant.now().toString());
        return p;
    }
}

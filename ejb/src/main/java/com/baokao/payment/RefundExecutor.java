package com.baokao.payment;

import com.baokao.application.Application;
import com.baokao.audit.AuditTrail;
import com.baokao.inbox.CandidateNotices;
import com.baokao.platform.Money;
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
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Carries out queued refunds at the provider the payment came from, each in its own transaction with its row
 * locked, so two runs (two nodes, or a run that outlived its lease) never send one refund twice at once. The refund
 * number is derived from the request's id and the provider refunds a number once, so a retry after a crash between
 * the provider's answer and the commit is answered with the refund already made: money goes back exactly once.
 */
@Stateless
@PermitAll
public class RefundExecutor {

    private static final Logger LOG = Logger.getLogger(RefundExecutor.class.getName());
    static final int BATCH = 1000;

    /** What became of one queued refund in one run. */
    public enum Outcome {
        DONE,
        RETRY,
        FAILED,
        /** Not queued (any more), or not due yet: nothing sent. */
        SKIPPED
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PaymentGateway gateway;

    @EJB
    AuditTrail audit;

    @EJB
    CandidateNotices notices;

    @Resource
    SessionContext context;

    /** Every queued refund that is due, oldest first; returns what the run did, for the scheduler's record. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String runQueued() {
        RefundExecutor self = context.getBusinessObject(RefundExecutor.class);
        int done = 0;
        int retry = 0;
        int failed = 0;
        long after = 0;
        while (true) {
            List<Long> ids = em.createQuery("select r.id from RefundRequest r where r.status = :queued and r.id > :after"
                            + " and (r.nextAttemptAt is null or r.nextAttemptAt <= :now) order by r.id", Long.class)
                    .setParameter("queued", RefundRequest.QUEUED).setParameter("after", after)
                    .setParameter("now", clock.instant()).setMaxResults(BATCH).getResultList();
            if (ids.isEmpty()) {
                break;
            }
            for (Long id : ids) {
                try {
                    switch (self.carryOut(id)) {
                        case DONE -> done++;
                        case RETRY -> retry++;
                        case FAILED -> failed++;
                        default -> { }
                    }
                } catch (RuntimeException e) {
                    // e.g. the row lock of a run on another node timed out: that run deals with it
                    LOG.warning(() -> "refund request " + id + " not carried out in this run: " + e);
                }
            }
            after = ids.get(ids.size() - 1);
        }
        return done + " refunded, " + retry + " to retry, " + failed + " failed";
    }

    /** Sends one queued refund to the provider and records the answer, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome carryOut(long refundRequestId) {
        RefundRequest refund = em.find(RefundRequest.class, refundRequestId, LockModeType.PESSIMISTIC_WRITE);
        if (refund == null) {
            return Outcome.SKIPPED;
        }
        em.refresh(refund);
        Instant now = clock.instant();
        if (!RefundRequest.QUEUED.equals(refund.getStatus()) || !RefundRetry.due(refund.getNextAttemptAt(), now)) {
            return Outcome.SKIPPED;
        }
        PaymentRecord payment = em.find(PaymentRecord.class, refund.getPaymentRecordId());
        String providerUrl = em.createQuery("select o.providerUrl from PaymentOrder o, PaymentRecord r"
                        + " where r.id = :record and o.orderNo = r.orderNo", String.class)
                .setParameter("record", refund.getPaymentRecordId()).getResultStream().findFirst().orElse(null);
        String subject = String.valueOf(refund.getApplicationId());
        if (providerUrl != null && providerUrl.startsWith(OfflinePayments.DESK_PROVIDER)) {
            // money taken at a desk goes back at that desk (OfflinePayments#payOut), never to a provider
            return Outcome.SKIPPED;
        }
        try {
            if (providerUrl == null) {
                throw new PaymentGateway.ProviderUnavailable("no payment order names the provider of "
                        + payment.getTransactionId());
            }
            PaymentGateway.Refunded answer = gateway.refund(providerUrl, refund.refundNo(), payment.getTransactionId(),
                    refund.getAmountFen(), refund.getReason());
            refund.done(answer.refundId(), answer.refundedAt() == null ? now : answer.refundedAt(), now);
            audit.record("refund.done", "Application", subject, "refund " + refund.refundNo() + " of transaction "
                    + payment.getTransactionId() + ", " + refund.getAmountFen() + " fen (" + refund.getReason()
                    + "), provider refund " + answer.refundId());
            tellCandidate(refund);
            return Outcome.DONE;
        } catch (PaymentGateway.ProviderUnavailable e) {
            RefundRetry.Decision decision = RefundRetry.afterFailure(refund.getAttempts() + 1, now);
            refund.failedAttempt(e.getMessage(), decision, now);
            audit.record(decision.giveUp() ? "refund.failed" : "refund.retry", "Application", subject, "refund "
                    + refund.refundNo() + ", attempt " + refund.getAttempts() + (decision.giveUp() ? ", given up: "
                    : ", next after " + decision.nextAttemptAt() + ": ") + e.getMessage());
            LOG.warning(() -> "refund " + refund.refundNo() + " attempt " + refund.getAttempts() + " failed: " + e.getMessage());
            return decision.giveUp() ? Outcome.FAILED : Outcome.RETRY;
        }
    }

    private void tellCandidate(RefundRequest refund) {
        if (refund.getApplicationId() == null) {
            return;
        }
        Application application = em.find(Application.class, refund.getApplicationId());
        if (application == null) {
            return;
        }
        String yuan = Money.ofFen(refund.getAmountFen()).yuan(); // the sentence names the unit: "{1} 元"
        notices.tell(application.getAccountId(), "notice.refund.done",
                "/candidate/application.xhtml?id=" + application.getId(), "refund.done:" + refund.getId(),
                List.of(application.getSession().getName(), yuan, refund.refundNo()));
    }
}

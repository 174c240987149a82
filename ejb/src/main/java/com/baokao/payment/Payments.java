package com.baokao.payment;

import com.baokao.application.Application;
import com.baokao.application.ApplicationEvent;
import com.baokao.application.ApplicationLifecycle;
import com.baokao.application.ApplicationMoves;
import com.baokao.application.ReviewRoute;
import com.baokao.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Records what the payment provider reports, exactly once per provider transaction, whether it comes as a
 * notification, as the answer to a status query or as a statement line. Reports for one application are
 * serialised by its row lock, so a hundred copies of one notification arriving at once make one payment; the
 * application becomes PAID in the same transaction as the record; money Baokao must not keep is queued for refund.
 */
@Stateless
@PermitAll
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class.getName());

    /** A notification whose signature does not verify, or that is not a well-formed successful payment. */
    @jakarta.ejb.ApplicationException(rollback = false) // the audit of the refusal is kept
    public static class RefusedNotification extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public RefusedNotification(String reason) {
            super(reason);
        }
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PaymentSettings settings;

    @EJB
    ApplicationMoves moves;

    @EJB
    AuditTrail audit;

    @EJB
    RefusedNotifications refusedNotifications;

    @Inject
    PaymentGateway gateway;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /**
     * The provider's server-to-server notification: verified, then recorded (idempotent). {@code from} names the
     * sender (its address) for the evidence of a refusal; refusals are counted, not each audited.
     */
    public ReceivedPayment receiveNotification(Map<String, String> parameters, String from) {
        if (!settings.merchant().equals(parameters.get("merchant"))
                || !PaymentSignature.verify(parameters, settings.key())) {
            countRefusal("signature", parameters.get("orderNo"), from);
            throw new RefusedNotification("signature");
        }
        ReportedPayment payment;
        try {
            payment = ReportedPayment.ofNotification(parameters);
        } catch (IllegalArgumentException e) {
            countRefusal("malformed", parameters.get("orderNo"), from);
            throw new RefusedNotification(e.getMessage());
        }
        return record(payment, PaymentRecord.Source.NOTIFY);
    }

    private void countRefusal(String reason, String orderNo, String from) {
        Instant at = clock.instant();
        try {
            refusedNotifications.count(at, reason, orderNo, from);
        } catch (jakarta.ejb.EJBException raced) {
            // the first refusal of the hour was counted by another request at the same moment: count again
            refusedNotifications.count(at, reason, orderNo, from);
        }
    }

    /** One reported payment; see {@link ReceivedPayment#decide} for what happens. */
    public ReceivedPayment record(ReportedPayment payment, PaymentRecord.Source source) {
        Instant now = clock.instant();
        PaymentOrder order = em.createNamedQuery(PaymentOrder.BY_NUMBER, PaymentOrder.class)
                .setParameter("no", payment.orderNo()).getResultStream().findFirst().orElse(null);
        Application application = null;
        if (order != null) {
            // every report for this application waits here for the one before it
            application = em.find(Application.class, order.getApplication().getId(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(application);
            em.refresh(order);
        }
        boolean recorded = !em.createQuery("select r.id from PaymentRecord r where r.transactionId = :t", Long.class)
                .setParameter("t", payment.transactionId()).setMaxResults(1).getResultList().isEmpty();
        ReviewRoute route = application == null ? null : moves.routeOf(application);
        boolean sessionCancelled = application != null && application.getSession().isCancelled();
        ReceivedPayment.ApplicationState state = application == null || sessionCancelled
                ? ReceivedPayment.ApplicationState.NO_LONGER_PAYABLE
                : ApplicationLifecycle.allowed(application.getStatus(), ApplicationEvent.PAY, route, null)
                ? ReceivedPayment.ApplicationState.AWAITING_PAYMENT
                : application.getStatus().paid() ? ReceivedPayment.ApplicationState.ALREADY_PAID
                : ReceivedPayment.ApplicationState.NO_LONGER_PAYABLE;
        ReceivedPayment decision = ReceivedPayment.decide(order != null, recorded,
                order != null && order.getAmountFen() == payment.amountFen(), state);
        Long applicationId = application == null ? null : application.getId();
        switch (decision) {
            case ALREADY_RECORDED -> {
                return decision;
            }
            case APPLY -> {
                Instant paidAt = payment.paidAt() == null ? now : payment.paidAt();
                // a payment made before the deadline counts even if its notification comes later; checked here
                // rather than caught, because a refusal would roll the refund back with everything else
                if (!ApplicationLifecycle.inTime(ApplicationEvent.PAY, application.getStatus(),
                        application.getSession().calendar(), paidAt)) {
                    return refund(payment, applicationId, now, source, "PAID_AFTER_DEADLINE");
                }
                moves.move(application, ApplicationEvent.PAY, List.of(), route, paidAt);
                order.paid(paidAt);
                PaymentRecord applied = new PaymentRecord(payment, applicationId, now, source, PaymentRecord.Outcome.APPLIED, null);
                em.persist(applied);
                audit.record("payment.applied", "Application", applicationId,
                        "order " + payment.orderNo() + ", transaction " + payment.transactionId() + ", " + payment.amountFen()
                                + " fen, from " + source);
                refundCancelledSubjects(application, applied, now);
                return decision;
            }
            case REFUND -> {
                return refund(payment, applicationId, now, source,
                        sessionCancelled ? "SESSION_CANCELLED"
                                : state == ReceivedPayment.ApplicationState.ALREADY_PAID ? "PAID_TWICE" : "NOT_PAYABLE");
            }
            default -> {
                String detail = order == null ? "unknown order" : "amount " + payment.amountFen() + " fen, order says "
                        + order.getAmountFen();
                em.persist(new PaymentRecord(payment, applicationId, now, source, PaymentRecord.Outcome.EXCEPTION, detail));
                audit.record("payment.exception", "PaymentOrder", payment.orderNo(),
                        "transaction " + payment.transactionId() + ": " + detail);
                return decision;
            }
        }
    }

    /**
     * Heals dropped notifications: every order still open a while after it was placed is asked about at its
     * provider, and a payment the provider confirms is recorded as its notification would have been. Each order in
     * its own transaction, so one unreachable provider or bad answer does not hold up the others.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public int checkOpenOrders(java.time.Duration olderThan) {
        Payments self = context.getBusinessObject(Payments.class);
        int healed = 0;
        for (Long id : em.createQuery("select o.id from PaymentOrder o where o.status = :open and o.createdAt <= :before"
                        + " order by o.id", Long.class).setParameter("open", PaymentOrder.Status.OPEN)
                .setParameter("before", clock.instant().minus(olderThan)).setMaxResults(10000).getResultList()) {
            try {
                healed += self.checkOrder(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warning(() -> "status of payment order " + id + " not known: " + e);
            }
        }
        return healed;
    }

    /** Asks the provider about one open order; true when that recorded its payment. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public boolean checkOrder(long orderId) {
        PaymentOrder order = em.find(PaymentOrder.class, orderId);
        if (order == null || order.getStatus() != PaymentOrder.Status.OPEN) {
            return false;
        }
        PaymentGateway.ProviderStatus status = gateway.query(order.getProviderUrl(), order.getOrderNo());
        if (!status.paid()) {
            return false;
        }
        return record(new ReportedPayment(order.getOrderNo(), status.transactionId(), status.amountFen(), status.paidAt()),
                PaymentRecord.Source.QUERY) == ReceivedPayment.APPLY;
    }

    /**
     * A payment for an order placed before one of its subjects was cancelled still carries that subject's fee: it is
     * queued for refund at once, as the cancellation did for those who had paid by then (same key, so never twice).
     */
    private void refundCancelledSubjects(Application application, PaymentRecord applied, Instant now) {
        List<com.baokao.application.ApplicationSubject> taken = em.createQuery("select s from ApplicationSubject s"
                        + " join fetch s.subject where s.application = :a and s.carriedOver = false order by s.id",
                com.baokao.application.ApplicationSubject.class).setParameter("a", application).getResultList();
        long excess = applied.getAmountFen() - taken.stream().filter(s -> !s.getSubject().isCancelled())
                .mapToLong(s -> s.getSubject().getFeeFen()).sum();
        for (com.baokao.application.ApplicationSubject s : taken) {
            long fee = s.getSubject().getFeeFen();
            if (!s.getSubject().isCancelled() || fee <= 0 || fee > excess) {
                continue;
            }
            em.flush();
            em.persist(new RefundRequest(applied, fee, "SUBJECT_CANCELLED",
                    "SUBJECT:" + s.getSubject().getId() + ":" + application.getId(), s.getSubject().getId(), now));
            excess -= fee;
            audit.record("payment.refund.queued", "Application", application.getId(), "transaction "
                    + applied.getTransactionId() + ", " + fee + " fen: subject " + s.getSubject().getCode() + " cancelled");
        }
    }

    private ReceivedPayment refund(ReportedPayment payment, Long applicationId, Instant now, PaymentRecord.Source source,
                                   String reason) {
        PaymentRecord record = new PaymentRecord(payment, applicationId, now, source, PaymentRecord.Outcome.REFUND, reason);
        em.persist(record);
        em.flush();
        em.persist(new RefundRequest(record, reason, now));
        audit.record("payment.refund.queued", "Application", String.valueOf(applicationId),
                "transaction " + payment.transactionId() + ", " + payment.amountFen() + " fen: " + reason);
        return ReceivedPayment.REFUND;
    }
}

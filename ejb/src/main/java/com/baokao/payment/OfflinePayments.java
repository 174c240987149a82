package com.baokao.payment;

import com.baokao.application.Application;
import com.baokao.application.ApplicationDocuments;
import com.baokao.application.ApplicationEvent;
import com.baokao.application.ApplicationLifecycle;
import com.baokao.application.ApplicationMoves;
import com.baokao.audit.AuditTrail;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Fees taken at a registration point's desk (现场缴费, seed 000): recorded as an offline payment through the same
 * {@link Payments#record} an online payment goes through, so the application moves to PAID exactly as it would
 * online, and money Baokao must not keep (paid twice, a cancelled session or subject) is queued for refund by the same
 * rules. Such a refund is not sent to a provider: the desk pays it out and records it here. The desk service
 * ({@code com.baokao.desk}) checks that the operator serves the application's point before calling.
 */
@Stateless
@RolesAllowed("REVIEWER")
public class OfflinePayments {

    /** The "provider" of a desk payment order: this prefix and the review point's id. */
    public static final String DESK_PROVIDER = "desk:";

    /** What the desk took, for its screen and the receipt. */
    public record Taken(String orderNo, String transactionId, long amountFen, ReceivedPayment outcome) implements Serializable {
    }

    /** A refund of desk money waiting to be paid out at the desk. */
    public record DeskRefund(long id, long applicationId, long amountFen, String reason, String slipNumber,
                             OfflineMethod method, String status) implements Serializable {
    }

    /**
     * One payment of a day's takings, with what Baokao recorded for its transaction ({@code recordedOutcome} APPLIED,
     * REFUND or EXCEPTION, {@code null} when no payment record exists), so the report can match the two.
     */
    public record TakingsLine(long applicationId, String orderNo, String transactionId, OfflineMethod method,
                              String slipNumber, long amountFen, String operatorName, Instant takenAt,
                              String recordedOutcome, Long recordedAmountFen) implements Serializable {
    }

    /** A refund of desk money paid back in person on the day. */
    public record PaidOut(long refundId, long applicationId, OfflineMethod method, String slipNumber, long amountFen,
                          String reason, Instant paidAt) implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource(lookup = Database.DATASOURCE)
    javax.sql.DataSource dataSource;

    @Inject
    Clock clock;

    @EJB
    ApplicationMoves moves;

    @EJB
    ApplicationDocuments documents;

    @EJB
    Payments payments;

    @EJB
    com.baokao.inbox.CandidateNotices notices;

    @EJB
    AuditTrail audit;

    /** The fee in fen, as online: every subject taken now (carried-over and cancelled ones are free). */
    public long fee(long applicationId) {
        Application a = em.find(Application.class, applicationId);
        return a == null ? 0 : documents.subjects(a).stream().filter(s -> !s.isCarriedOver() && !s.getSubject().isCancelled())
                .mapToLong(s -> s.getSubject().getFeeFen()).sum();
    }

    /**
     * Takes the fee at the desk: the same checks as paying online (session not cancelled, payable now, before the
     * payment deadline), a slip number not used before at this point, then recorded as the payment of an order of
     * its own, exactly as a provider's notification would be.
     */
    public Taken take(long applicationId, long reviewPointId, OfflineMethod method, String slipNumber, long operatorId,
                      String operatorName) {
        if (method == null) {
            throw BaokaoException.at("method", "desk.method.required");
        }
        String slip = SlipNumber.normalise(slipNumber);
        Application a = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(a);
        Instant now = clock.instant();
        if (a.getSession().isCancelled()) {
            throw new BaokaoException("payment.sessionCancelled", a.getSession().getName());
        }
        if (!ApplicationLifecycle.allowed(a.getStatus(), ApplicationEvent.PAY, moves.routeOf(a), null)) {
            throw new BaokaoException("payment.notPayable",
                    UserMessages.format(UserMessages.DEFAULT_LOCALE, "application.status." + a.getStatus()));
        }
        if (!ApplicationLifecycle.inTime(ApplicationEvent.PAY, a.getStatus(), a.getSession().calendar(), now)) {
            throw new BaokaoException("application.payment.closed", LocalDateTime.ofInstant(
                    a.getSession().calendar().paymentDeadline(), BusinessTime.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        }
        long amount = fee(applicationId);
        if (amount <= 0) {
            throw new BaokaoException("payment.nothingToPay");
        }
        if (!em.createQuery("select p.id from OfflinePayment p where p.reviewPointId = :point and p.slipNumber = :slip", Long.class)
                .setParameter("point", reviewPointId).setParameter("slip", slip).setMaxResults(1).getResultList().isEmpty()) {
            throw BaokaoException.at(SlipNumber.FIELD, "desk.slip.duplicate", slip);
        }
        // an online order still open is superseded: the desk's is the one paid
        em.createNamedQuery(PaymentOrder.OPEN_FOR, PaymentOrder.class).setParameter("application", a.getId())
                .getResultStream().findFirst().ifPresent(PaymentOrder::superseded);
        em.flush();
        String orderNo = "BK" + LocalDate.now(clock.withZone(BusinessTime.ZONE)).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%08d", Database.nextValue(em, dataSource, "payment_order_no_seq"));
        PaymentOrder order = new PaymentOrder(orderNo, a, amount, DESK_PROVIDER + reviewPointId,
                a.getSession().calendar().paymentDeadline(), now);
        em.persist(order);
        em.flush();
        String transactionId = "DESK-" + method + "-" + orderNo;
        ReceivedPayment outcome = payments.record(new ReportedPayment(orderNo, transactionId, amount, now),
                PaymentRecord.Source.DESK);
        em.persist(new OfflinePayment(applicationId, reviewPointId, orderNo, transactionId, method, slip, amount,
                operatorId, operatorName, now));
        audit.record("payment.desk", "Application", applicationId, "order " + orderNo + ", " + amount + " fen, "
                + method + ", slip " + slip + ", taken by " + operatorName);
        return new Taken(orderNo, transactionId, amount, outcome);
    }

    /** Refunds of money taken at this point, queued or paid out, newest first. */
    public List<DeskRefund> refunds(long reviewPointId) {
        return em.createQuery("select r, p from RefundRequest r, PaymentRecord pr, OfflinePayment p where pr.id = r.paymentRecordId"
                        + " and p.transactionId = pr.transactionId and p.reviewPointId = :point order by r.id desc", Object[].class)
                .setParameter("point", reviewPointId).setMaxResults(500).getResultList().stream().map(row -> {
                    RefundRequest r = (RefundRequest) row[0];
                    OfflinePayment p = (OfflinePayment) row[1];
                    return new DeskRefund(r.getId(), p.getApplicationId(), r.getAmountFen(), r.getReason(), p.getSlipNumber(),
                            p.getMethod(), r.getStatus());
                }).toList();
    }

    /** The desk hands a queued refund of its own money back to the candidate (cash, or back to the card). */
    public void payOut(long refundId, long reviewPointId, String operatorName) {
        RefundRequest refund = em.find(RefundRequest.class, refundId, LockModeType.PESSIMISTIC_WRITE);
        DeskRefund mine = refunds(reviewPointId).stream().filter(r -> r.id() == refundId).findFirst().orElse(null);
        if (refund == null || mine == null) {
            throw new com.baokao.platform.OutOfReachException("no such refund");
        }
        em.refresh(refund);
        if (!RefundRequest.QUEUED.equals(refund.getStatus())) {
            throw new BaokaoException("desk.refund.notQueued");
        }
        Instant now = clock.instant();
        refund.done("DESK-" + refund.refundNo(), now, now);
        audit.record("refund.done", "Application", refund.getApplicationId(), "refund " + refund.refundNo() + ", "
                + refund.getAmountFen() + " fen (" + refund.getReason() + "), paid out at the desk (" + mine.method()
                + ", slip " + mine.slipNumber() + ") by " + operatorName);
        // the candidate is told as after a refund at the provider (same notice)
        Application application = em.find(Application.class, refund.getApplicationId());
        notices.tell(application.getAccountId(), "notice.refund.done", "/candidate/application.xhtml?id=" + application.getId(),
                "refund.done:" + refund.getId(), List.of(application.getSession().getName(),
                        com.baokao.platform.Money.ofFen(refund.getAmountFen()).yuan(), refund.refundNo()));
    }

    /** The day's payments taken at this point (Asia/Shanghai day), oldest first: what the takings report adds up. */
    public List<TakingsLine> takings(long reviewPointId, LocalDate day) {
        Instant from = day.atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        return em.createQuery("select p from OfflinePayment p where p.reviewPointId = :point and p.takenAt >= :from"
                        + " and p.takenAt < :to order by p.takenAt, p.id", OfflinePayment.class)
                .setParameter("point", reviewPointId).setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(p -> {
                    PaymentRecord record = em.createQuery("select r from PaymentRecord r where r.transactionId = :t",
                            PaymentRecord.class).setParameter("t", p.getTransactionId()).getResultStream().findFirst().orElse(null);
                    return new TakingsLine(p.getApplicationId(), p.getOrderNo(), p.getTransactionId(), p.getMethod(),
                            p.getSlipNumber(), p.getAmountFen(), p.getOperatorName(), p.getTakenAt(),
                            record == null ? null : record.getOutcome().name(), record == null ? null : record.getAmountFen());
                }).toList();
    }

    /** Refunds of this point's desk money paid back in person on the day (Asia/Shanghai). */
    public List<PaidOut> paidOut(long reviewPointId, LocalDate day) {
        Instant from = day.atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        return em.createQuery("select r, p from RefundRequest r, PaymentRecord pr, OfflinePayment p where pr.id = r.paymentRecordId"
                        + " and p.transactionId = pr.transactionId and p.reviewPointId = :point and r.status = :done"
                        + " and r.refundedAt >= :from and r.refundedAt < :to order by r.id", Object[].class)
                .setParameter("point", reviewPointId).setParameter("done", RefundRequest.DONE)
                .setParameter("from", from).setParameter("to", to).getResultList().stream().map(row -> {
                    RefundRequest r = (RefundRequest) row[0];
                    OfflinePayment p = (OfflinePayment) row[1];
                    return new PaidOut(r.getId(), p.getApplicationId(), p.getMethod(), p.getSlipNumber(), r.getAmountFen(),
                            r.getReason(), r.getRefundedAt());
                }).toList();
    }
}

package com.baokao.sandbox;

import com.baokao.i18n.BaokaoException;
import com.baokao.payment.PaymentSignature;
import com.baokao.platform.BusinessTime;
import com.baokao.reconciliation.StatementCsv;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sandbox provider's trades: create, pay, cancel, query and the daily statement. */
@Stateless
public class SandboxProvider {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SandboxSettings settings;

    @Inject
    SandboxNotifier notifier;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The trade of {@code order}; the same order number again gives the same trade. */
    public TradeView create(SandboxOrder order) {
        if (order.amountFen() <= 0) {
            throw new BaokaoException("sandbox.error.amount");
        }
        Optional<SandboxTrade> existing = byOrder(order.merchant(), order.orderNo());
        if (existing.isPresent()) {
            if (!existing.get().sameOrder(order)) {
                throw new BaokaoException("sandbox.error.orderConflict", order.orderNo());
            }
            return TradeView.of(existing.get(), clock.instant());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SandboxTrade trade = new SandboxTrade(number("T", now), order, now);
        em.persist(trade);
        em.flush();
        return TradeView.of(trade, now);
    }

    public Optional<TradeView> trade(String tradeNo) {
        return Optional.ofNullable(em.find(SandboxTrade.class, tradeNo)).map(t -> TradeView.of(t, clock.instant()));
    }

    public Optional<TradeView> query(String merchant, String orderNo) {
        return byOrder(merchant, orderNo).map(t -> TradeView.of(t, clock.instant()));
    }

    /**
     * Pays a waiting trade and, once that commits, notifies the merchant. A trade that is already closed is
     * returned as it is (paying twice never charges twice); an expired one is closed as EXPIRED.
     */
    public TradeView pay(String tradeNo) {
        SandboxTrade trade = locked(tradeNo);
        // the notification, the query and the statement must show the same paidAt as the database keeps
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (trade.statusAt(now) == SandboxTrade.Status.EXPIRED && trade.getStatus() == SandboxTrade.Status.WAITING) {
            trade.close(SandboxTrade.Status.EXPIRED);
        } else if (trade.getStatus() == SandboxTrade.Status.WAITING) {
            trade.paid(number("SBX", now), now);
            notifyAfterCommit(trade.getNotifyUrl(), notification(trade));
        }
        return TradeView.of(trade, now);
    }

    /** Cancels a waiting trade; a closed one is returned as it is. */
    public TradeView cancel(String tradeNo) {
        SandboxTrade trade = locked(tradeNo);
        Instant now = clock.instant();
        if (trade.getStatus() == SandboxTrade.Status.WAITING) {
            trade.close(trade.statusAt(now) == SandboxTrade.Status.EXPIRED
                    ? SandboxTrade.Status.EXPIRED : SandboxTrade.Status.CANCELLED);
        }
        return TradeView.of(trade, now);
    }

    /**
     * Refunds part or all of a paid trade. The same refund number again answers the refund already made (nothing is
     * refunded twice); the same number for another transaction or amount is refused, as is a refund of an unknown
     * transaction or one that would give back more than was paid (counting earlier refunds). The trade's row lock
     * serialises refunds of one transaction.
     */
    public RefundView refund(String merchant, String refundNo, String transactionId, long amountFen, String reason) {
        SandboxTrade found = em.createNamedQuery(SandboxTrade.BY_TRANSACTION, SandboxTrade.class)
                .setParameter("merchant", merchant).setParameter("transactionId", transactionId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BaokaoException("sandbox.error.unknownTransaction", transactionId));
        SandboxTrade trade = locked(found.getTradeNo());
        em.refresh(trade);
        Optional<SandboxRefund> existing = em.createNamedQuery(SandboxRefund.BY_NUMBER, SandboxRefund.class)
                .setParameter("merchant", merchant).setParameter("refundNo", refundNo).getResultStream().findFirst();
        if (existing.isPresent()) {
            SandboxRefund before = existing.get();
            if (!before.getTransactionId().equals(transactionId) || before.getAmountFen() != amountFen) {
                throw new BaokaoException("sandbox.error.refundConflict", refundNo);
            }
            return RefundView.of(before);
        }
        long refunded = ((Number) em.createNamedQuery(SandboxRefund.REFUNDED_OF_TRADE)
                .setParameter("tradeNo", trade.getTradeNo()).getSingleResult()).longValue();
        if (trade.getStatus() != SandboxTrade.Status.PAID) {
            throw new BaokaoException("sandbox.error.unknownTransaction", transactionId);
        }
        if (!RefundLimit.allowed(trade.getAmountFen(), refunded, amountFen)) {
            throw new BaokaoException("sandbox.error.refundExceeds", amountFen, trade.getAmountFen() - refunded);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SandboxRefund refund = new SandboxRefund(number("R", now), merchant, refundNo, trade, amountFen,
                reason == null ? null : reason.substring(0, Math.min(reason.length(), 200)), now);
        em.persist(refund);
        em.flush();
        return RefundView.of(refund);
    }

    /** How many refunds the sandbox made of a transaction, and their sum (for tests and the statement). */
    public long[] refundsOf(String transactionId) {
        Object[] row = (Object[]) em.createQuery("select count(r), coalesce(sum(r.amountFen), 0) from SandboxRefund r"
                + " where r.transactionId = :t").setParameter("t", transactionId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** The statement of one Asia/Shanghai day: every payment of {@code merchant} made that day. */
    public String statement(String merchant, LocalDate day) {
        List<SandboxTrade> paid = em.createNamedQuery(SandboxTrade.PAID_BETWEEN, SandboxTrade.class)
                .setParameter("merchant", merchant)
                .setParameter("from", day.atStartOfDay(BusinessTime.ZONE).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant())
                .getResultList();
        return StatementCsv.format(paid.stream().map(t -> new StatementCsv.Line(t.getTransactionId(),
                t.getOrderNo(), t.getAmountFen(), t.getStatus().name(), t.getPaidAt())).toList());
    }

    /** The signed notification of a paid trade, as the protocol lists its fields. */
    Map<String, String> notification(SandboxTrade trade) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("merchant", trade.getMerchant());
        fields.put("orderNo", trade.getOrderNo());
        fields.put("tradeNo", trade.getTradeNo());
        fields.put("transactionId", trade.getTransactionId());
        fields.put("amountFen", Long.toString(trade.getAmountFen()));
        fields.put("status", trade.getStatus().name());
        fields.put("paidAt", trade.getPaidAt().toString());
        return PaymentSignature.signed(fields, settings.key());
    }

    private void notifyAfterCommit(String url, Map<String, String> notification) {
        // a notification for a payment that then rolled back would be a lie the merchant acts on
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    notifier.send(url, notification);
                }
            }
        });
    }

    private SandboxTrade locked(String tradeNo) {
        SandboxTrade trade = em.find(SandboxTrade.class, tradeNo, LockModeType.PESSIMISTIC_WRITE);
        if (trade == null) {
            throw new BaokaoException("sandbox.error.unknownTrade");
        }
        return trade;
    }

    private Optional<SandboxTrade> byOrder(String merchant, String orderNo) {
        return em.createNamedQuery(SandboxTrade.BY_ORDER, SandboxTrade.class).setParameter("merchant", merchant)
                .setParameter("orderNo", orderNo).getResultStream().findFirst();
    }

    private static String number(String prefix, Instant now) {
        return prefix + STAMP.format(now.atZone(BusinessTime.ZONE)) + String.format("%010d", RANDOM.nextLong(10_000_000_000L));
    }
}

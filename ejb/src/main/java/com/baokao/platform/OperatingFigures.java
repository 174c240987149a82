package com.baokao.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures operators watch that live in the database, so every node of a cluster reports the same (issue 19's
 * metrics): payment records by outcome, refunds waiting to be paid back, and messages waiting to be sent. Read by
 * the metrics endpoint, which keeps them a few seconds between scrapes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OperatingFigures {

    /** The outcomes a payment record can have (the table's check constraint), each reported even at zero. */
    public static final List<String> PAYMENT_OUTCOMES = List.of("APPLIED", "REFUND", "EXCEPTION");

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    public Figures read() {
        Map<String, Long> payments = new TreeMap<>();
        PAYMENT_OUTCOMES.forEach(outcome -> payments.put(outcome, 0L));
        List<?> rows = em.createNativeQuery("select outcome, count(*) from payment_record group by outcome").getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            payments.put(String.valueOf(cells[0]), ((Number) cells[1]).longValue());
        }
        long refundsQueued = count("select count(*) from refund_request where status = 'QUEUED'");
        long outboxBacklog = count("select count(*) from outbox_message where status in ('PENDING', 'SENDING')");
        return new Figures(Map.copyOf(payments), refundsQueued, outboxBacklog);
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** One reading: payment records per outcome, refunds queued, outbox messages not yet sent. */
    public record Figures(Map<String, Long> paymentsByOutcome, long refundsQueued, long outboxBacklog)
            implements Serializable {
    }
}

package com.baokao.reconciliation;

import com.baokao.payment.PaymentOrder;
import com.baokao.payment.PaymentRecord;
import com.baokao.payment.Payments;
import com.baokao.payment.ReceivedPayment;
import com.baokao.payment.ReportedPayment;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the statement lines Baokao had not recorded, one transaction per line, through the same decision as the
 * provider's notification ({@link Payments#record}), and keeps what that decided on the line's item.
 * <p>
 * A step of job {@code fee-reconciliation}: it commits on its own ({@code REQUIRES_NEW}), see the package
 * documentation for why.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PendingLineResolver {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    jakarta.ejb.SessionContext context;

    @EJB
    Payments payments;

    @EJB
    ReconciliationRuns runs;

    /** Up to {@code max} pending line numbers after {@code afterLine}, in line order. */
    public List<Long> pendingAfter(long runId, long afterLine, int max) {
        List<?> rows = em.createNativeQuery("select ref_no from reconciliation_item where run_id = ? and kind = 'LINE'"
                        + " and outcome = 'PENDING' and ref_no > ? order by ref_no")
                .setParameter(1, runId).setParameter(2, afterLine).setMaxResults(max).getResultList();
        List<Long> lines = new ArrayList<>(rows.size());
        for (Object row : rows) {
            lines.add(((Number) row).longValue());
        }
        return lines;
    }

    /** Resolves a chunk of pending lines, each in its own transaction (see {@link #resolve}). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resolveAll(long runId, List<Long> lineNos) {
        PendingLineResolver self = context.getBusinessObject(PendingLineResolver.class);
        for (long lineNo : lineNos) {
            self.resolve(runId, lineNo);
        }
        runs.beat(runId);
    }

    /**
     * Records one pending line as the provider's notification would have been, and keeps what that decided. A
     * transaction recorded meanwhile (a late notification) is classed by what its record says. A line another
     * execution resolved already is left alone.
     */
    public ReconciliationOutcome resolve(long runId, long lineNo) {
        em.find(ReconciliationRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        String current = (String) em.createNativeQuery("select outcome from reconciliation_item where run_id = ?"
                + " and kind = 'LINE' and ref_no = ?").setParameter(1, runId).setParameter(2, lineNo).getSingleResult();
        if (!ReconciliationOutcome.PENDING.name().equals(current)) {
            return ReconciliationOutcome.valueOf(current);
        }
        Object[] line = (Object[]) em.createNativeQuery("select transaction_id, order_no, amount_fen, paid_at"
                        + " from statement_line where run_id = ? and line_no = ?")
                .setParameter(1, runId).setParameter(2, lineNo).getSingleResult();
        ReportedPayment payment = new ReportedPayment((String) line[1], (String) line[0], ((Number) line[2]).longValue(),
                Database.instant(line[3]));
        ReceivedPayment decision = payments.record(payment, PaymentRecord.Source.STATEMENT);
        PaymentOrder order = em.createNamedQuery(PaymentOrder.BY_NUMBER, PaymentOrder.class)
                .setParameter("no", payment.orderNo()).getResultStream().findFirst().orElse(null);
        Object[] record = (Object[]) em.createNativeQuery("select outcome, order_no, amount_fen, detail from payment_record"
                + " where transaction_id = ?").setParameter(1, payment.transactionId()).getSingleResult();
        boolean sameOrderAndAmount = payment.orderNo().equals(record[1]) && payment.amountFen() == ((Number) record[2]).longValue();
        ReconciliationOutcome outcome = decision == ReceivedPayment.ALREADY_RECORDED
                ? ReconciliationOutcome.ofRecorded((String) record[0], sameOrderAndAmount, order != null)
                : ReconciliationOutcome.of(decision, order != null);
        String detail = switch (outcome) {
            case FIXED -> ReconciliationText.encode("reconciliation.detail.fixed");
            case MATCHED -> ReconciliationText.encode("reconciliation.detail.meanwhile");
            case AMOUNT_MISMATCH -> order == null ? ReconciliationText.encode("reconciliation.detail.noOrder")
                    : ReconciliationText.encode("reconciliation.detail.orderSays", order.getAmountFen());
            case UNKNOWN_ORDER -> ReconciliationText.encode("reconciliation.detail.noOrder");
            default -> ReconciliationText.encode("reconciliation.detail.refund", String.valueOf(record[3]));
        };
        em.createNativeQuery("update reconciliation_item set outcome = ?, detail = ?, application_id = cast(? as bigint)"
                        + " where run_id = ? and kind = 'LINE' and ref_no = ?")
                .setParameter(1, outcome.name()).setParameter(2, detail)
                .setParameter(3, order == null ? null : order.getApplication().getId())
                .setParameter(4, runId).setParameter(5, lineNo).executeUpdate();
        return outcome;
    }

}

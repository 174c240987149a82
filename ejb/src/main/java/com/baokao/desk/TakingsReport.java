package com.baokao.desk;

import com.baokao.payment.OfflineMethod;
import com.baokao.payment.OfflinePayments;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The end-of-day desk cash report (现场收费日报): the day's takings per operator and method, the refunds paid back in
 * person, and every payment matched against what Baokao recorded for it, so the money in the drawer and the money in
 * Baokao agree. A line matches when Baokao holds a payment record for its transaction with the same amount; anything
 * else is listed for the operator to explain.
 */
public record TakingsReport(List<Total> totals, long takenFen, long paidOutFen, List<OfflinePayments.TakingsLine> lines,
                            List<OfflinePayments.PaidOut> paidOut, List<OfflinePayments.TakingsLine> unmatched)
        implements Serializable {

    /** What one operator took by one method. */
    public record Total(String operatorName, OfflineMethod method, int count, long amountFen) implements Serializable {
    }

    public static TakingsReport of(List<OfflinePayments.TakingsLine> lines, List<OfflinePayments.PaidOut> paidOut) {
        Map<String, Total> totals = new TreeMap<>();
        List<OfflinePayments.TakingsLine> unmatched = new ArrayList<>();
        long taken = 0;
        for (OfflinePayments.TakingsLine line : lines) {
            String key = line.operatorName() + "\u0000" + line.method();
            Total before = totals.get(key);
            totals.put(key, new Total(line.operatorName(), line.method(), (before == null ? 0 : before.count()) + 1,
                    (before == null ? 0 : before.amountFen()) + line.amountFen()));
            taken += line.amountFen();
            if (!matched(line)) {
                unmatched.add(line);
            }
        }
        long out = paidOut.stream().mapToLong(OfflinePayments.PaidOut::amountFen).sum();
        List<Total> sorted = new ArrayList<>(totals.values());
        sorted.sort(Comparator.comparing(Total::operatorName).thenComparing(Total::method));
        return new TakingsReport(List.copyOf(sorted), taken, out, List.copyOf(lines), List.copyOf(paidOut), List.copyOf(unmatched));
    }

    /** Baokao recorded this transaction, for the same amount (applied, or queued for refund by the usual rules). */
    static boolean matched(OfflinePayments.TakingsLine line) {
        return line.recordedOutcome() != null && !"EXCEPTION".equals(line.recordedOutcome())
                && line.recordedAmountFen() != null && line.recordedAmountFen() == line.amountFen();
    }

    /** Money that should be in the drawer (and card terminal) at the end of the day: taken minus paid back. */
    public long netFen() {
        return takenFen - paidOutFen;
    }
}

package com.baokao.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * The payment provider's daily statement file: one line per successful payment, with a header line. The format is
 * reconciliation's: {@link StatementLineParser} reads it, and the sandbox provider writes it.
 */
public final class StatementCsv {

    public static final String HEADER = "transactionId,orderNo,amountFen,status,paidAt";

    /** One payment in the statement. */
    public record Line(String transactionId, String orderNo, long amountFen, String status, Instant paidAt) {
    }

    private StatementCsv() {
    }

    public static String format(List<Line> lines) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Line line : lines) {
            csv.append(field(line.transactionId())).append(',').append(field(line.orderNo())).append(',')
                    .append(line.amountFen()).append(',').append(field(line.status())).append(',')
                    .append(line.paidAt()).append('\n');
        }
        return csv.toString();
    }

    /** RFC 4180 quoting, so a merchant's order number with a comma or quote cannot shift the columns. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

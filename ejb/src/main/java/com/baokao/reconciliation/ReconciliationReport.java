package com.baokao.reconciliation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A run as the operator's page shows it: its state, its counts per class and the lines that need a person. */
public record ReconciliationReport(long runId, LocalDate statementDay, String status, String requestedBy, Long executionId,
                                   Instant startedAt, Instant finishedAt, Counts counts, List<Item> items,
                                   List<Rejected> rejected) implements Serializable {

    /** Counts per class; {@code loaded + rejected} is every line of the file but the header. */
    public record Counts(long loaded, long rejected, long matched, long fixed, long refunds, long amountMismatches,
                         long unknownOrders, long missingAtProvider, long notPayments) implements Serializable {

        public long exceptions() {
            return amountMismatches + unknownOrders + missingAtProvider;
        }
    }

    /** A line (or one of Baokao's payments) that did not simply match. */
    public record Item(String kind, long refNo, String outcome, String transactionId, String orderNo, long amountFen,
                       Long applicationId, String detail) implements Serializable {
    }

    /** A line the job could not read. */
    public record Rejected(long lineNo, String content, String reason) implements Serializable {
    }
}

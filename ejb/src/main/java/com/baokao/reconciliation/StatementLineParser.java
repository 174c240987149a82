package com.baokao.reconciliation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one line of the provider's daily statement (docs/payment-protocol.md): RFC 4180 fields
 * {@code transactionId,orderNo,amountFen,status,paidAt}. Each line is parsed on its own so that one bad line is
 * skipped without losing the rest of the file. Thread-safe.
 */
public final class StatementLineParser {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrim(false).get();
    private static final Pattern STATUS = Pattern.compile("[A-Z_]{1,16}");
    /** Baokao's payment records keep a provider transaction id of up to 64 characters and its own order numbers of 32. */
    private static final int MAX_TRANSACTION = 64;
    private static final int MAX_ORDER = 32;

    private StatementLineParser() {
    }

    /** True for the header line the provider puts first. */
    public static boolean isHeader(String line) {
        return StatementCsv.HEADER.equals(line.strip());
    }

    public static StatementEntry parse(long lineNo, String line) throws MalformedStatementLine {
        if (line == null || line.isBlank()) {
            throw new MalformedStatementLine(lineNo, String.valueOf(line), "reconciliation.line.empty");
        }
        List<String> fields = fields(lineNo, line);
        if (fields.size() != 5) {
            throw new MalformedStatementLine(lineNo, line, "reconciliation.line.fields", fields.size());
        }
        String transactionId = id(lineNo, line, "transactionId", fields.get(0), MAX_TRANSACTION);
        String orderNo = id(lineNo, line, "orderNo", fields.get(1), MAX_ORDER);
        long amount;
        try {
            amount = Long.parseLong(fields.get(2));
        } catch (NumberFormatException e) {
            throw new MalformedStatementLine(lineNo, line, "reconciliation.line.amount", clip(fields.get(2)));
        }
        if (amount <= 0) {
            throw new MalformedStatementLine(lineNo, line, "reconciliation.line.amountPositive", amount);
        }
        String status = fields.get(3);
        if (!STATUS.matcher(status).matches()) {
            throw new MalformedStatementLine(lineNo, line, "reconciliation.line.status", clip(status));
        }
        Instant paidAt;
        try {
            paidAt = fields.get(4).isEmpty() ? null : Instant.parse(fields.get(4));
        } catch (DateTimeParseException e) {
            throw new MalformedStatementLine(lineNo, line, "reconciliation.line.paidAt", clip(fields.get(4)));
        }
        if (paidAt == null && StatementEntry.PAID.equals(status)) {
            throw new MalformedStatementLine(lineNo, line, "reconciliation.line.paidAtMissing");
        }
        return new StatementEntry(lineNo, transactionId, orderNo, amount, status, paidAt);
    }

    private static List<String> fields(long lineNo, String line) throws MalformedStatementLine {
        try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new MalformedStatementLine(lineNo, line, "reconciliation.line.records");
            }
            return records.get(0).toList();
        } catch (UncheckedIOException e) {
            throw new MalformedStatementLine(lineNo, line, "reconciliation.line.quoting");
        } catch (IOException e) {
            throw new MalformedStatementLine(lineNo, line, "reconciliation.line.quoting");
        }
    }

    private static String id(long lineNo, String line, String name, String value, int max) throws MalformedStatementLine {
        if (value.isBlank() || value.length() > max) {
            throw new MalformedStatementLine(lineNo, line, "reconciliation.line.id", name, max);
        }
        return value;
    }

    private static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}

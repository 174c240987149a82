package com.baokao.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementLineParserTest {

    @Test
    void readsWhatTheProviderWrites() throws Exception {
        Instant paid = Instant.parse("2026-11-30T02:03:04.567Z");
        String csv = StatementCsv.format(List.of(new StatementCsv.Line("T1", "BK,\"odd\"", 17500, "PAID", paid)));
        String[] lines = csv.split("\n");

        assertThat(StatementLineParser.isHeader(lines[0])).isTrue();
        StatementEntry entry = StatementLineParser.parse(2, lines[1]);

        assertThat(entry).isEqualTo(new StatementEntry(2, "T1", "BK,\"odd\"", 17500, "PAID", paid));
        assertThat(entry.payment()).isTrue();
    }

    @Test
    void aLineThatIsNotAPaymentNeedsNoTime() throws Exception {
        StatementEntry entry = StatementLineParser.parse(7, "T9,BK1,100,REFUNDED,");

        assertThat(entry.payment()).isFalse();
        assertThat(entry.paidAt()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "T1,BK1,100,PAID                          | 5 fields expected, found 4.",
            "T1,BK1,100,PAID,2026-11-30T02:03:04Z,x   | 5 fields expected, found 6.",
            "T1,BK1,abc,PAID,2026-11-30T02:03:04Z     | amountFen is not a whole number of fen: abc",
            "T1,BK1,-5,PAID,2026-11-30T02:03:04Z      | amountFen must be positive: -5",
            "T1,BK1,0,PAID,2026-11-30T02:03:04Z       | amountFen must be positive: 0",
            "T1,BK1,12.5,PAID,2026-11-30T02:03:04Z    | amountFen is not a whole number of fen: 12.5",
            ",BK1,100,PAID,2026-11-30T02:03:04Z       | transactionId must have 1 to 64 characters.",
            "T1,,100,PAID,2026-11-30T02:03:04Z        | orderNo must have 1 to 32 characters.",
            "T1,BK1,100,paid,2026-11-30T02:03:04Z     | status is not a provider status: paid",
            "T1,BK1,100,PAID,30/11/2026               | paidAt is not an ISO-8601 instant: 30/11/2026",
            "T1,BK1,100,PAID,                         | A paid line needs paidAt.",
            "T1,\"BK1,100,PAID,2026-11-30T02:03:04Z   | Broken quoting.",
    })
    void refusesWhatItCannotTrust(String line, String reason) {
        assertThatThrownBy(() -> StatementLineParser.parse(3, line.strip()))
                .isInstanceOfSatisfying(MalformedStatementLine.class, e -> {
                    assertThat(ReconciliationText.explain(e.reason(), Locale.ENGLISH)).isEqualTo(reason);
                    assertThat(e.lineNo()).isEqualTo(3);
                    assertThat(e.content()).isEqualTo(line.strip());
                });
    }

    @Test
    void refusesAnOverlongIdAndAnEmptyLine() {
        assertThatThrownBy(() -> StatementLineParser.parse(4, "T" + "x".repeat(64) + ",BK1,1,PAID,2026-11-30T02:03:04Z"))
                .hasMessage("line 4: transactionId must have 1 to 64 characters.");
        // longer than any order number Baokao gives: unreadable, not an "unknown order" Baokao could not even record
        assertThatThrownBy(() -> StatementLineParser.parse(4, "T1," + "B".repeat(33) + ",1,PAID,2026-11-30T02:03:04Z"))
                .hasMessage("line 4: orderNo must have 1 to 32 characters.");
        assertThatThrownBy(() -> StatementLineParser.parse(5, "   ")).hasMessage("line 5: Empty line.");
    }

    @Test
    void aReasonIsKeptAsAKeyAndSaidInTheReadersLanguage() {
        String kept = ReconciliationText.encode("reconciliation.line.amount", "1|2");
        assertThat(kept).isEqualTo("reconciliation.line.amount|1¦2");
        assertThat(ReconciliationText.explain(kept, Locale.SIMPLIFIED_CHINESE)).isEqualTo("金额（分）不是整数：1¦2");
        assertThat(ReconciliationText.explain("free text", Locale.ENGLISH)).isEqualTo("free text");
    }

    @Test
    void aLineAlreadyRecordedIsClassedByItsRecord() {
        assertThat(ReconciliationOutcome.ofRecorded("APPLIED", true, true)).isEqualTo(ReconciliationOutcome.MATCHED);
        assertThat(ReconciliationOutcome.ofRecorded("APPLIED", false, true)).isEqualTo(ReconciliationOutcome.AMOUNT_MISMATCH);
        assertThat(ReconciliationOutcome.ofRecorded("REFUND", true, true)).isEqualTo(ReconciliationOutcome.REFUND);
        assertThat(ReconciliationOutcome.ofRecorded("EXCEPTION", false, true)).isEqualTo(ReconciliationOutcome.AMOUNT_MISMATCH);
        assertThat(ReconciliationOutcome.ofRecorded("EXCEPTION", false, false)).isEqualTo(ReconciliationOutcome.UNKNOWN_ORDER);
        assertThat(ReconciliationOutcome.of(com.baokao.payment.ReceivedPayment.APPLY, true)).isEqualTo(ReconciliationOutcome.FIXED);
    }
}

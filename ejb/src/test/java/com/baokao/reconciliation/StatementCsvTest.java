package com.baokao.reconciliation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementCsvTest {

    @Test
    void anEmptyDayHasOnlyTheHeader() {
        assertThat(StatementCsv.format(List.of())).isEqualTo("transactionId,orderNo,amountFen,status,paidAt\n");
    }

    @Test
    void oneLinePerPaymentWithAnIsoInstant() {
        String csv = StatementCsv.format(List.of(
                new StatementCsv.Line("SBX1", "BK-1", 12000, "PAID", Instant.parse("2026-03-01T02:03:04Z")),
                new StatementCsv.Line("SBX2", "BK-2", 5, "PAID", Instant.parse("2026-03-01T10:00:00.123Z"))));
        assertThat(csv.split("\n")).containsExactly(
                "transactionId,orderNo,amountFen,status,paidAt",
                "SBX1,BK-1,12000,PAID,2026-03-01T02:03:04Z",
                "SBX2,BK-2,5,PAID,2026-03-01T10:00:00.123Z");
    }

    @Test
    void fieldsWithCommasOrQuotesAreQuoted() {
        assertThat(StatementCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(StatementCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(StatementCsv.field("plain")).isEqualTo("plain");
    }
}

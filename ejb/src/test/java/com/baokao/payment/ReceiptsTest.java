package com.baokao.payment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptsTest {

    @Test
    void theReceiptNumberIsTheOrderNumberAsAReceipt() {
        assertThat(Receipts.number("BK2026050100000012")).isEqualTo("SJ2026050100000012");
        assertThat(Receipts.number("X-77")).isEqualTo("SJX-77");
    }
}

package com.baokao.payment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptsTest {

    @Test
    void theReceiptNumberIsTheOrderNumberAsAReceipt() {
        assertThat(Receipts.number("BK2026050100000012")).isEqualTo("SJ2026050100000012");
        assertThat(Receipts.number("X-77")).isEqualTo("SJX-77");
    }

    @Test
    void theIdNumberKeepsItsAreaAndLastFourDigits() {
        assertThat(Receipts.masked("110105199003071239")).isEqualTo("110105********1239");
        assertThat(Receipts.masked("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Receipts.masked("E12345678")).isEqualTo("E1***5678");
        assertThat(Receipts.masked("ABC")).isEqualTo("*BC");
        assertThat(Receipts.masked(null)).isEmpty();
    }
}

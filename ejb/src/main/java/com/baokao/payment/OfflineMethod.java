package com.baokao.payment;

/** How the fee was taken at a registration point's desk (现场缴费). */
public enum OfflineMethod {
    CASH,
    CARD
}

package com.baokao.profile;

/** Who the fee invoice is made out to (seed 002: 个人 or 单位). */
public enum InvoiceKind {
    PERSONAL,
    COMPANY
}

/**
 * Fees: the payment provider port and its protocol (docs/payment-protocol.md), payment orders, notifications and
 * refunds. The sandbox provider that speaks the protocol inside Baokao lives in {@code com.baokao.sandbox}.
 */
package com.baokao.payment;

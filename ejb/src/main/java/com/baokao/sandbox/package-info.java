/**
 * The sandbox payment provider: a stand-in for a YeePay/Alipay-style provider that runs inside Baokao with its own
 * table, its own key and its own pages, speaking exactly the protocol of docs/payment-protocol.md (create order,
 * pay page, signed asynchronous notification, query, daily statement). It can drop, delay, duplicate or reorder
 * notifications so tests reproduce real faults. Switched on by {@code baokao.sandbox.enabled}; off by default.
 */
package com.baokao.sandbox;

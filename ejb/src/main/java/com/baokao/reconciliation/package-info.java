/**
 * Nightly fee reconciliation: the provider's daily statement against Baokao's orders and payments. The statement is
 * loaded in bulk ({@link com.baokao.reconciliation.StatementLoader}), classified with set-based SQL
 * ({@link com.baokao.reconciliation.ReconciliationSteps#classify}), the few lines Baokao had not recorded are
 * recorded through the same decision as a notification ({@link com.baokao.payment.Payments#record}), and a report is
 * kept per run ({@link com.baokao.reconciliation.ReconciliationRun}). The Jakarta Batch job that drives these steps
 * lives in the batch module ({@code fee-reconciliation}).
 */
package com.baokao.reconciliation;

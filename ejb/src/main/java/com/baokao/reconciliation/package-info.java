/**
 * Nightly fee reconciliation: the provider's daily statement against Baokao's orders and payments. The statement is
 * loaded in bulk ({@link com.baokao.reconciliation.StatementLoader}), classified with set-based SQL
 * ({@link com.baokao.reconciliation.StatementClassifier#classify}), the few lines Baokao had not recorded are
 * recorded through the same decision as a notification ({@link com.baokao.payment.Payments#record}), and a report is
 * kept per run ({@link com.baokao.reconciliation.ReconciliationRun}). The Jakarta Batch job that drives these steps
 * lives in the batch module ({@code fee-reconciliation}); its steps here are {@link
 * com.baokao.reconciliation.ReconciliationRuns}, {@link com.baokao.reconciliation.StatementLoader}, {@link
 * com.baokao.reconciliation.StatementClassifier}, {@link com.baokao.reconciliation.PendingLineResolver} and {@link
 * com.baokao.reconciliation.ReconciliationTally}.
 * <p>
 * Every step commits on its own ({@code REQUIRES_NEW}), never in the batch runtime's chunk transaction: on
 * PostgreSQL that transaction already holds the job repository's connection, and a second non-XA resource (this
 * database) cannot join it. The job's checkpoint commits after the step's own work, so it is never ahead of it.
 * The steps are called by the batch artifacts, which run without a caller identity.
 */
package com.baokao.reconciliation;

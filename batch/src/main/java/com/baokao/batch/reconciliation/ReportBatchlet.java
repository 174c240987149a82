package com.baokao.batch.reconciliation;

import com.baokao.batch.RunOfJob;
import com.baokao.reconciliation.ReconciliationReport;
import com.baokao.reconciliation.ReconciliationTally;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step {@code report}: counts per class kept with the run; the job's exit status carries them too. */
@Dependent
@Named("reportBatchlet")
public class ReportBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @EJB
    ReconciliationTally steps;

    @Override
    public String process() {
        ReconciliationReport.Counts c = steps.report(RunOfJob.of(job));
        String summary = "matched=" + c.matched() + ",fixed=" + c.fixed() + ",refunds=" + c.refunds()
                + ",amountMismatches=" + c.amountMismatches() + ",unknownOrders=" + c.unknownOrders()
                + ",missingAtProvider=" + c.missingAtProvider() + ",notPayments=" + c.notPayments()
                + ",rejected=" + c.rejected();
        job.setExitStatus(summary);
        return summary;
    }
}

package com.baokao.batch.reconciliation;

import com.baokao.reconciliation.MalformedStatementLine;
import com.baokao.reconciliation.ReconciliationSteps;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps every skipped line with its reason for the run's report (once, even when a redone chunk skips it again). */
@Dependent
@Named("rejectedLineListener")
public class RejectedLineListener implements SkipProcessListener {

    @Inject
    JobContext job;

    @EJB
    ReconciliationSteps steps;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        RawLine line = (RawLine) item;
        String reason = ex instanceof MalformedStatementLine m ? m.reason() : String.valueOf(ex.getMessage());
        steps.reject(RunOfJob.of(job), line.lineNo(), line.text(), reason);
    }
}

package com.baokao.batch.reconciliation;

import com.baokao.batch.RunOfJob;
import com.baokao.reconciliation.MalformedStatementLine;
import com.baokao.reconciliation.StatementLoader;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps every skipped line with its reason for the run's report (once, even when a redone chunk skips it again), and
 * holds the skip limit for the whole run: the batch runtime counts skips per execution, so a restarted or resumed run
 * would otherwise get a fresh allowance.
 */
@Dependent
@Named("rejectedLineListener")
public class RejectedLineListener implements SkipProcessListener {

    @Inject
    JobContext job;

    @EJB
    StatementLoader steps;

    @Inject
    @BatchProperty
    String skipLimit;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        RawLine line = (RawLine) item;
        String reason = ex instanceof MalformedStatementLine m ? m.reason() : String.valueOf(ex.getMessage());
        long runId = RunOfJob.of(job);
        steps.reject(runId, line.lineNo(), line.text(), reason);
        long limit = skipLimit == null || skipLimit.isBlank() ? 1000 : Long.parseLong(skipLimit.strip());
        long rejected = steps.rejectedCount(runId);
        if (rejected > limit) {
            throw new IllegalStateException("reconciliation run " + runId + " has " + rejected
                    + " unreadable lines, more than its skip limit of " + limit);
        }
    }
}

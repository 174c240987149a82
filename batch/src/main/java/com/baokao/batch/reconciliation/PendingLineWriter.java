package com.baokao.batch.reconciliation;

import com.baokao.reconciliation.ReconciliationSteps;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Records each pending line through the payments' one decision, in the chunk's transaction. */
@Dependent
@Named("pendingLineWriter")
public class PendingLineWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @EJB
    ReconciliationSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        long runId = RunOfJob.of(job);
        for (Object line : items) {
            steps.resolve(runId, (Long) line);
        }
        steps.heartbeat(runId);
    }
}

package com.baokao.batch.reconciliation;

import com.baokao.batch.RunOfJob;
import com.baokao.reconciliation.PendingLineResolver;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Records a chunk of pending lines through the payments' one decision, in one transaction of their own. */
@Dependent
@Named("pendingLineWriter")
public class PendingLineWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @EJB
    PendingLineResolver steps;

    @Override
    public void writeItems(List<Object> items) {
        List<Long> lines = new java.util.ArrayList<>(items.size());
        for (Object line : items) {
            lines.add((Long) line);
        }
        steps.resolveAll(RunOfJob.of(job), lines);
    }
}

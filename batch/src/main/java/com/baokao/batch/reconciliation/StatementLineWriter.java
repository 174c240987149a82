package com.baokao.batch.reconciliation;

import com.baokao.batch.RunOfJob;
import com.baokao.reconciliation.StatementEntry;
import com.baokao.reconciliation.StatementLoader;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** Loads a chunk of parsed lines in bulk, in one transaction (committed just before the chunk's checkpoint). */
@Dependent
@Named("statementLineWriter")
public class StatementLineWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @EJB
    StatementLoader steps;

    @Override
    public void writeItems(List<Object> items) {
        List<StatementEntry> entries = new ArrayList<>(items.size());
        for (Object item : items) {
            entries.add((StatementEntry) item);
        }
        steps.load(RunOfJob.of(job), entries);
    }
}

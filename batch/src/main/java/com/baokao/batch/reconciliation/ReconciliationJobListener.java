package com.baokao.batch.reconciliation;

import com.baokao.batch.RunOfJob;
import com.baokao.reconciliation.ReconciliationRuns;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Ties the run to the execution working on it, so the jobs page can show the run's progress and report. */
@Dependent
@Named("reconciliationJobListener")
public class ReconciliationJobListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @EJB
    ReconciliationRuns steps;

    @Override
    public void beforeJob() {
        steps.attach(RunOfJob.of(job), job.getExecutionId());
    }
}

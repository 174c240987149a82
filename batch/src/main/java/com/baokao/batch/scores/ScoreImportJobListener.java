package com.baokao.batch.scores;

import com.baokao.batch.RunOfJob;
import com.baokao.score.ScoreImportRuns;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Ties the run to the execution working on it, so the jobs page can show the run's progress and report. */
@Dependent
@Named("scoreImportJobListener")
public class ScoreImportJobListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @EJB
    ScoreImportRuns runs;

    @Override
    public void beforeJob() {
        runs.attach(RunOfJob.of(job), job.getExecutionId());
    }
}

package com.baokao.batch.scores;

import com.baokao.batch.RunOfJob;
import com.baokao.score.ScoreMatcher;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step {@code apply}: the set-based match and write of every loaded line, once per run, in one transaction. */
@Dependent
@Named("applyScoresBatchlet")
public class ApplyScoresBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @EJB
    ScoreMatcher matcher;

    @Override
    public String process() {
        return matcher.apply(RunOfJob.of(job)) ? "APPLIED" : "ALREADY_APPLIED";
    }
}

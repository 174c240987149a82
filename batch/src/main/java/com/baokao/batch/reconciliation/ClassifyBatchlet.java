package com.baokao.batch.reconciliation;

import com.baokao.batch.RunOfJob;
import com.baokao.reconciliation.StatementClassifier;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step {@code classify}: the set-based match of every loaded line, once per run, in one transaction. */
@Dependent
@Named("classifyBatchlet")
public class ClassifyBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @EJB
    StatementClassifier steps;

    @Override
    public String process() {
        return steps.classify(RunOfJob.of(job)) ? "CLASSIFIED" : "ALREADY_CLASSIFIED";
    }
}

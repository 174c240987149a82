package com.baokao.batch.tickets;

import com.baokao.seating.SeatingOverview;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step {@code report}: the session's tickets, seats, unseated pairs and sheets, as the job's exit status. */
@Dependent
@Named("seatingReportBatchlet")
public class SeatingReportBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @EJB
    SeatingOverview overview;

    @Override
    public String process() {
        String summary = overview.counts(SessionOfJob.of(job)).summary();
        job.setExitStatus(summary);
        return summary;
    }
}

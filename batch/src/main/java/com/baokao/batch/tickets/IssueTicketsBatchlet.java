package com.baokao.batch.tickets;

import com.baokao.seating.SeatingSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * Step {@code tickets}: a ticket number for every eligible application that has none (one set-based statement),
 * and the list of those with no exam site. Safe to repeat: numbers given are kept.
 */
@Dependent
@Named("issueTicketsBatchlet")
public class IssueTicketsBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    Clock clock;

    @EJB
    SeatingSteps steps;

    @Override
    public String process() {
        long session = SessionOfJob.of(job);
        int issued = steps.issueTickets(session, clock.instant());
        int withoutSite = steps.listWithoutSite(session, clock.instant());
        return "issued=" + issued + " withoutSite=" + withoutSite;
    }
}

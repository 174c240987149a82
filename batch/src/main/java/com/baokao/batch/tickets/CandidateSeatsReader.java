package com.baokao.batch.tickets;

import com.baokao.seating.CandidateSeats;
import com.baokao.seating.SeatingSteps;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;

/**
 * Step {@code seats}, one site: plans the site when the partition opens (the seats already stored are kept and
 * taken into account, so a restart plans only what is left, and plans it the same) and hands out one candidate's new
 * seats at a time, in registration serial order.
 */
@Dependent
@Named("candidateSeatsReader")
public class CandidateSeatsReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    Clock clock;

    @Inject
    @BatchProperty
    String siteId;

    @EJB
    SeatingSteps steps;

    private Iterator<CandidateSeats> pending;
    private int handedOut;

    @Override
    public void open(Serializable checkpoint) {
        List<CandidateSeats> plan = siteId == null || siteId.isBlank() ? List.of()
                : steps.plan(SessionOfJob.of(job), Long.parseLong(siteId), clock.instant());
        pending = plan.iterator();
    }

    @Override
    public Object readItem() {
        if (!pending.hasNext()) {
            return null;
        }
        handedOut++;
        return pending.next();
    }

    /** For the record only: the stored seats, not this count, are what a restart goes on from. */
    @Override
    public Serializable checkpointInfo() {
        return handedOut;
    }
}

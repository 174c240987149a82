package com.baokao.batch.tickets;

import com.baokao.seating.CandidateSeats;
import com.baokao.seating.SeatingSteps;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Stores a chunk of candidates' seats at once, in its own transaction (committed before the chunk's checkpoint). */
@Dependent
@Named("candidateSeatsWriter")
public class CandidateSeatsWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    Clock clock;

    @EJB
    SeatingSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        List<CandidateSeats> chunk = new ArrayList<>(items.size());
        for (Object item : items) {
            chunk.add((CandidateSeats) item);
        }
        steps.seat(SessionOfJob.of(job), chunk, clock.instant());
    }
}

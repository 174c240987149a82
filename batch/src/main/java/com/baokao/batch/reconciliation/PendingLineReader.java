package com.baokao.batch.reconciliation;

import com.baokao.batch.RunOfJob;
import com.baokao.reconciliation.PendingLineResolver;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Step {@code resolve}: the line numbers still PENDING, in order, a page at a time (never the whole list). A
 * resolved line is no longer pending once its chunk commits, so a restart simply reads on.
 */
@Dependent
@Named("pendingLineReader")
public class PendingLineReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    JobContext job;

    @EJB
    PendingLineResolver steps;

    private final Deque<Long> page = new ArrayDeque<>();
    private long last;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(steps.pendingAfter(RunOfJob.of(job), last, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            last = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}

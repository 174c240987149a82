package com.baokao.batch.scores;

import com.baokao.batch.RunOfJob;
import com.baokao.score.ScoreImportRuns;
import com.baokao.score.UnreadableScoreLine;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps every unreadable line with its reason for the run's report (once, even when a redone chunk skips it again),
 * and holds the skip limit for the whole run: the batch runtime counts skips per execution, so a restarted or
 * resumed run would otherwise get a fresh allowance.
 */
@Dependent
@Named("unreadableScoreListener")
public class UnreadableScoreListener implements SkipProcessListener {

    @Inject
    JobContext job;

    @EJB
    ScoreImportRuns runs;

    @Inject
    @BatchProperty
    String skipLimit;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        ScoreFileLine line = (ScoreFileLine) item;
        String reason = ex instanceof UnreadableScoreLine u ? u.reason() : String.valueOf(ex.getMessage());
        long runId = RunOfJob.of(job);
        runs.skip(runId, line.lineNo(), line.text(), reason);
        long limit = skipLimit == null || skipLimit.isBlank() ? 10000 : Long.parseLong(skipLimit.strip());
        long skipped = runs.unreadableCount(runId);
        if (skipped > limit) {
            throw new IllegalStateException("score import run " + runId + " has " + skipped
                    + " unreadable lines, more than its skip limit of " + limit);
        }
    }
}

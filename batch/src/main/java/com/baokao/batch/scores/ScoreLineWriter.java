package com.baokao.batch.scores;

import com.baokao.batch.RunOfJob;
import com.baokao.score.ScoreImportRuns;
import com.baokao.score.ScoreLine;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** Loads a chunk of read lines in bulk, in one transaction (committed just before the chunk's checkpoint). */
@Dependent
@Named("scoreLineWriter")
public class ScoreLineWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @EJB
    ScoreImportRuns runs;

    @Override
    public void writeItems(List<Object> items) {
        List<ScoreLine> lines = new ArrayList<>(items.size());
        for (Object item : items) {
            lines.add((ScoreLine) item);
        }
        runs.load(RunOfJob.of(job), lines);
    }
}

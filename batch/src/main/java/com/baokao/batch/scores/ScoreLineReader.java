package com.baokao.batch.scores;

import com.baokao.batch.RunOfJob;
import com.baokao.score.ScoreFileFormat;
import com.baokao.score.ScoreFiles;
import com.baokao.score.ScoreImportRun;
import com.baokao.score.ScoreImportRuns;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the prepared result file (UTF-8 CSV, header first) line by line. The checkpoint is the last line number
 * handed out; on a restart, and when a new execution resumes a run whose job repository was lost, reading goes on
 * after the later of the checkpoint and the last line loaded.
 */
@Dependent
@Named("scoreLineReader")
public class ScoreLineReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @EJB
    ScoreImportRuns runs;

    private BufferedReader in;
    private long lineNo;
    private ScoreFileFormat.Columns columns;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        long runId = RunOfJob.of(job);
        ScoreImportRun run = runs.run(runId);
        if (run.getStatus() != ScoreImportRun.Status.LOADING) {
            return; // a resumed run past loading: nothing to read
        }
        Path file = Path.of(run.getFileName());
        columns = ScoreFiles.columnsOf(file);
        if (run.getTotalLines() == null) {
            long lines;
            try (var all = Files.lines(file, StandardCharsets.UTF_8)) {
                lines = all.count() - 1;
            }
            runs.counted(runId, lines);
        }
        long resumeAfter = Math.max(checkpoint == null ? 1 : (Long) checkpoint, runs.lastLineLoaded(runId));
        in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        lineNo = 0;
        while (lineNo < resumeAfter && in.readLine() != null) {
            lineNo++;
        }
    }

    @Override
    public Object readItem() throws IOException {
        if (in == null) {
            return null;
        }
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        lineNo++;
        return new ScoreFileLine(lineNo, line, columns);
    }

    @Override
    public Serializable checkpointInfo() {
        return lineNo;
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }
}

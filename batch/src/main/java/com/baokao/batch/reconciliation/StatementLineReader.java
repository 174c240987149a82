package com.baokao.batch.reconciliation;

import com.baokao.batch.RunOfJob;
import com.baokao.reconciliation.ReconciliationRun;
import com.baokao.reconciliation.ReconciliationRuns;
import com.baokao.reconciliation.StatementLineParser;
import com.baokao.reconciliation.StatementLoader;
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
 * Reads the statement file line by line. The checkpoint is the last line number handed out; on a restart, and
 * when a new execution resumes a run whose job repository was lost, reading goes on after the later of the
 * checkpoint and the last line loaded (a chunk's lines commit before its checkpoint, so neither is ever ahead).
 */
@Dependent
@Named("statementLineReader")
public class StatementLineReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @EJB
    ReconciliationRuns runs;

    @EJB
    StatementLoader loader;

    private BufferedReader in;
    private long lineNo;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        long runId = RunOfJob.of(job);
        ReconciliationRun run = runs.run(runId);
        if (run.getStatus() != ReconciliationRun.Status.LOADING) {
            return; // a resumed run past loading: nothing to read, and its file may be gone
        }
        Path file = Path.of(run.getStatementFile());
        if (run.getTotalLines() == null) {
            runs.counted(runId, countLinesButHeader(file));
        }
        long resumeAfter = Math.max(checkpoint == null ? 0 : (Long) checkpoint, loader.lastLineLoaded(runId));
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
        while (line != null) {
            lineNo++;
            if (!(lineNo == 1 && StatementLineParser.isHeader(line))) {
                return new RawLine(lineNo, line);
            }
            line = in.readLine();
        }
        return null;
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

    private static long countLinesButHeader(Path file) throws IOException {
        long lines = 0;
        boolean header = false;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (lines == 0 && StatementLineParser.isHeader(line)) {
                    header = true;
                }
                lines++;
            }
        }
        return header ? lines - 1 : lines;
    }
}

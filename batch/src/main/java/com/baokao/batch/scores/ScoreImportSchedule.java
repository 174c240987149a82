package com.baokao.batch.scores;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute, resumes a score import whose server died mid-job (one node takes each over, see ScoreImports). */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScoreImportSchedule {

    private static final Logger LOG = Logger.getLogger(ScoreImportSchedule.class.getName());

    @EJB
    ScoreImports imports;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "score-import resumption")
    void everyMinute() {
        try {
            imports.resumeStalled();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "stalled score imports not resumed", e);
        }
    }
}

package com.baokao.web.staff;

import com.baokao.batch.BatchJobs;
import com.baokao.batch.reconciliation.FeeReconciliations;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import com.baokao.reconciliation.ReconciliationReports;
import com.baokao.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * staff/jobs.xhtml, the batch operator's jobs page: every execution of Baokao's batch jobs with its status, step
 * metrics and, while it runs, its progress; restart of a failed or stopped execution; a fee reconciliation or a
 * housekeeping run on demand. Starting, restarting and reading the job repository are {@link BatchJobs}' and
 * {@link FeeReconciliations}'; this bean keeps the form and polls while something runs.
 */
@Named
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "jobsForm";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    @EJB
    BatchJobs jobs;

    @EJB
    FeeReconciliations reconciliations;

    @EJB
    ReconciliationReports reports;

    private boolean allowed = true;
    private List<BatchJobs.ExecutionRow> executions = List.of();
    private final Map<Long, Integer> progress = new HashMap<>();
    /** Executions the repository still calls running whose server died; the run went on in another execution. */
    private final Map<Long, Long> resumedBy = new HashMap<>();
    @EJB
    com.baokao.batch.tickets.AdmissionTicketRuns ticketRuns;

    @EJB
    com.baokao.seating.SeatingOverview seating;

    @EJB
    com.baokao.batch.scores.ScoreImports scoreImports;

    @EJB
    com.baokao.score.ScoreImportReports scoreReports;

    /** A score file already on the server, by name (large files are copied there instead of uploaded). */
    private String scoreFile;

    private List<com.baokao.seating.SeatingOverview.SessionChoice> sessions = List.of();
    private Long sessionId;
    private LocalDate day = LocalDate.now(BusinessTime.ZONE).minusDays(1);
    private String file;

    @PostConstruct
    void init() {
        try {
            refresh();
        } catch (EJBAccessException e) {
            allowed = false; // a reviewer reaches /staff/* but not the jobs
        }
    }

    public void refresh() {
        executions = jobs.recentExecutions(20);
        sessions = seating.sessions();
        progress.clear();
        resumedBy.clear();
        for (BatchJobs.ExecutionRow row : executions) {
            if (BatchJobs.SCORE_IMPORT.equals(row.jobName())) {
                scoreProgress(row);
                continue;
            }
            String run = runOf(row);
            Long current = row.running() && run != null ? reports.executionOf(Long.parseLong(run)) : null;
            if (current != null && current != row.executionId()) {
                resumedBy.put(row.executionId(), current);
            } else if (row.running()) {
                Integer percent = reports.progress(row.executionId());
                if (percent != null) {
                    progress.put(row.executionId(), percent);
                }
            }
        }
    }

    public void startReconciliation() {
        try {
            long execution = reconciliations.requestRun(day, file);
            FacesMessages.info("jobs.started", execution);
            file = null;
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
        refresh();
    }

    /** An uploaded result file: prepared, checked and imported by job score-import. */
    public void importScoreUpload(org.primefaces.event.FileUploadEvent event) {
        org.primefaces.model.file.UploadedFile file = event.getFile();
        try (java.io.InputStream content = file.getInputStream()) {
            FacesMessages.info("jobs.started", scoreImports.importUpload(file.getFileName(), content));
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        } catch (java.io.IOException e) {
            FacesMessages.refusal(FORM, new BaokaoException("score.file.unreadable", String.valueOf(e.getMessage())));
        } finally {
            try {
                file.delete(); // the container's temporary copy; the scores directory now holds the file
            } catch (java.io.IOException e) {
                java.util.logging.Logger.getLogger(JobsPage.class.getName()).fine("temporary upload already gone");
            }
        }
        refresh();
    }

    /** A result file in the scores directory, by name. */
    public void importNamedScoreFile() {
        try {
            FacesMessages.info("jobs.started", scoreImports.importNamed(scoreFile));
            scoreFile = null;
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
        refresh();
    }

    public String getScoresDirectory() {
        return scoreImports.scoresDirectoryShown();
    }

    public String getScoreFile() {
        return scoreFile;
    }

    public void setScoreFile(String scoreFile) {
        this.scoreFile = scoreFile;
    }

    /** Seat assignment, tickets and sign-in sheets for the chosen session (late payers are added, nobody moved). */
    public void startAdmissionTickets() {
        try {
            if (sessionId == null) {
                throw new BaokaoException("seating.session.required");
            }
            long execution = ticketRuns.startOnDemand(sessionId);
            FacesMessages.info("jobs.started", execution);
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
        refresh();
    }

    public List<com.baokao.seating.SeatingOverview.SessionChoice> getSessions() {
        return sessions;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public void startHousekeeping() {
        FacesMessages.info("jobs.started", jobs.startOnDemand(BatchJobs.HOUSEKEEPING));
        refresh();
    }

    /** An operator's stop of a running execution: it ends STOPPED after its current chunk, ready to restart. */
    public void stop(long executionId) {
        try {
            jobs.stop(executionId);
            FacesMessages.info("jobs.stopping", executionId);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof BatchRuntimeException)) {
                throw e;
            }
            FacesMessages.error(null, "jobs.notStoppable", executionId);
        }
        refresh();
    }

    public void restart(long executionId) {
        try {
            FacesMessages.info("jobs.restarted", executionId, jobs.restart(executionId, null));
        } catch (EJBException e) {
            if (!(e.getCause() instanceof BatchRuntimeException)) {
                throw e;
            }
            FacesMessages.error(null, "reconciliation.notRestartable");
        }
        refresh();
    }

    /** A running import's progress: the share of its file loaded. */
    private void scoreProgress(BatchJobs.ExecutionRow row) {
        String run = runOf(row);
        if (row.running() && run != null) {
            com.baokao.score.ScoreImportReports.RunRow r = scoreReports.run(Long.parseLong(run));
            if (r != null && r.executionId() != null && r.executionId() != row.executionId()) {
                resumedBy.put(row.executionId(), r.executionId());
            } else if (r != null && r.progress() != null) {
                progress.put(row.executionId(), r.progress());
            }
        }
    }

    /** Where an execution's run report is: the reconciliation's or the score import's page. */
    public String reportOf(BatchJobs.ExecutionRow row) {
        return BatchJobs.SCORE_IMPORT.equals(row.jobName()) ? "/staff/score-imports" : "/staff/reconciliation";
    }

    public boolean isAnyRunning() {
        return executions.stream().anyMatch(e -> e.running() && !resumedBy.containsKey(e.executionId()));
    }

    /** The execution that took over from {@code executionId} after its server died, or null. */
    public Long resumedBy(long executionId) {
        return resumedBy.get(executionId);
    }

    /** Percent done of a running execution, or null where the job cannot tell (an indeterminate bar). */
    public Integer progressOf(long executionId) {
        return progress.get(executionId);
    }

    /** The reconciliation run an execution works on, for the link to its report. */
    public String runOf(BatchJobs.ExecutionRow row) {
        return row.parameters() == null ? null : row.parameters().getProperty("runId");
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(BusinessTime.ZONE));
    }

    /** Where the files an operator may name are (the report quotes their unreadable lines, so nowhere else). */
    public String getStatementsDirectory() {
        return reconciliations.statementsDirectoryShown();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<BatchJobs.ExecutionRow> getExecutions() {
        return executions;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getFile() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }
}

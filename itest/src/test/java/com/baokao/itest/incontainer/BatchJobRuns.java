package com.baokao.itest.incontainer;

import com.baokao.account.IdType;
import com.baokao.account.RegistrationForm;
import com.baokao.account.RegistrationService;
import com.baokao.account.reset.PasswordResetService;
import com.baokao.batch.BatchJobs;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;

import com.baokao.reconciliation.ReconciliationReport;
import jakarta.batch.runtime.Metric;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch jobs, run from the batch jar inside the WAR: housekeeping purges only what is stale; fee reconciliation
 * classifies every kind of statement line, keeps its report and gives the same report after a restart from its
 * checkpoint and after its server died mid-run.
 */
@jakarta.enterprise.context.Dependent
public class BatchJobRuns {

    private static final String REGION = "310104";


    @EJB
    BatchJobs jobs;

    @EJB
    RegistrationService registration;

    @EJB
    PasswordResetService resets;

    @EJB
    TestData data;

    public void purgesStaleCredentialsAndKeepsFreshOnes() throws InterruptedException {
        String staleId = nextId();
        String freshId = nextId();
        long stale = registration.register(new RegistrationForm(true, "吴十", IdType.RESIDENT_ID, staleId, null, null,
                "13900000001", "stale@example.com", "Secret2026", "Secret2026")).id();
        long fresh = registration.register(new RegistrationForm(true, "郑十一", IdType.RESIDENT_ID, freshId, null, null,
                "13900000002", "fresh@example.com", "Secret2026", "Secret2026")).id();
        resets.requestCode(IdType.RESIDENT_ID, staleId, "stale@example.com", Locale.SIMPLIFIED_CHINESE);
        resets.requestCode(IdType.RESIDENT_ID, freshId, "fresh@example.com", Locale.SIMPLIFIED_CHINESE);
        data.expireResetCodesAt(stale, Instant.now().minus(Duration.ofDays(2)));

        long execution = jobs.start(BatchJobs.HOUSEKEEPING, null);
        BatchStatus status = awaitEnd(execution);

        assertEquals(BatchStatus.COMPLETED, status);
        assertTrue(jobs.exitStatus(execution).startsWith("resetCodes="), jobs.exitStatus(execution));
        assertEquals(0, data.resetCodes(stale));
        assertEquals(1, data.resetCodes(fresh));
        // the job repository lives in the application's database, in a schema of its own: on PostgreSQL and on the
        // embedded H2 file alike, so job history and checkpoints survive a restart (issue 22)
        assertTrue(data.tablesInSchema("baokao_batch") >= 6, "job repository tables in schema baokao_batch of "
                + data.databaseProduct());
    }

    // ---- fee reconciliation ----

    @EJB
    AsAdmin admin;

    @EJB
    ReconciliationData reconciliationData;

    @EJB
    com.baokao.catalogue.PlacesService places;

    @EJB
    com.baokao.catalogue.SessionTreeService sessionTree;

    @EJB
    com.baokao.reconciliation.ReconciliationRuns runs;

    @EJB
    com.baokao.reconciliation.ReconciliationReports reports;

    @EJB
    com.baokao.batch.reconciliation.FeeReconciliations reconciliations;

    /**
     * A statement with every class of line: matched, paid at the provider but unpaid here (fixed: PAID, audited),
     * paid twice and paid after abandonment (refunds queued), a line already refunded, an amount mismatch, an
     * unknown order, a refund line, three unreadable lines, and one payment of Baokao's the provider does not list.
     * Reconciled again, the fixed lines are now simply matched and nothing is applied twice.
     */
    public void reconcilesEveryClassOfLineAndKeepsTheReport() throws Exception {
        FeeReconciliationScenario.Statement statement = scenario().write(java.time.LocalDate.of(2020, 3, 1), statements());

        long execution = admin.call(() -> reconciliations.requestRun(statement.day(), statement.file().getFileName().toString()));
        assertEquals(BatchStatus.COMPLETED, awaitEnd(execution));

        List<BatchJobs.StepRow> metrics = jobs.steps(execution);
        assertEquals(List.of("load", "classify", "resolve", "report"), metrics.stream().map(BatchJobs.StepRow::step).toList());
        BatchJobs.StepRow load = metrics.get(0);
        assertEquals(18, load.metric(Metric.MetricType.READ_COUNT));
        assertEquals(15, load.metric(Metric.MetricType.WRITE_COUNT));
        assertEquals(3, load.metric(Metric.MetricType.PROCESS_SKIP_COUNT));
        assertTrue(load.metric(Metric.MetricType.COMMIT_COUNT) >= 1);
        assertEquals(6, metrics.get(2).metric(Metric.MetricType.READ_COUNT), "the six lines Baokao had not recorded");
        assertEquals(6, metrics.get(2).metric(Metric.MetricType.WRITE_COUNT));

        ReconciliationReport report = admin.call(() -> reports.report(runOf(execution)));
        assertEquals(FeeReconciliationScenario.EXPECTED, report.counts());
        assertTrue(jobs.exitStatus(execution).startsWith("matched=7,fixed=2,refunds=3"), jobs.exitStatus(execution));
        assertEquals(statement.expectedOutcomes(), reconciliationData.lineOutcomes(runOf(execution), statement.lines()));
        assertEquals(List.of(statement.missingTransaction()), reconciliationData.missingTransactions(runOf(execution)));
        assertEquals(List.of(4L, 9L, 16L), report.rejected().stream().map(ReconciliationReport.Rejected::lineNo).toList());
        assertEquals("5 fields expected, found 1.", com.baokao.reconciliation.ReconciliationText.explain(
                report.rejected().get(0).reason(), Locale.ENGLISH));
        assertEquals("应有 5 个字段，实际有 1 个。", com.baokao.reconciliation.ReconciliationText.explain(
                report.rejected().get(0).reason(), Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("AMOUNT_MISMATCH", "UNKNOWN_ORDER", "MISSING_AT_PROVIDER"), report.items().stream()
                .map(ReconciliationReport.Item::outcome).filter(o -> o.equals("AMOUNT_MISMATCH") || o.equals("UNKNOWN_ORDER")
                        || o.equals("MISSING_AT_PROVIDER")).toList(), "exceptions are listed first");

        // the fixes: paid now, audited once; the money Baokao must not keep is queued for refund
        for (long fixed : statement.fixedApplications()) {
            assertEquals("PAID", reconciliationData.status(fixed));
            assertEquals(1, reconciliationData.auditEvents(fixed, "payment.applied"));
        }
        assertEquals(List.of("PAID_TWICE"), reconciliationData.refundReasons(statement.paidTwiceApplication()));
        assertEquals(List.of("NOT_PAYABLE"), reconciliationData.refundReasons(statement.abandonedApplication()));
        assertEquals("ABANDONED", reconciliationData.status(statement.abandonedApplication()));
        assertEquals("APPROVED", reconciliationData.status(statement.mismatchApplication()));

        // the same statement again: what was fixed now simply matches; nothing applied or refunded twice
        long again = admin.call(() -> reconciliations.requestRun(statement.day(), statement.file().getFileName().toString()));
        assertEquals(BatchStatus.COMPLETED, awaitEnd(again));
        ReconciliationReport second = admin.call(() -> reports.report(runOf(again)));
        assertEquals(new ReconciliationReport.Counts(15, 3, 9, 0, 3, 1, 1, 1, 1), second.counts());
        assertEquals(0, jobs.steps(again).get(2).metric(Metric.MetricType.READ_COUNT), "nothing pending the second time");
        for (long fixed : statement.fixedApplications()) {
            assertEquals(1, reconciliationData.auditEvents(fixed, "payment.applied"));
        }
        assertEquals(List.of("PAID_TWICE"), reconciliationData.refundReasons(statement.paidTwiceApplication()));

        List<BatchJobs.ExecutionRow> listed = admin.call(() -> jobs.recentExecutions(20));
        assertTrue(listed.stream().anyMatch(r -> r.executionId() == execution && r.jobName().equals(BatchJobs.FEE_RECONCILIATION)
                && r.status().equals("COMPLETED") && r.steps().size() == 4), "the jobs page lists the execution");
        assertEquals(Integer.valueOf(100), admin.call(() -> reports.progress(again)));
    }

    /**
     * Too many unreadable lines fail the run after some chunks committed; restarted from its checkpoint with a
     * higher skip limit it ends with exactly the report of an uninterrupted run: nothing loaded, rejected or
     * applied twice, nothing missed.
     */
    public void aFailedRunRestartedFromItsCheckpointGivesTheSameReport() throws Exception {
        FeeReconciliationScenario.Statement statement = scenario().write(java.time.LocalDate.of(2020, 3, 2), statements());
        long runId = runs.open(statement.day(), statement.file().toString(), "BatchJobsIT");
        java.util.Properties parameters = new java.util.Properties();
        parameters.setProperty("runId", String.valueOf(runId));
        parameters.setProperty("skipLimit", "2");
        parameters.setProperty("chunkSize", "3");
        long failed = jobs.start(BatchJobs.FEE_RECONCILIATION, parameters);
        assertEquals(BatchStatus.FAILED, awaitEnd(failed), "the third unreadable line is one too many");
        long loadedBeforeFailure = reconciliationData.loadedLines(runId);
        assertTrue(loadedBeforeFailure > 0 && loadedBeforeFailure < 15, "some chunks committed: " + loadedBeforeFailure);

        java.util.Properties higherLimit = new java.util.Properties();
        higherLimit.setProperty("skipLimit", "10");
        long restarted = admin.call(() -> jobs.restart(failed, higherLimit));
        assertEquals(BatchStatus.COMPLETED, awaitEnd(restarted));

        assertTrue(jobs.steps(restarted).get(0).metric(Metric.MetricType.READ_COUNT) < 18, "resumed, not started over");
        ReconciliationReport report = admin.call(() -> reports.report(runId));
        assertEquals(FeeReconciliationScenario.EXPECTED, report.counts());
        assertEquals(statement.expectedOutcomes(), reconciliationData.lineOutcomes(runId, statement.lines()));
        assertEquals(15, reconciliationData.loadedLines(runId));
        assertEquals(List.of(4L, 9L, 16L), report.rejected().stream().map(ReconciliationReport.Rejected::lineNo).toList());
        for (long fixed : statement.fixedApplications()) {
            assertEquals(1, reconciliationData.auditEvents(fixed, "payment.applied"));
        }

        // the skip limit is the run's, not the execution's: restarted with the old limit it fails again
        FeeReconciliationScenario.Statement again = scenario().write(java.time.LocalDate.of(2020, 3, 4), statements());
        long strictRun = runs.open(again.day(), again.file().toString(), "BatchJobsIT");
        parameters.setProperty("runId", String.valueOf(strictRun));
        long strict = jobs.start(BatchJobs.FEE_RECONCILIATION, parameters);
        assertEquals(BatchStatus.FAILED, awaitEnd(strict));
        long retried = admin.call(() -> jobs.restart(strict, null));
        assertEquals(BatchStatus.FAILED, awaitEnd(retried), "three unreadable lines are still more than two");
    }

    /**
     * A run whose server died (its heartbeat stopped, its execution lost with the job repository) is taken over by
     * one node and finished by a new execution, with the same report; a second look finds nothing to resume.
     */
    public void aRunWhoseServerDiedIsResumedWithTheSameReport() throws Exception {
        FeeReconciliationScenario.Statement statement = scenario().write(java.time.LocalDate.of(2020, 3, 3), statements());
        long runId = runs.open(statement.day(), statement.file().toString(), "BatchJobsIT");
        reconciliationData.serverDied(runId, 987_654_321L);

        // the application's own minute tick may get there first: either way exactly one node takes it over
        int resumed = reconciliations.resumeStalled();
        assertTrue(resumed <= 1);
        assertEquals(0, reconciliations.resumeStalled(), "taken over once");
        long execution = 987_654_321L;
        for (int i = 0; i < 600 && execution == 987_654_321L; i++) {
            Thread.sleep(100);
            execution = runs.run(runId).getExecutionId();
        }
        long resumedBy = execution;
        assertEquals(1, admin.call(() -> jobs.recentExecutions(50)).stream()
                .filter(r -> BatchJobs.FEE_RECONCILIATION.equals(r.jobName())
                        && String.valueOf(runId).equals(r.parameters().getProperty("runId"))).count());
        assertEquals(BatchStatus.COMPLETED, awaitEnd(resumedBy));
        ReconciliationReport report = admin.call(() -> reports.report(runId));
        assertEquals(FeeReconciliationScenario.EXPECTED, report.counts());
        assertEquals(statement.expectedOutcomes(), reconciliationData.lineOutcomes(runId, statement.lines()));
    }

    private java.nio.file.Path statements() throws Exception {
        return java.nio.file.Path.of(admin.call(() -> reconciliations.statementsDirectoryShown()));
    }

    // ---- seat assignment and admission tickets ----

    @EJB
    SeatingScenario seating;

    @EJB
    com.baokao.batch.tickets.AdmissionTicketRuns ticketRuns;

    @EJB
    com.baokao.seating.AdmissionTickets tickets;

    @EJB
    com.baokao.seating.SignInSheets sheets;

    @EJB
    com.baokao.platform.PlatformSecrets secrets;

    /**
     * Three sites, two regions, a computer-based paper with two sittings and a paper subject (see
     * {@link SeatingScenario}): every eligible candidate gets a ticket, every (candidate, subject) a seat or a line on
     * the administrator's list with its reason, no seat is held twice, each room's sign-in sheet is stored; a second
     * run for two late payers seats them in the free seats without moving anyone.
     */
    public void assignsSeatsTicketsAndSignInSheetsAndAddsLatePayersWithoutMovingAnyone() throws Exception {
        SeatingScenario.Built built = admin.call(() -> seating.build(40));

        long execution = ticketRuns.start(built.sessionId());
        assertEquals(BatchStatus.COMPLETED, awaitEnd(execution), jobs.exitStatus(execution));
        List<BatchJobs.StepRow> steps = jobs.steps(execution);
        assertEquals(List.of("tickets", "seats", "sheets", "report"), steps.stream().map(BatchJobs.StepRow::step).toList());
        assertEquals(150, steps.get(1).metric(Metric.MetricType.READ_COUNT), "candidates given seats: 80 at A, 30 at B, 40 at C");
        assertEquals(150, steps.get(1).metric(Metric.MetricType.WRITE_COUNT));
        assertEquals(10, steps.get(2).metric(Metric.MetricType.WRITE_COUNT), "one sheet per room and sitting used");
        assertEquals("tickets=161 seats=255 unseated=67 sheets=10", jobs.exitStatus(execution));

        long session = built.sessionId();
        assertEquals(List.of(), admin.call(() -> seating.conflicts(session)));
        assertEquals(java.util.Map.of("ALL_SITTINGS_FULL", 25L, "NO_ROOM_AT_SITE", 40L, "NO_SITE", 2L),
                admin.call(() -> seating.unseatedByReason(session)));
        // site A: theory fills both computer rooms in its first sitting (60), the other 20 sit the second batch
        assertEquals(60, admin.call(() -> seating.count("select count(*) from seat_assignment where session_id = ?"
                + " and sitting = 1 and site_id = " + built.siteA() + " and subject_id = " + built.theory(), session)));
        assertEquals(20, admin.call(() -> seating.count("select count(*) from seat_assignment where session_id = ?"
                + " and sitting = 2 and site_id = " + built.siteA() + " and subject_id = " + built.theory(), session)));
        // one ticket number per eligible candidate, each region's sequence rising with the serial number
        List<String> numbers = admin.call(() -> seating.ticketNumbers(session));
        assertEquals(161, numbers.size());
        assertEquals(built.code() + "-" + built.code() + "1-00000001", numbers.get(0));
        assertEquals(built.code() + "-" + built.code() + "2-00000001", numbers.get(3), "the first candidate of site C");
        assertEquals(built.code() + "-" + built.code() + "1-00000004", numbers.get(4));
        List<String> before = admin.call(() -> seating.assignment(session));

        // a sheet lists its room's candidates, photo and all; reviewers without the site do not reach it
        List<com.baokao.seating.SignInSheets.SheetRow> rows = admin.call(() -> sheets.sheets(session));
        assertEquals(10, rows.size());
        com.baokao.seating.SignInSheets.SheetRow first = rows.get(0);
        byte[] pdf = admin.call(() -> sheets.pdf(session, first.roomId(), first.startsAt()));
        // (its content is read back in SignInSheetPdfTest and in the browser test; PDFBox is not in the server)
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(first.seatCount(), admin.call(() -> seating.count("select count(*) from seat_assignment"
                + " where session_id = ? and room_id = " + first.roomId() + " and starts_at = (select min(starts_at)"
                + " from seat_assignment where room_id = " + first.roomId() + ")", session)), "its seats, all listed");

        // a verification at the door: the signed token of a ticket is genuine, an altered one forged
        long someApplication = admin.call(() -> seating.count("select min(application_id) from admission_ticket"
                + " where session_id = ?", session));
        String token = new com.baokao.seating.TicketToken(com.baokao.seating.TicketNumber.parse(numbers.get(0)),
                someApplication, session, 1).sign(secrets.key("ticket-token"));
        assertEquals(com.baokao.seating.TicketToken.Verdict.GENUINE, admin.call(() -> tickets.verifyToken(token)).verdict());
        String altered = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
        assertEquals(com.baokao.seating.TicketToken.Verdict.FORGED, admin.call(() -> tickets.verifyToken(altered)).verdict());
        assertEquals(com.baokao.seating.TicketToken.Verdict.OTHER_TICKET,
                admin.call(() -> tickets.verifyNumber(numbers.get(0), "110105199003071239")).verdict(),
                "the right ticket number with someone else's ID number");

        // late payers: seated in the free seats of the second batch, nobody moved, their rooms' sheets made again
        admin.call(() -> seating.latePayer(built, 1));
        admin.call(() -> seating.latePayer(built, 2));
        long again = ticketRuns.start(session);
        assertEquals(BatchStatus.COMPLETED, awaitEnd(again), jobs.exitStatus(again));
        assertEquals("tickets=163 seats=259 unseated=67 sheets=10", jobs.exitStatus(again));
        List<BatchJobs.StepRow> second = jobs.steps(again);
        assertEquals(2, second.get(1).metric(Metric.MetricType.WRITE_COUNT));
        assertEquals(2, second.get(2).metric(Metric.MetricType.WRITE_COUNT), "the two rooms the late payers sit in");
        List<String> after = admin.call(() -> seating.assignment(session));
        assertEquals(before, after.subList(0, before.size()), "nobody already seated was moved");
        assertEquals(List.of(), admin.call(() -> seating.conflicts(session)));
    }

    /**
     * The same session built twice: one run straight through; the other stopped mid-way through the seats (chunks
     * of one candidate, so there is a middle), then restarted. Both end with exactly the same seats. A second run
     * while the first is going is refused.
     */
    public void aRunStoppedMidwayAndRestartedGivesTheSameSeats() throws Exception {
        SeatingScenario.Built straight = admin.call(() -> seating.build(150));
        SeatingScenario.Built interrupted = admin.call(() -> seating.build(150));

        long reference = ticketRuns.start(straight.sessionId());
        assertEquals(BatchStatus.COMPLETED, awaitEnd(reference), jobs.exitStatus(reference));

        java.util.Properties parameters = new java.util.Properties();
        parameters.setProperty("sessionId", String.valueOf(interrupted.sessionId()));
        parameters.setProperty("chunkSize", "1");
        long execution = jobs.start(BatchJobs.ADMISSION_TICKETS, parameters);
        com.baokao.i18n.BaokaoException refused = org.junit.jupiter.api.Assertions.assertThrows(
                com.baokao.i18n.BaokaoException.class, () -> ticketRuns.start(interrupted.sessionId()));
        assertEquals("seating.alreadyRunning", refused.getMessageKey());
        String seats = "select count(*) from seat_assignment where session_id = ?";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (admin.call(() -> seating.count(seats, interrupted.sessionId())) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        jakarta.batch.runtime.BatchRuntime.getJobOperator().stop(execution);
        assertEquals(BatchStatus.STOPPED, awaitEnd(execution));
        long seatedWhenStopped = admin.call(() -> seating.count(seats, interrupted.sessionId()));
        long total = admin.call(() -> seating.count(seats, straight.sessionId()));
        assertTrue(seatedWhenStopped > 0 && seatedWhenStopped < total,
                "stopped in the middle: " + seatedWhenStopped + " of " + total + " seats");

        long restarted = jobs.restartWith(execution, null);
        assertEquals(BatchStatus.COMPLETED, awaitEnd(restarted), jobs.exitStatus(restarted));
        assertEquals(admin.call(() -> seating.assignment(straight.sessionId())),
                admin.call(() -> seating.assignment(interrupted.sessionId())));
        assertEquals(admin.call(() -> seating.unseatedByReason(straight.sessionId())),
                admin.call(() -> seating.unseatedByReason(interrupted.sessionId())));
        assertEquals(List.of(), admin.call(() -> seating.conflicts(interrupted.sessionId())));
    }

    /**
     * Two exam sessions at the same sites, the second's papers half an hour after the first's (different starts,
     * overlapping times): the second run seats its candidates around the first's seats. Two more such sessions seated
     * at once, as the nightly runs start them: a chunk that meets seats the other run took meanwhile is retried and
     * the site planned again, and both complete. No seat is ever held twice at overlapping times, and every candidate
     * is seated as a lone session's.
     */
    public void sessionsSharingASiteNeverShareASeatAtOverlappingTimes() throws Exception {
        SeatingScenario.Built first = admin.call(() -> seating.build(10));
        SeatingScenario.Built second = admin.call(() -> seating.buildSharingSites(first, 10, 30));
        for (long session : new long[] {first.sessionId(), second.sessionId()}) {
            long run = ticketRuns.start(session);
            assertEquals(BatchStatus.COMPLETED, awaitEnd(run), jobs.exitStatus(run));
        }
        assertEquals(List.of(), admin.call(() -> seating.overlaps(first.sessionId(), second.sessionId())));
        java.util.Map<String, Long> alone = admin.call(() -> seating.unseatedByReason(first.sessionId()));
        assertEquals(alone, admin.call(() -> seating.unseatedByReason(second.sessionId())));
        assertEquals(20, admin.call(() -> seating.count("select count(*) from seat_assignment where session_id = ?"
                + " and sitting = 1 and site_id = " + second.siteA() + " and subject_id = " + second.theory(),
                second.sessionId())), "site A's 60 computer seats hold both sessions' theory candidates at once");

        SeatingScenario.Built third = admin.call(() -> seating.build(10));
        SeatingScenario.Built fourth = admin.call(() -> seating.buildSharingSites(third, 10, 0));
        // a candidate per chunk, so that the two runs' writes at each site interleave
        long[] runs = new long[2];
        long rollbacks = 0;
        for (int i = 0; i < 2; i++) {
            java.util.Properties parameters = new java.util.Properties();
            parameters.setProperty("sessionId", String.valueOf((i == 0 ? third : fourth).sessionId()));
            parameters.setProperty("chunkSize", "1");
            runs[i] = jobs.start(BatchJobs.ADMISSION_TICKETS, parameters);
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(BatchStatus.COMPLETED, awaitEnd(runs[i]), jobs.exitStatus(runs[i]));
            rollbacks += jobs.steps(runs[i]).get(1).metric(Metric.MetricType.ROLLBACK_COUNT);
        }
        System.out.println("two sessions seated at once at shared sites: " + rollbacks + " chunks retried");
        assertEquals(List.of(), admin.call(() -> seating.overlaps(third.sessionId(), fourth.sessionId())));
        assertEquals(alone, admin.call(() -> seating.unseatedByReason(third.sessionId())));
        assertEquals(alone, admin.call(() -> seating.unseatedByReason(fourth.sessionId())));
    }

    // ---- scores after the exam: ScoresAfterTheExam ----

    @jakarta.inject.Inject
    ScoresAfterTheExam scores;

    public void importsSkipsWhatItCannotMatchAndAReimportChangesOnlyTheCorrections() throws Exception {
        scores.importsSkipsWhatItCannotMatchAndAReimportChangesOnlyTheCorrections();
    }

    public void anImportStoppedMidwayOrWhoseServerDiedEndsWithTheSameScores() throws Exception {
        scores.anImportStoppedMidwayOrWhoseServerDiedEndsWithTheSameScores();
    }

    public void scoresAreHiddenUntilTheReleaseTimeAndCandidatesAreToldOnce() throws Exception {
        scores.scoresAreHiddenUntilTheReleaseTimeAndCandidatesAreToldOnce();
    }

    private FeeReconciliationScenario scenario() throws Exception {
        return new FeeReconciliationScenario(admin, places, sessionTree, reconciliationData);
    }

    private long runOf(long execution) {
        return reconciliationData.runOfExecution(execution);
    }

    private BatchStatus awaitEnd(long execution) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        BatchStatus status = jobs.status(execution);
        while (status != BatchStatus.COMPLETED && status != BatchStatus.FAILED && status != BatchStatus.STOPPED
                && status != BatchStatus.ABANDONED && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = jobs.status(execution);
        }
        return status;
    }

    /** Region code {@value #REGION} is this class's own, so its IDs never meet another test class's. */
    private static String nextId() {
        return TestData.nextResidentId(REGION);
    }
}

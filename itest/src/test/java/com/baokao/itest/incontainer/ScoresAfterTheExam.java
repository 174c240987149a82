package com.baokao.itest.incontainer;

import com.baokao.account.captcha.CaptchaChallenges;
import com.baokao.batch.BatchJobs;
import com.baokao.batch.scores.ScoreImports;
import com.baokao.i18n.BaokaoException;
import com.baokao.score.ScoreFiles;
import com.baokao.score.ScoreImportReports;
import com.baokao.score.ScoreImportRuns;
import com.baokao.score.ScoreQueries;
import com.baokao.score.ScoreRelease;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores after the exam in the container (issue 17), in InContainerIT's deployment (InContainerIT runs each of these as
 * one of its tests): the centre's file imported with its bad lines skipped and listed, a corrected file (CSV, then
 * the same as XLSX) changing exactly what it corrects with the old values kept, an import stopped midway or whose
 * server died ending with the same scores, and the release at its set time, with the public query and the
 * candidates told once.
 */
@Dependent
public class ScoresAfterTheExam {

    private static final String HEADER = "准考证号,身份证号,科目代码,成绩,是否合格";

    @EJB
    AsAdmin admin;

    @EJB
    ScoreScenario scenario;

    @EJB
    ScoreImports imports;

    @EJB
    ScoreImportRuns runs;

    @EJB
    ScoreImportReports reports;

    @EJB
    ScoreRelease release;

    @EJB
    ScoreQueries queries;

    @EJB
    CaptchaChallenges captchas;

    @EJB
    BatchJobs jobs;

    public void importsSkipsWhatItCannotMatchAndAReimportChangesOnlyTheCorrections() throws Exception {
        ScoreScenario.Built built = admin.call(() -> scenario.build(4));
        List<ScoreScenario.Candidate> c = built.candidates();
        List<String> first = List.of(HEADER,
                line(c.get(0), "T", "80", "合格"), line(c.get(0), "S", "55", "不合格"),
                line(c.get(1), "T", "72", "合格"), line(c.get(1), "S", "66", "合格"),
                line(c.get(2), "T", "七十", "合格"), line(c.get(2), "S", "90", "合格"),
                line(c.get(3), "T", "61", "合格"), line(c.get(3), "S", "75", "合格"),
                "NOPE-1," + c.get(0).idNumber() + ",T,80,合格",
                c.get(1).ticket() + "," + c.get(0).idNumber() + ",T,72,合格",
                line(c.get(0), "T", "81", "合格"));
        long run1 = importFile(write(built.code() + "-1.csv", first));
        ScoreImportReports.RunRow report1 = admin.call(() -> reports.run(run1));
        assertEquals(List.of(11L, 6L, 0L, 0L, 5L), List.of(report1.totalLines(), report1.inserted(), report1.updated(),
                report1.unchanged(), report1.skipped()));
        assertEquals(Map.of(6L, "score.line.score", 9L, "score.skip.subject", 10L, "score.skip.ticket",
                11L, "score.skip.idNumber", 12L, "score.skip.duplicate"), admin.call(() -> scenario.skips(run1)));
        Map<String, String> expected = new TreeMap<>(Map.of(
                c.get(0).ticket() + "/T", "80 passed", c.get(0).ticket() + "/S", "55 failed",
                c.get(1).ticket() + "/T", "72 passed", c.get(1).ticket() + "/S", "66 passed",
                c.get(2).ticket() + "/S", "90 passed", c.get(3).ticket() + "/T", "61 passed"));
        assertEquals(expected, admin.call(() -> scenario.scores(built.sessionId())));
        assertTrue(admin.call(() -> reports.skips(run1, java.util.Locale.ENGLISH)).stream()
                .anyMatch(s -> s.lineNo() == 9 && s.reason().equals("The candidate did not sit this subject (subject code S).")));

        // the centre corrects one score and the unreadable line; the other lines are as before
        List<String> corrected = List.of(HEADER,
                line(c.get(0), "T", "80", "合格"), line(c.get(0), "S", "58", "不合格"),
                line(c.get(1), "T", "72", "合格"), line(c.get(1), "S", "66", "合格"),
                line(c.get(2), "T", "70", "合格"), line(c.get(2), "S", "90", "合格"),
                line(c.get(3), "T", "61", "合格"));
        long run2 = importFile(write(built.code() + "-2.csv", corrected));
        ScoreImportReports.RunRow report2 = admin.call(() -> reports.run(run2));
        assertEquals(List.of(1L, 1L, 5L, 0L), List.of(report2.inserted(), report2.updated(), report2.unchanged(),
                report2.skipped()));
        assertEquals(List.of(c.get(0).ticket() + "/S 55→58"), admin.call(() -> scenario.changes(run2)));
        expected.put(c.get(0).ticket() + "/S", "58 failed");
        expected.put(c.get(2).ticket() + "/T", "70 passed");
        assertEquals(expected, admin.call(() -> scenario.scores(built.sessionId())));
        assertEquals(7, admin.call(() -> scenario.count("select count(*) from score_record where session_id = ?",
                built.sessionId())), "updated, never duplicated");

        // the same corrected file as the centre's Excel workbook: nothing changes
        long run3 = importFile(writeXlsx(built.code() + "-3.xlsx", corrected));
        ScoreImportReports.RunRow report3 = admin.call(() -> reports.run(run3));
        assertEquals(List.of(0L, 0L, 7L, 0L), List.of(report3.inserted(), report3.updated(), report3.unchanged(),
                report3.skipped()));
        assertEquals(expected, admin.call(() -> scenario.scores(built.sessionId())));

        // a file without the needed columns is refused before any job starts
        Path wrong = write(built.code() + "-wrong.csv", List.of("准考证号,成绩", c.get(0).ticket() + ",80"));
        BaokaoException refused = assertThrows(BaokaoException.class,
                () -> admin.call(() -> imports.importNamed(wrong.getFileName().toString())));
        assertEquals("score.file.header", refused.getMessageKey());
        refused = assertThrows(BaokaoException.class, () -> admin.call(() -> imports.importNamed("../etc/passwd")));
        assertEquals("score.file.missing", refused.getMessageKey());
    }

    public void anImportStoppedMidwayOrWhoseServerDiedEndsWithTheSameScores() throws Exception {
        ScoreScenario.Built built = admin.call(() -> scenario.build(60));
        List<String> lines = new ArrayList<>(List.of(HEADER));
        Map<String, String> expected = new TreeMap<>();
        for (int i = 0; i < built.candidates().size(); i++) {
            ScoreScenario.Candidate candidate = built.candidates().get(i);
            for (String subject : List.of("T", "S")) {
                int score = 40 + (i * 7 + subject.length() * 13) % 60;
                lines.add(line(candidate, subject, String.valueOf(score), score >= 60 ? "合格" : "不合格"));
                if (i < built.candidates().size() - 1 || subject.equals("T")) {
                    expected.put(candidate.ticket() + "/" + subject, score + (score >= 60 ? " passed" : " failed"));
                }
            }
        }
        Path file = write(built.code() + "-stop.csv", lines);
        long runId = runs.open(ScoreFiles.prepare(file).csv().toString(), file.getFileName().toString(), "BatchJobsIT");
        java.util.Properties parameters = new java.util.Properties();
        parameters.setProperty("runId", String.valueOf(runId));
        parameters.setProperty("chunkSize", "3");
        long execution = jobs.start(BatchJobs.SCORE_IMPORT, parameters);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (runs.lastLineLoaded(runId) < 10 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        BatchRuntime.getJobOperator().stop(execution);
        BatchStatus stopped = awaitEnd(execution);
        long loadedWhenStopped = runs.lastLineLoaded(runId);
        if (stopped == BatchStatus.STOPPED) {
            assertTrue(loadedWhenStopped < lines.size(), "stopped in the middle: " + loadedWhenStopped);
            long restarted = admin.call(() -> jobs.restart(execution, null));
            assertEquals(BatchStatus.COMPLETED, awaitEnd(restarted), jobs.exitStatus(restarted));
            assertTrue(jobs.steps(restarted).get(0).metric(Metric.MetricType.READ_COUNT) < 120, "resumed, not started over");
        } else {
            assertEquals(BatchStatus.COMPLETED, stopped, "finished before the stop arrived");
        }
        assertEquals(expected, admin.call(() -> scenario.scores(built.sessionId())));
        ScoreImportReports.RunRow report = admin.call(() -> reports.run(runId));
        assertEquals(List.of(119L, 0L, 1L), List.of(report.inserted(), report.updated(), report.skipped()));

        // the same file again, in a run whose server died before it started: one node takes it over
        long resumedRun = runs.open(ScoreFiles.prepare(file).csv().toString(), file.getFileName().toString(), "BatchJobsIT");
        admin.run(() -> scenario.serverDied(resumedRun, 987_654_321L));
        assertTrue(imports.resumeStalled() <= 1, "the application's own minute tick may get there first");
        assertEquals(0, imports.resumeStalled(), "taken over once");
        long resumedBy = 987_654_321L;
        for (int i = 0; i < 600 && resumedBy == 987_654_321L; i++) {
            Thread.sleep(100);
            resumedBy = runs.run(resumedRun).getExecutionId();
        }
        assertEquals(BatchStatus.COMPLETED, awaitEnd(resumedBy));
        ScoreImportReports.RunRow again = admin.call(() -> reports.run(resumedRun));
        assertEquals(List.of(0L, 0L, 119L, 1L), List.of(again.inserted(), again.updated(), again.unchanged(), again.skipped()));
        assertEquals(expected, admin.call(() -> scenario.scores(built.sessionId())));
    }

    public void scoresAreHiddenUntilTheReleaseTimeAndCandidatesAreToldOnce() throws Exception {
        ScoreScenario.Built built = admin.call(() -> scenario.build(3));
        List<ScoreScenario.Candidate> c = built.candidates();
        importFile(write(built.code() + "-r.csv", List.of(HEADER, line(c.get(0), "T", "77", "合格"),
                line(c.get(0), "S", "59.5", "不合格"), line(c.get(1), "T", "88", "合格"))));
        String client = "it-" + built.code();
        assertEquals("score.query.notFound", refusal(() -> query(c.get(0), client)), "not released yet");

        Instant at = Instant.now().plusSeconds(3);
        admin.run(() -> release.releaseAt(built.sessionId(), at));
        assertEquals("score.query.notFound", refusal(() -> query(c.get(0), client)));
        assertTrue(release.dueAnnouncements().stream().noneMatch(s -> s == built.sessionId()));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), at).toMillis() + 200));

        ScoreQueries.Sitting sitting = query(c.get(0), client);
        assertEquals(List.of("T 77.00 true", "S 59.50 false"), sitting.subjects().stream()
                .map(s -> s.subjectCode() + " " + s.score() + " " + s.passed()).toList());
        assertEquals(c.get(0).ticket(), sitting.ticketNumber());
        // a ticket with another candidate's ID number: the same answer as no ticket at all
        ScoreScenario.Candidate mixed = new ScoreScenario.Candidate(0, 0, c.get(1).idNumber(), c.get(0).ticket());
        assertEquals("score.query.notFound", refusal(() -> query(mixed, client)));
        assertEquals("captcha.wrong", refusal(() -> queries.publicQuery(c.get(0).idNumber(), c.get(0).ticket(), client,
                captchas.answer(captchas.issue().id(), "WRONG"))));

        // the announcement: each candidate with scores told once, however often it runs (the minute tick may run too)
        long after = 0;
        while (after >= 0) {
            long from = after;
            after = release.announceBatch(built.sessionId(), from);
        }
        assertEquals(-1, release.announceBatch(built.sessionId(), 0));
        String told = "select count(*) from inbox_message where account_id = ? and message_key = 'notice.scores.released'";
        assertEquals(1, admin.call(() -> scenario.count(told, c.get(0).accountId())));
        assertEquals(1, admin.call(() -> scenario.count(told, c.get(1).accountId())));
        assertEquals(0, admin.call(() -> scenario.count(told, c.get(2).accountId())), "no score, no notice");

        // a release that has come cannot be taken back
        assertEquals("score.release.done", refusal(() -> admin.call(() -> {
            release.releaseAt(built.sessionId(), null);
            return null;
        })));

        // the per-ID limit: the eleventh query of the hour is refused, whatever the client
        for (int i = 0; i < 9; i++) {
            query(c.get(1), client + "-" + i);
        }
        assertEquals("score.query.tooMany", refusal(() -> query(c.get(1), client + "-x")));
    }

    private ScoreQueries.Sitting query(ScoreScenario.Candidate candidate, String client) {
        CaptchaChallenges.Issued issued = captchas.issue();
        return queries.publicQuery(candidate.idNumber(), candidate.ticket(), client,
                captchas.answer(issued.id(), issued.captcha().text()));
    }

    interface Refused {
        Object call() throws Exception;
    }

    private static String refusal(Refused call) {
        try {
            call.call();
        } catch (BaokaoException e) {
            return e.getMessageKey();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused");
    }

    private static String line(ScoreScenario.Candidate candidate, String subject, String score, String passed) {
        return candidate.ticket() + "," + candidate.idNumber() + "," + subject + "," + score + "," + passed;
    }

    private Path scoresDirectory() throws Exception {
        Path directory = Path.of(admin.call(() -> imports.scoresDirectoryShown()));
        Files.createDirectories(directory);
        return directory;
    }

    private Path write(String name, List<String> lines) throws Exception {
        return Files.write(scoresDirectory().resolve(name), lines, StandardCharsets.UTF_8);
    }

    private Path writeXlsx(String name, List<String> lines) throws Exception {
        Path file = scoresDirectory().resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("成绩");
            for (int r = 0; r < lines.size(); r++) {
                var row = sheet.createRow(r);
                String[] cells = lines.get(r).split(",");
                for (int i = 0; i < cells.length; i++) {
                    if (r > 0 && i == 3) {
                        row.createCell(i).setCellValue(Double.parseDouble(cells[i])); // scores as numbers, as Excel keeps them
                    } else {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** Imports a file of the scores directory as an operator would, and waits for the job; returns the run. */
    private long importFile(Path file) throws Exception {
        long execution = admin.call(() -> imports.importNamed(file.getFileName().toString()));
        assertEquals(BatchStatus.COMPLETED, awaitEnd(execution), jobs.exitStatus(execution));
        return admin.call(() -> reports.runOfExecution(execution));
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
}

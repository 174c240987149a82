package com.baokao.itest.benchmark;

import com.baokao.batch.BatchJobs;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.PlacesService;
import com.baokao.catalogue.SessionForm;
import com.baokao.catalogue.SessionTreeService;
import com.baokao.itest.incontainer.AsAdmin;
import com.baokao.itest.support.ReconciliationWorkload;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Database;
import com.baokao.reconciliation.ReconciliationReport;
import com.baokao.reconciliation.ReconciliationReports;
import com.baokao.reconciliation.ReconciliationRuns;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.ejb.EJB;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 6's benchmark: job {@code fee-reconciliation} on a statement of about a million lines against a million
 * orders, on PostgreSQL (target: 60 s). Not part of the test suite; run by {@code scripts/benchmark-reconciliation.sh}
 * ({@code mvn -Pbenchmark}). Prints the job's time, each step's time and the report.
 */
@ExtendWith(ArquillianExtension.class)
class FeeReconciliationBenchmark {

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("baokao.it.deploy.dir"), "baokao.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(FeeReconciliationBenchmark.class,
                ReconciliationWorkload.class, AsAdmin.class, AsAdmin.ThrowingRunnable.class);
    }

    @EJB
    AsAdmin admin;


    @EJB
    PlacesService placesService;

    @EJB
    SessionTreeService sessionTree;

    @EJB
    ReconciliationRuns runs;

    @EJB
    ReconciliationReports reports;

    @EJB
    BatchJobs jobs;

    @Test
    void reconcilesAMillionLines() throws Exception {
        int orders = Integer.getInteger("baokao.benchmark.orders", 1_000_000);
        String day = "2020-06-01";
        long[] place = session();
        Path file = Files.createDirectories(Path.of("target", "benchmark")).resolve("statement-" + day + ".csv");
        double generated;
        double written;
        long lines;
        long started;
        try (Connection c = ((DataSource) new InitialContext().lookup(Database.DATASOURCE)).getConnection()) {
            c.setAutoCommit(true);
            generated = ReconciliationWorkload.generate(c, orders, place[0], place[1], day);
            started = System.nanoTime();
            lines = ReconciliationWorkload.writeStatement(c, orders, day, file);
            written = (System.nanoTime() - started) / 1e9;
        }

        long runId = runs.open(LocalDate.parse(day), file.toAbsolutePath().toString(), "benchmark");
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(runId));
        started = System.nanoTime();
        long execution = jobs.start(BatchJobs.FEE_RECONCILIATION, parameters);
        BatchStatus status = jobs.status(execution);
        while (status != BatchStatus.COMPLETED && status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            Thread.sleep(200);
            status = jobs.status(execution);
        }
        double job = (System.nanoTime() - started) / 1e9;
        assertEquals(BatchStatus.COMPLETED, status);

        ReconciliationReport.Counts counts = admin.call(() -> reports.report(runId)).counts();
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nfee-reconciliation benchmark (PostgreSQL): %,d orders, statement of %,d lines%n", orders, lines));
        out.append(String.format("  data generated in %.1f s, statement file written in %.1f s (not part of the job)%n",
                generated, written));
        out.append(String.format("  JOB: %.1f s wall-clock, execution %d%n", job, execution));
        for (BatchJobs.StepRow step : jobs.steps(execution)) {
            out.append(String.format("  step %-9s %6.1f s  read %,d  written %,d  skipped %,d  commits %,d%n", step.step(),
                    Duration.between(step.startedAt(), step.endedAt()).toMillis() / 1000.0,
                    step.metric(Metric.MetricType.READ_COUNT), step.metric(Metric.MetricType.WRITE_COUNT), step.skips(),
                    step.metric(Metric.MetricType.COMMIT_COUNT)));
        }
        out.append("  report: ").append(counts).append('\n');
        System.out.println(out);
        Files.writeString(Path.of("target", "benchmark", "fee-reconciliation.txt"), out.toString());

        long perTenThousand = orders / 10_000;
        assertEquals(perTenThousand * 5, counts.fixed());
        assertEquals(perTenThousand * 2, counts.refunds());
        assertEquals(perTenThousand, counts.amountMismatches());
        assertEquals(perTenThousand, counts.unknownOrders());
        assertEquals(perTenThousand, counts.missingAtProvider());
        assertEquals(perTenThousand, counts.rejected());
        assertEquals(lines - perTenThousand, counts.loaded());
    }

    private long[] session() throws Exception {
        LocalDateTime opens = LocalDateTime.now(BusinessTime.ZONE).minusHours(1);
        SessionForm form = new SessionForm("BENCH", "对账基准", "测试职业", opens, opens.plusDays(10), opens.plusDays(12),
                opens.plusDays(14), opens.plusDays(16), opens.plusDays(30), opens.plusDays(37), opens.plusDays(60),
                false, null, 260, 360, true, 15, 45, "WHITE,BLUE", false, false, true);
        return admin.call(() -> {
            long region = placesService.createRegion("BENCH", "基准区", null);
            long session = sessionTree.createSession(form);
            long level = sessionTree.addLevel(session, "3", "三级");
            sessionTree.addSubject(level, null, "T", "理论知识", opens.plusDays(50), 90, true, 17500);
            sessionTree.setRegionRule(session, region, 1, false, ConfirmationMode.ONLINE, true);
            sessionTree.publish(session, true);
            return new long[] {session, region};
        });
    }
}

package com.baokao.batch.scores;

import com.baokao.audit.ActorNames;
import com.baokao.batch.BatchJobs;
import com.baokao.batch.OperatorFiles;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.Caller;
import com.baokao.score.ScoreFiles;
import com.baokao.score.ScoreImportRun;
import com.baokao.score.ScoreImportRuns;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts {@code score-import}: the operator uploads the centre's result file or names one in the scores directory;
 * the file is prepared (an Excel workbook or a GB18030 CSV becomes UTF-8 CSV, the header is checked, so a wrong
 * file is refused at once), a run is opened and the job started with its id. Also resumes runs whose server died.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScoreImports {

    private static final Logger LOG = Logger.getLogger(ScoreImports.class.getName());
    static final String DIRECTORY = "baokao.scores.dir";
    static final String STALLED_AFTER = "baokao.scores.stalled-after-seconds";

    @EJB
    BatchJobs jobs;

    @EJB
    ScoreImportRuns runs;

    @Inject
    Clock clock;

    @Inject
    ActorNames names;

    @Resource
    SessionContext context;

    /** An uploaded file: kept in the scores directory under a name of its own, then imported. */
    @RolesAllowed({"OPERATOR", "ADMIN"})
    public long importUpload(String originalName, InputStream content) {
        String shown = originalName == null || originalName.isBlank() ? "upload" : originalName.strip();
        String extension = shown.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : ".csv";
        Path directory = scoresDirectory();
        Path target = directory.resolve("upload-" + clock.millis() + "-" + UUID.randomUUID() + extension);
        try {
            Files.createDirectories(directory);
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BaokaoException("score.file.unreadable", String.valueOf(e.getMessage()));
        }
        return start(target, shown.length() > 300 ? shown.substring(0, 300) : shown);
    }

    /** A file already in the scores directory (large files are copied there rather than uploaded). */
    @RolesAllowed({"OPERATOR", "ADMIN"})
    public long importNamed(String name) {
        if (name == null || name.isBlank()) {
            throw new BaokaoException("score.file.required");
        }
        return start(OperatorFiles.inDirectory(scoresDirectory(), name.strip(), "score.file.missing"), name.strip());
    }

    @RolesAllowed({"OPERATOR", "ADMIN"})
    public String scoresDirectoryShown() {
        return scoresDirectory().toAbsolutePath().normalize().toString();
    }

    private long start(Path file, String shownName) {
        ScoreFiles.Prepared prepared = ScoreFiles.prepare(file);
        long runId = runs.open(prepared.csv().toAbsolutePath().toString(), shownName, callerName());
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(runId));
        return jobs.start(BatchJobs.SCORE_IMPORT, parameters);
    }

    /** The operator's username, for the run's "requested by". */
    private String callerName() {
        Long accountId = Caller.accountIdOf(context.getCallerPrincipal());
        return accountId == null ? context.getCallerPrincipal().getName()
                : names.nameOf(accountId).orElse(context.getCallerPrincipal().getName());
    }

    private static Path scoresDirectory() {
        return Path.of(ConfigProvider.getConfig().getOptionalValue(DIRECTORY, String.class).orElse("baokao-data/scores"));
    }

    /**
     * Continues every import whose server stopped working on it: no heartbeat for {@value #STALLED_AFTER} (600
     * seconds), and its execution still "running" in the job repository or gone with it. Returns how many resumed.
     */
    @PermitAll
    public int resumeStalled() {
        Instant now = clock.instant();
        List<ScoreImportRun> stalled = runs.stalled(now.minusSeconds(
                ConfigProvider.getConfig().getOptionalValue(STALLED_AFTER, Long.class).orElse(600L)));
        int resumed = 0;
        for (ScoreImportRun run : stalled) {
            if (!jobs.orphaned(run.getExecutionId()) || !runs.takeOver(run.getId(), run.getHeartbeatAt(), now)) {
                continue;
            }
            Properties parameters = new Properties();
            parameters.setProperty("runId", String.valueOf(run.getId()));
            long execution = jobs.start(BatchJobs.SCORE_IMPORT, parameters);
            LOG.warning(() -> "score import run " + run.getId() + " had stalled (execution " + run.getExecutionId()
                    + "); resumed by execution " + execution);
            resumed++;
        }
        return resumed;
    }
}

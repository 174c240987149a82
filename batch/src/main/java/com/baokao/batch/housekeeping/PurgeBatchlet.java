package com.baokao.batch.housekeeping;

import com.baokao.platform.Housekeeping;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.logging.Logger;

/** The one step of job {@code housekeeping}: purges expired credentials, old delivered messages, old statement lines. */
@Dependent
@Named("purgeBatchlet")
public class PurgeBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PurgeBatchlet.class.getName());

    @EJB
    Housekeeping housekeeping;

    @Inject
    Clock clock;

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        Housekeeping.Purged purged = housekeeping.purge(clock.instant());
        String summary = "resetCodes=" + purged.resetCodes() + ",loginFailures=" + purged.loginFailures()
                + ",outboxMessages=" + purged.outboxMessages() + ",statementLines=" + purged.statementLines();
        LOG.info(() -> "housekeeping purged " + summary);
        jobContext.setExitStatus(summary);
        return summary;
    }
}

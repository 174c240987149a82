package com.baokao.batch.housekeeping;

import com.baokao.account.captcha.CaptchaChallenges;
import com.baokao.account.reset.PasswordResetService;
import com.baokao.account.signin.SignInService;
import com.baokao.account.token.ApiTokens;
import com.baokao.notification.OutboxDelivery;
import com.baokao.platform.IdempotentRequests;
import com.baokao.reconciliation.StatementLineRetention;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The one step of job {@code housekeeping}: asks each feature to purge what it no longer needs (expired reset
 * codes, forgotten sign-in failures, old delivered messages, old statement lines, the API's expired refresh tokens,
 * CAPTCHA pictures, kept idempotent answers and the score query's hourly counts). Each feature owns its own
 * retention rule; this step only calls them, each in its own transaction.
 */
@Dependent
@Named("purgeBatchlet")
public class PurgeBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PurgeBatchlet.class.getName());

    @EJB
    PasswordResetService resetCodes;

    @EJB
    SignInService signIns;

    @EJB
    OutboxDelivery outbox;

    @EJB
    StatementLineRetention statementLines;

    @EJB
    ApiTokens apiTokens;

    @EJB
    CaptchaChallenges captchas;

    @EJB
    IdempotentRequests idempotentRequests;

    @EJB
    com.baokao.score.ScoreQueryLimit scoreQueries;

    @Inject
    Clock clock;

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        Instant now = clock.instant();
        String summary = "resetCodes=" + resetCodes.purgeExpiredCodes(now)
                + ",loginFailures=" + signIns.purgeForgottenFailures(now)
                + ",outboxMessages=" + outbox.purgeDelivered(now)
                + ",statementLines=" + statementLines.purge(now)
                + ",refreshTokens=" + apiTokens.purgeExpired(now)
                + ",captchas=" + captchas.purgeExpired(now)
                + ",idempotentRequests=" + idempotentRequests.purgeExpired(now)
                + ",scoreQueryCounts=" + scoreQueries.purgeBefore(now.minus(java.time.Duration.ofHours(2)));
        LOG.info(() -> "housekeeping purged " + summary);
        jobContext.setExitStatus(summary);
        return summary;
    }
}

package com.baokao.web.operations;

import com.baokao.admission.WaitingRoom;
import com.baokao.batch.BatchJobs;
import com.baokao.platform.OperatingFigures;
import com.baokao.platform.OperatingFigures.Figures;
import com.baokao.web.admission.AdmissionGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.Locale;
import java.util.Map;

/**
 * Baokao's own metrics beside the runtime's (issue 19), in Prometheus' text format at {@code /metrics} (scope
 * application): sign-ins and submissions counted by this node as they happen; payments by outcome, refunds queued and
 * the outbox backlog as the database holds them (read at most every {@value #KEEP_MILLIS} ms, whatever the scrape
 * rate); the waiting room's occupancy and the running executions of each job. The connection pools' usage comes from
 * the runtime itself ({@code connection_pool_*}).
 */
@ApplicationScoped
public class BaokaoMetrics {

    static final long KEEP_MILLIS = 10_000;

    /** How a sign-in or a submission came in. */
    public enum Channel {
        PAGES, API, DESK;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    MetricRegistry registry;

    @Inject
    AdmissionGate gate;

    // looked up when a gauge is read: in an EAR this bean is made as the web module starts, before the other
    // modules' beans can be injected
    @Inject
    Instance<OperatingFigures> figures;

    @Inject
    Instance<BatchJobs> jobs;

    // one reference each, taken at the first scrape (a new one per scrape would pile up in the Instance)
    private final Kept<OperatingFigures> figuresBean = new Kept<>(Long.MAX_VALUE);
    private final Kept<BatchJobs> jobsBean = new Kept<>(Long.MAX_VALUE);
    private final Kept<Figures> stored = new Kept<>(KEEP_MILLIS);
    private final Kept<Map<String, Integer>> running = new Kept<>(KEEP_MILLIS);

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (String outcome : OperatingFigures.PAYMENT_OUTCOMES) {
            registry.gauge("baokao_payment_records", this, m -> m.stored().paymentsByOutcome().getOrDefault(outcome, 0L),
                    new Tag("outcome", outcome.toLowerCase(Locale.ROOT)));
        }
        registry.gauge("baokao_refunds_queued", this, m -> m.stored().refundsQueued());
        registry.gauge("baokao_outbox_backlog", this, m -> m.stored().outboxBacklog());
        registry.gauge("baokao_waiting_room_admitted", this, m -> m.room().admitted());
        registry.gauge("baokao_waiting_room_waiting", this, m -> m.room().waiting());
        for (String job : BatchJobs.JOBS) {
            registry.gauge("baokao_job_executions_running", this, m -> m.runningJobs().getOrDefault(job, 0),
                    new Tag("job", job));
        }
        // registered at zero so a scrape shows every series from the start (nobody signs in at a desk)
        for (Channel channel : Channel.values()) {
            if (channel != Channel.DESK) {
                signIns(channel, true);
                signIns(channel, false);
            }
            registry.counter("baokao_submissions", new Tag("channel", channel.tag()));
        }
    }

    /** A sign-in attempt ended: accepted or refused (wrong password, CAPTCHA, wait). */
    public void signIn(Channel channel, boolean accepted) {
        signIns(channel, accepted).inc();
    }

    /** An application was submitted (a resubmission after correction included). */
    public void submitted(Channel channel) {
        registry.counter("baokao_submissions", new Tag("channel", channel.tag())).inc();
    }

    private Counter signIns(Channel channel, boolean accepted) {
        return registry.counter("baokao_sign_ins", new Tag("channel", channel.tag()),
                new Tag("outcome", accepted ? "accepted" : "refused"));
    }

    Figures stored() {
        return stored.get(() -> figuresBean.get(figures::get).read());
    }

    Map<String, Integer> runningJobs() {
        return running.get(() -> jobsBean.get(jobs::get).runningExecutions());
    }

    WaitingRoom.Snapshot room() {
        return gate.room().snapshot();
    }
}

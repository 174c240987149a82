package com.baokao.schedule;

import com.baokao.application.DeadlineSweeps;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;

/**
 * Triggers of the lifecycle's deadline jobs: abandonment at the confirmation and payment deadlines every 5 minutes,
 * the open payment orders' status check and the refund executor every 5 minutes, and reminders every hour. Each node ticks; {@link ClusterScheduler} lets one of them run each due time, and the
 * tick shortly after start-up ({@link ScheduleTrigger}) catches up a run missed while the servers were down.
 */
@Singleton
@Startup
// a long run must not hold the singleton's lock against the next ticks; the scheduler's row decides who runs
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeadlineSchedules extends ScheduleTrigger {

    public static final String ABANDONMENT = "confirmation-deadline";
    public static final String PAYMENT_ABANDONMENT = "payment-deadline";
    public static final String REMINDERS = "deadline-reminders";
    /** Open payment orders whose notification may have been dropped: asked about at their provider. */
    public static final String PAYMENT_CHECK = "payment-status-check";
    /** Queued refunds carried out at their provider (RefundExecutor). */
    public static final String REFUNDS = "refund-executor";
    static final Cadence ABANDONMENT_CADENCE = Cadence.everyMinutes(5);
    static final Cadence REMINDER_CADENCE = Cadence.everyMinutes(60);

    @EJB
    DeadlineSweeps sweeps;

    @EJB
    com.baokao.payment.Payments payments;

    @EJB
    com.baokao.payment.RefundExecutor refunds;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "deadline jobs")
    void everyMinute() {
        tick();
    }

    @Override
    protected Duration catchUpAfter() {
        return Duration.ofSeconds(20);
    }

    @Override
    protected void tick() {
        scheduler.runIfDue(ABANDONMENT, ABANDONMENT_CADENCE, Duration.ofMinutes(30),
                due -> sweeps.abandonAfterConfirmationDeadline() + " abandoned");
        scheduler.runIfDue(PAYMENT_ABANDONMENT, ABANDONMENT_CADENCE, Duration.ofMinutes(30),
                due -> sweeps.abandonAfterPaymentDeadline() + " abandoned");
        scheduler.runIfDue(PAYMENT_CHECK, ABANDONMENT_CADENCE, Duration.ofMinutes(30),
                due -> payments.checkOpenOrders(Duration.ofMinutes(2)) + " payments found by asking the provider");
        scheduler.runIfDue(REFUNDS, ABANDONMENT_CADENCE, Duration.ofMinutes(30), due -> refunds.runQueued());
        scheduler.runIfDue(REMINDERS, REMINDER_CADENCE, Duration.ofMinutes(30),
                due -> sweeps.remindBeforeDeadlines() + " reminders");
    }
}

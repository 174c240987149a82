package com.baokao.notification;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The background sender: every few seconds it delivers what is due. Non-persistent timer (persistent
 * timers on Micro live in the Hazelcast grid); overlapping runs on one node are skipped, and the
 * per-message claim keeps several nodes from sending the same message.
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

    private static final int BATCH = 200;

    private final AtomicBoolean running = new AtomicBoolean();

    @EJB
    OutboxDelivery delivery;

    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false, info = "outbox-sender")
    void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            sendDueNow();
        } finally {
            running.set(false);
        }
    }

    /** Delivers everything due now; returns how many messages this call delivered. */
    public int sendDueNow() {
        int delivered = 0;
        for (Long id : delivery.dueMessages(BATCH)) {
            if (delivery.deliver(id)) {
                delivered++;
            }
        }
        return delivered;
    }
}

package com.baokao.batch.housekeeping;

import com.baokao.batch.BatchJobs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * Starts {@code housekeeping} every night at 03:30 Shanghai time. The job is idempotent, so two nodes
 * running it, or a night missed while the server was down, do no harm; the once-per-cluster scheduling
 * mechanism for jobs that need it comes with the first such job.
 */
@Singleton
public class HousekeepingSchedule {

    @EJB
    BatchJobs jobs;

    @Schedule(hour = "3", minute = "30", timezone = "Asia/Shanghai", persistent = false, info = "housekeeping")
    void nightly() {
        jobs.start(BatchJobs.HOUSEKEEPING, null);
    }
}

package com.baokao.batch.tickets;

import com.baokao.seating.SeatingSteps;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/**
 * One partition per exam site of the session (sites are independent: rooms and candidates belong to one site), run
 * on as many threads as the server has cores. Partitions are planned afresh on a restart ({@code override}): each
 * one goes on from the seats and sheets already stored, which are its checkpoint.
 */
@Dependent
@Named("sitePartitionMapper")
public class SitePartitionMapper implements PartitionMapper {

    @Inject
    JobContext job;

    @EJB
    SeatingSteps steps;

    @Override
    public PartitionPlan mapPartitions() {
        List<Long> sites = steps.sites(SessionOfJob.of(job));
        PartitionPlanImpl plan = new PartitionPlanImpl();
        // a session nobody may sit yet still runs the step once, with nothing to do
        int partitions = Math.max(1, sites.size());
        Properties[] properties = new Properties[partitions];
        for (int i = 0; i < partitions; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("siteId", sites.isEmpty() ? "" : String.valueOf(sites.get(i)));
        }
        plan.setPartitions(partitions);
        plan.setThreads(Math.max(1, Math.min(partitions, Runtime.getRuntime().availableProcessors())));
        plan.setPartitionProperties(properties);
        plan.setPartitionsOverride(true);
        return plan;
    }
}

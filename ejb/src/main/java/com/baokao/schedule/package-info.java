/**
 * The one scheduling mechanism every periodic job uses: a {@link com.baokao.schedule.Cadence} in Asia/Shanghai,
 * a {@link com.baokao.schedule.ClusterScheduler} that lets exactly one node of a cluster run each due time (a
 * row in {@code scheduled_run}), and catch-up of a run missed while the servers were down. Each job has a small
 * trigger bean that ticks every minute and once shortly after start-up ({@link com.baokao.schedule.ScheduleTrigger}).
 */
package com.baokao.schedule;

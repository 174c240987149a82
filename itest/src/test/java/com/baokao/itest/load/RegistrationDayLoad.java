package com.baokao.itest.load;

import com.baokao.demo.DemoLoadData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The full registration-day benchmark (scripts/benchmark-registration-day.sh): a crowd of
 * {@code baokao.benchmark.candidates} (default 20,000) with {@code baokao.benchmark.burst} (default 2,000) of them at once for the
 * site with {@code baokao.benchmark.places} (default 100) places, {@code baokao.benchmark.concurrency} (default 32) connections.
 * Prints the figures per kind of request and the checks' verdict, and leaves them in
 * itest/target/benchmark/registration-day.txt.
 */
public final class RegistrationDayLoad {

    private RegistrationDayLoad() {
    }

    public static void main(String[] args) throws Exception {
        int candidates = Integer.getInteger("baokao.benchmark.candidates", 20_000);
        int burst = Integer.getInteger("baokao.benchmark.burst", 2_000);
        int places = Integer.getInteger("baokao.benchmark.places", 100);
        int concurrency = Integer.getInteger("baokao.benchmark.concurrency", 32);
        int pageUsers = Integer.getInteger("baokao.benchmark.page-users", 32);
        // the waiting room's capacity in the overload phases, and the candidates each of those two phases goes through
        int overloadCapacity = Integer.getInteger("baokao.benchmark.overload-capacity", 8);
        int overloadCandidates = Integer.getInteger("baokao.benchmark.overload-candidates", 300);
        // "1", "2", or "1,2": one node, two behind HAProxy, or both one after the other in this run (issue 19)
        List<Integer> nodeCounts = java.util.Arrays.stream(System.getProperty("baokao.benchmark.nodes", "1").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        List<String> report = new ArrayList<>();
        Map<Integer, List<RegistrationDay.Figures>> byNodes = new java.util.LinkedHashMap<>();
        for (int nodes : nodeCounts) {
            report.add("=== " + (nodes == 1 ? "one node" : "two nodes in one data grid behind HAProxy") + " ===");
            long started = System.nanoTime();
            // each node of two has a waiting room of its own: the overload phases measure one node's
            int overloadCrowd = nodes == 1 ? 2 * overloadCandidates : 0;
            // and one candidate per user of the two page phases: capacity, then three times it
            int crowd = candidates + pageUsers + overloadCrowd + (nodes == 1 ? 4 * overloadCapacity : 0);
            try (RegistrationDay day = RegistrationDay.start("registration_day", crowd, places, List.of(), nodes)) {
                report.add("Baokao started with " + crowd + " load candidates in "
                        + (System.nanoTime() - started) / 1_000_000_000 + " s (database " + day.database + ")");
                RegistrationDay.Outcome outcome = day.simulate(Map.of("candidates", String.valueOf(candidates),
                        "burst", String.valueOf(burst), "concurrency", String.valueOf(concurrency),
                        "homeSeconds", System.getProperty("baokao.benchmark.home-seconds", "20"),
                        "pageUsers", String.valueOf(pageUsers), "pageViews", System.getProperty("baokao.benchmark.page-views", "50"),
                        "overloadCapacity", String.valueOf(nodes == 1 ? overloadCapacity : 0),
                        "overloadCandidates", String.valueOf(overloadCrowd / 2),
                        "overloadPageViews", System.getProperty("baokao.benchmark.overload-page-views", "30")));
                report.add(String.format("%d candidates, %d of them at once for %d places at %s, %d connections; Gatling exit %d",
                        candidates, burst, places, DemoLoadData.BURST_SITE, concurrency, outcome.exitCode()));
                outcome.figures().forEach(f -> report.add(f.toString()));
                byNodes.put(nodes, outcome.figures());
                Path waited = outcome.output().resolve("waited.txt");
                report.add("waiting-room answers (429, asked again after Retry-After): "
                        + (Files.exists(waited) ? Files.readString(waited).strip() : "not counted"));
                Path busy = outcome.output().resolve("busy.txt");
                report.add("payment starts answered 503 busy (asked again after Retry-After): "
                        + (Files.exists(busy) ? Files.readString(busy).strip() : "not counted"));
                if (overloadCrowd > 0) {
                    report.addAll(RegistrationDay.overloadReport(outcome, overloadCapacity, overloadCandidates));
                }
                List<String> problems = day.check(outcome.output().resolve("acknowledged.csv"), DemoLoadData.BURST_SITE);
                if (problems.size() > 10) {
                    problems = new ArrayList<>(problems.subList(0, 10));
                    problems.add("…");
                }
                report.add("acknowledged submissions: " + Files.readAllLines(outcome.output().resolve("acknowledged.csv")).size()
                        + "; exactly-once and places check: " + (problems.isEmpty() ? "passed" : "FAILED " + problems));
            }
        }
        if (byNodes.size() == 2) {
            report.add("=== side by side: requests per second (p99 ms), one node | two nodes ===");
            for (RegistrationDay.Figures one : byNodes.get(1)) {
                byNodes.get(2).stream().filter(f -> f.name().equals(one.name())).findFirst().ifPresent(two ->
                        report.add(String.format(java.util.Locale.ROOT, "%-32s %9.1f/s (%5d) | %9.1f/s (%5d)",
                                one.name(), one.perSecond(), one.p99(), two.perSecond(), two.p99())));
            }
        }
        Path out = Path.of("target", "benchmark", "registration-day.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }
}

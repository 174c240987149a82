package com.baokao.itest.load;

import com.baokao.itest.support.MicroServer;
import com.baokao.itest.support.TestDatabases;
import com.baokao.itest.support.TwoNodeCluster;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The registration-day run shared by the smoke test (in the test command) and the benchmark
 * (scripts/benchmark-registration-day.sh): Baokao on Payara Micro with PostgreSQL in a database of its own and the
 * load-test crowd, {@link RegistrationDaySimulation} in a Gatling process of its own, the numbers per kind of request,
 * and the checks that follow: every acknowledged submission in the database exactly once, no site over its places.
 */
final class RegistrationDay implements AutoCloseable {

    /** One kind of request: count, errors, its phase's throughput and percentiles in milliseconds. */
    record Figures(String name, long ok, long ko, double perSecond, long p50, long p95, long p99) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-32s %8d ok %6d errors %9.1f/s   p50 %5d ms  p95 %5d ms  p99 %5d ms",
                    name, ok, ko, perSecond, p50, p95, p99);
        }
    }

    /** What the Gatling run gave: its exit code, the figures per request, and where its files are. */
    record Outcome(int exitCode, List<Figures> figures, Path output) {
        Figures of(String name) {
            return figures.stream().filter(f -> f.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no request named " + name + " in " + figures));
        }
    }

    final String database;
    final String jdbcUrl;
    final Path work;
    /** Where the simulation sends its requests: the one node, or the load balancer in front of two. */
    final String baseUrl;
    /** The key that lets this run's simulation set the waiting room's capacity ({@code baokao.admission.test-key}). */
    final String admissionTestKey;
    private final AutoCloseable servers;

    private RegistrationDay(String database, String baseUrl, AutoCloseable servers, Path work, String admissionTestKey) {
        this.database = database;
        this.admissionTestKey = admissionTestKey;
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/" + database;
        this.baseUrl = baseUrl;
        this.servers = servers;
        this.work = work;
    }

    /** A new PostgreSQL database and Baokao on it with {@code candidates} load candidates and {@code burstPlaces}. */
    static RegistrationDay start(String name, int candidates, int burstPlaces, List<String> extraJvm) throws Exception {
        return start(name, candidates, burstPlaces, extraJvm, 1);
    }

    /**
     * The same on {@code nodes} servers: one Payara Micro on its own (no data grid, as run.sh), or two in one data grid
     * behind HAProxy as scripts/cluster.sh runs them ({@link TwoNodeCluster}).
     */
    static RegistrationDay start(String name, int candidates, int burstPlaces, List<String> extraJvm, int nodes)
            throws Exception {
        if (nodes < 1 || nodes > 2) {
            throw new IllegalArgumentException("one or two nodes, not " + nodes);
        }
        String database = "baokao_" + name + "_" + System.currentTimeMillis();
        TestDatabases.execute(TestDatabases.POSTGRES_ADMIN_URL, "CREATE DATABASE " + database
                + " ENCODING 'UTF8' TEMPLATE template0");
        String url = "jdbc:postgresql://127.0.0.1:5432/" + database;
        Path work = TestDatabases.workDir().resolve(name + "-" + System.currentTimeMillis());
        Files.createDirectories(work);
        Path postBoot = work.resolve("postboot.asadmin");
        String admissionTestKey = java.util.UUID.randomUUID().toString();
        Files.writeString(postBoot, TestDatabases.batchRepositoryCommands(url));
        List<String> jvm = new ArrayList<>(List.of("-Dbaokao.demo-data=true", "-Dbaokao.sandbox.enabled=true",
                "-Dbaokao.db.url=" + url, "-Dbaokao.db.datasource-class=org.postgresql.ds.PGSimpleDataSource",
                "-Dbaokao.db.user=" + TestDatabases.POSTGRES_USER, "-Dbaokao.db.password=" + TestDatabases.TRUSTED_PASSWORD,
                "-Dbaokao.demo.load-candidates=" + candidates, "-Dbaokao.demo.load-burst-places=" + burstPlaces,
                "-Dbaokao.admission.test-key=" + admissionTestKey));
        jvm.addAll(extraJvm);
        // e.g. -Dbaokao.benchmark.server-jvm="-XX:StartFlightRecording=filename=/tmp/rd.jfr" to see where the time goes
        String serverJvm = System.getProperty("baokao.benchmark.server-jvm", "").strip();
        if (!serverJvm.isEmpty()) {
            jvm.addAll(List.of(serverJvm.split("\\s+")));
        }
        List<String> micro = List.of("--addLibs", TestDatabases.deployDir().resolve("postgresql.jar").toString(),
                "--postbootcommandfile", postBoot.toString());
        try {
            if (nodes == 2) {
                TwoNodeCluster cluster = TwoNodeCluster.start(work, jvm, postBoot);
                return new RegistrationDay(database, cluster.url(""), cluster, work, admissionTestKey);
            }
            // one node as run.sh runs it: sessions in memory, not in the data grid (scripts/single-node.asadmin)
            Files.writeString(postBoot, Files.readString(Path.of(System.getProperty("user.dir")).getParent()
                    .resolve("scripts/single-node.asadmin")), java.nio.file.StandardOpenOption.APPEND);
            MicroServer server = MicroServer.start(work.resolve("server"), jvm, micro);
            return new RegistrationDay(database, server.url(""), server, work, admissionTestKey);
        } catch (Exception e) {
            drop(database);
            throw e;
        }
    }

    /** Runs the simulation in a JVM of its own (Gatling's launcher ends its process) with these settings. */
    Outcome simulate(Map<String, String> settings) throws IOException, InterruptedException {
        Path output = work.resolve("gatling");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // as Gatling's own launcher starts it (its stats writer reads String internals)
                "-Xmx2g", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-XX:MaxInlineLevel=20",
                "-Dlogback.configurationFile=" + logback(), "-cp", System.getProperty("java.class.path"),
                "-DbaseUrl=" + baseUrl, "-DtestKey=" + admissionTestKey,
                "-Doutput=" + output));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("io.gatling.app.Gatling", "--simulation", RegistrationDaySimulation.class.getName(),
                "--results-folder", output.resolve("results").toString()));
        Path log = work.resolve("gatling.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        return new Outcome(exit, figures(output), output);
    }

    private static String logback() {
        java.net.URL config = RegistrationDay.class.getResource("/gatling-logback.xml");
        return config == null ? "" : config.toString();
    }

    /** Per request: counts and percentiles from Gatling's stats.json, throughput over its own phase (phases.csv). */
    private static List<Figures> figures(Path output) throws IOException {
        Path stats;
        if (!Files.isDirectory(output.resolve("results"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(output.resolve("results"))) {
            stats = files.filter(p -> p.endsWith(Path.of("js", "stats.js"))).findFirst().orElse(null);
        }
        if (stats == null) {
            return List.of();
        }
        Map<String, double[]> phases = new LinkedHashMap<>();
        for (String line : Files.readAllLines(output.resolve("phases.csv"))) {
            String[] f = line.split(",");
            phases.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        List<Figures> figures = new ArrayList<>();
        JsonNode contents = statsOf(Files.readString(stats)).get("contents");
        contents.fields().forEachRemaining(entry -> {
            JsonNode s = entry.getValue().get("stats");
            String name = s.get("name").asText();
            long ok = Long.parseLong(s.get("numberOfRequests").get("ok").asText());
            long ko = Long.parseLong(s.get("numberOfRequests").get("ko").asText());
            double[] phase = phases.get(RegistrationDaySimulation.phaseOf(name));
            double seconds = phase == null ? 0 : Math.max(0.001, (phase[1] - phase[0]) / 1000.0);
            figures.add(new Figures(name, ok, ko, seconds == 0 ? 0 : (ok + ko) / seconds, millis(s, "percentiles1"),
                    millis(s, "percentiles3"), millis(s, "percentiles4")));
        });
        return figures;
    }

    private static long millis(JsonNode stats, String field) {
        String value = stats.get(field).get("total").asText();
        return value.matches("\\d+") ? Long.parseLong(value) : -1;
    }

    /** The report's js/stats.js is a script ({@code var stats = {type: ...}} and functions): its object as JSON. */
    static JsonNode statsOf(String script) throws IOException {
        int start = script.indexOf('{');
        int end = script.indexOf("\nfunction ");
        String object = (end < 0 ? script.substring(start) : script.substring(start, end)).strip();
        if (object.endsWith(";")) {
            object = object.substring(0, object.length() - 1);
        }
        String json = object.replaceAll("(?m)^(\\s*)([A-Za-z_][A-Za-z0-9_]*):", "$1\"$2\":");
        return new ObjectMapper().readTree(json);
    }

    /**
     * The overload phases side by side: per kind of request, its throughput and p99 at the waiting room's capacity and at
     * three times it, for the API and for the pages; how often the room answered (429 or its waiting page), and how long
     * candidates waited to be let in.
     */
    static List<String> overloadReport(Outcome outcome, int capacity, int candidatesPerPhase) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "=== overload: the waiting room lets %d in at once; %d candidates through the"
                + " API chain by %d users, then by %d users; then %d and %d candidates through the pages, one per user ===",
                capacity, candidatesPerPhase, capacity, 3 * capacity, capacity, 3 * capacity));
        lines.add(String.format(Locale.ROOT, "%-36s %20s | %20s", "request: req/s (p99 ms)", capacity + " users",
                3 * capacity + " users"));
        String[] suffixes = RegistrationDaySimulation.OVERLOAD_SUFFIX;
        long worstAdmittedP99 = 0;
        // the API's pair of phases, then the pages' pair
        for (int pair = 0; pair < suffixes.length; pair += 2) {
            String atCapacity = suffixes[pair];
            String threeTimes = suffixes[pair + 1];
            for (Figures at : outcome.figures()) {
                if (!at.name().endsWith(atCapacity)) {
                    continue;
                }
                String kind = at.name().substring(0, at.name().length() - atCapacity.length());
                Figures over = outcome.figures().stream().filter(f -> f.name().equals(kind + threeTimes)).findFirst()
                        .orElse(null);
                lines.add(String.format(Locale.ROOT, "%-36s %12.1f/s (%5d) | %12s", kind + (pair == 0 ? "" : " (pages)"),
                        at.perSecond(), at.p99(), over == null ? "-"
                                : String.format(Locale.ROOT, "%.1f/s (%5d)", over.perSecond(), over.p99())));
                // what the admitted asked: not the first request (held or answered by the room), not signing in
                if (over != null && !kind.startsWith("enter") && !kind.startsWith("sign in") && !kind.startsWith("login")) {
                    worstAdmittedP99 = Math.max(worstAdmittedP99, over.p99());
                }
            }
        }
        Path csv = outcome.output().resolve("overload.csv");
        if (Files.exists(csv)) {
            for (String line : Files.readAllLines(csv)) {
                String[] f = line.split(",");
                int phase = Integer.parseInt(f[0]);
                lines.add(String.format(Locale.ROOT, "%s, %d users: %s answers of the waiting room (429 or its page);"
                        + " wait to be let in over %s candidates: p50 %s ms, p95 %s ms, max %s ms", phase < 2 ? "API" : "pages",
                        phase % 2 == 0 ? capacity : 3 * capacity, f[1], f[2], f[3], f[4], f[5]));
            }
        }
        lines.add("worst p99 of a request made with a pass at three times the capacity: " + worstAdmittedP99 + " ms");
        return lines;
    }

    /**
     * Every acknowledged submission once in the database, as the candidate's (ID number), submitted, with the serial
     * number the client was given; no count of places over its number, and each count equal to its holds. Returns
     * problems found (empty when all holds).
     */
    List<String> check(Path acknowledged, String burstSite) throws IOException, SQLException {
        List<String> problems = new ArrayList<>();
        Set<String> applications = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, TestDatabases.POSTGRES_USER, "")) {
            for (String line : Files.readAllLines(acknowledged)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                if (!applications.add(f[1])) {
                    problems.add("acknowledged twice: application " + f[1]);
                }
                long copies = number(c, "select count(*) from application a join account x on x.id = a.account_id"
                        + " join exam_session s on s.id = a.session_id where x.id_number = '" + f[0]
                        + "' and s.code = 'LOAD2026' and a.id = " + Long.parseLong(f[1]) + " and a.status = 'SUBMITTED'"
                        + " and a.serial_number = " + Long.parseLong(f[2].replaceAll(".*-", ""))); // as shown: SESSION-00000001
                if (copies != 1) {
                    problems.add("acknowledged " + line + " found " + copies + " times");
                }
            }
            long perCandidate = number(c, "select count(*) from (select a.account_id from application a join exam_session s"
                    + " on s.id = a.session_id where s.code = 'LOAD2026' group by a.account_id having count(*) > 1) t");
            if (perCandidate > 0) {
                problems.add(perCandidate + " candidates with two LOAD2026 applications");
            }
            long submitted = number(c, "select count(*) from application a join exam_session s on s.id = a.session_id"
                    + " where s.code = 'LOAD2026' and a.status = 'SUBMITTED'");
            if (submitted != applications.size()) {
                problems.add(submitted + " submitted in the database, " + applications.size() + " acknowledged");
            }
            long over = number(c, "select count(*) from site_places where held > places or held <> (select count(*)"
                    + " from place_hold h where h.places_id = site_places.id)");
            if (over > 0) {
                problems.add(over + " counts of places over their number or out of step with their holds");
            }
            long burstHolders = number(c, "select count(*) from application a join exam_session s on s.id = a.session_id"
                    + " join exam_site x on x.id = a.site_id where s.code = 'LOAD2026' and x.code = '" + burstSite
                    + "' and a.status = 'SUBMITTED'");
            long burstPlaces = number(c, "select places from site_places p join exam_site x on x.id = p.site_id"
                    + " join exam_session s on s.id = p.session_id where s.code = 'LOAD2026' and x.code = '" + burstSite + "'");
            if (burstHolders > burstPlaces) {
                problems.add(burstHolders + " submitted at " + burstSite + ", which has " + burstPlaces + " places");
            }
        }
        return problems;
    }

    long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws Exception {
        servers.close();
        if (!Boolean.getBoolean("baokao.it.keep-database")) {
            drop(database);
        }
    }

    private static void drop(String database) {
        try {
            TestDatabases.execute(TestDatabases.POSTGRES_ADMIN_URL, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop " + database + ": " + e);
        }
    }
}

package com.baokao.itest.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL database of a test's own, for Baokao servers the test starts and kills itself (crash and cluster
 * tests): the database, a work folder with the job repository's post-boot commands, and the options that point a
 * Payara Micro at both. Dropped on {@link #close}. Usually a database in the machine's PostgreSQL server; a test
 * that stops and starts PostgreSQL itself gets a server of its own ({@link #onOwnServer}), made with Debian's
 * {@code pg_createcluster}, so the shared server never goes away under another test.
 */
public record OwnPostgres(String database, String url, Path work, Path postBoot, String cluster) implements AutoCloseable {

    private static final String VERSION_DIR = "/etc/postgresql";

    public static OwnPostgres create(String name) throws IOException, InterruptedException, SQLException {
        String database = "baokao_" + name + "_" + System.currentTimeMillis();
        TestDatabases.execute(TestDatabases.POSTGRES_ADMIN_URL, "CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        return withDatabase(name, database, "jdbc:postgresql://127.0.0.1:5432/" + database, null);
    }

    /** A database in a new PostgreSQL server of the test's own, on a free port, trusting local connections. */
    public static OwnPostgres onOwnServer(String name) throws IOException, InterruptedException, SQLException {
        String cluster = "bk" + name + System.currentTimeMillis() % 100_000;
        int port = MicroServer.freeFixedPort();
        run("pg_createcluster", version(), cluster, "-p", String.valueOf(port), "--", "--auth=trust", "--encoding=UTF8");
        run("pg_ctlcluster", version(), cluster, "start");
        String database = "baokao_" + name;
        String admin = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        TestDatabases.execute(admin, "CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        return withDatabase(name, database, "jdbc:postgresql://127.0.0.1:" + port + "/" + database, cluster);
    }

    private static OwnPostgres withDatabase(String name, String database, String url, String cluster)
            throws IOException, InterruptedException {
        Path work = Files.createDirectories(TestDatabases.workDir().resolve(name + "-" + System.currentTimeMillis()));
        Path postBoot = work.resolve("postboot.asadmin");
        Files.writeString(postBoot, TestDatabases.batchRepositoryCommands(url));
        return new OwnPostgres(database, url, work, postBoot, cluster);
    }

    /** Stops this test's own PostgreSQL server at once ("fast": open connections are cut, as in a restart). */
    public void stopServer() throws IOException, InterruptedException {
        run("pg_ctlcluster", version(), ownCluster(), "stop", "-m", "fast");
    }

    public void startServer() throws IOException, InterruptedException {
        run("pg_ctlcluster", version(), ownCluster(), "start");
    }

    private String ownCluster() {
        if (cluster == null) {
            throw new IllegalStateException("the machine's shared PostgreSQL is not stopped by a test");
        }
        return cluster;
    }

    private static String version() throws IOException {
        try (var versions = Files.list(Path.of(VERSION_DIR))) {
            return versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new IOException("no PostgreSQL under " + VERSION_DIR));
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** Baokao's JVM options for this database, with the demo data, followed by the test's own. */
    public List<String> jvmOptions(String... more) {
        List<String> options = new ArrayList<>(List.of("-Dbaokao.demo-data=true",
                "-Dbaokao.db.url=" + url, "-Dbaokao.db.datasource-class=org.postgresql.ds.PGSimpleDataSource",
                "-Dbaokao.db.user=" + TestDatabases.POSTGRES_USER, "-Dbaokao.db.password=" + TestDatabases.TRUSTED_PASSWORD));
        options.addAll(List.of(more));
        return options;
    }

    /** Micro's options: the PostgreSQL driver and the job repository in this database. */
    public List<String> microOptions() {
        return List.of("--addLibs", TestDatabases.deployDir().resolve("postgresql.jar").toString(),
                "--postbootcommandfile", postBoot.toString());
    }

    @Override
    public void close() throws SQLException {
        if (cluster == null) {
            TestDatabases.execute(TestDatabases.POSTGRES_ADMIN_URL, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            return;
        }
        try {
            run("pg_dropcluster", version(), cluster, "--stop");
        } catch (IOException e) {
            throw new SQLException("own PostgreSQL server " + cluster + " not dropped", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while dropping " + cluster, e);
        }
    }
}

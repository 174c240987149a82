package com.baokao.itest.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Gives each test run a database of its own before any test starts, and removes it afterwards:
 * with {@code baokao.it.database=postgresql} a new PostgreSQL database on 127.0.0.1:5432 (dropped at the
 * end), otherwise a new H2 file under the build's work folder. Publishes it as system properties that
 * arquillian.xml and the server launchers read ({@code baokao.it.db.*}, {@code baokao.it.micro.extra}).
 */
public class TestDatabases implements LauncherSessionListener {

    public static final String POSTGRES_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    public static final String POSTGRES_USER = "postgres";
    /** The local PostgreSQL trusts 127.0.0.1 and ignores it; Payara's pools insist on having one. */
    public static final String TRUSTED_PASSWORD = "baokao";

    private String createdPostgresDatabase;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("maven.home") != null && System.getProperty("baokao.it.deploy.dir") == null) {
            // Maven's own JVM, not a test JVM: with two forks, failsafe lists the test classes there first, which
            // opens a launcher session too and needs no database
            return;
        }
        String kind = System.getProperty("baokao.it.database", "h2");
        System.setProperty("baokao.it.database", kind);
        Path work = workDir();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_" + ProcessHandle.current().pid();
        try {
            Files.createDirectories(work);
            // a Micro root of its own per run: a reused one would bring back the previous run's pools and apps
            System.setProperty("baokao.it.micro.rootdir", work.resolve("micro-" + kind + "-" + stamp).toString());
            if ("postgresql".equals(kind)) {
                createdPostgresDatabase = "baokao_it_" + stamp;
                execute(POSTGRES_ADMIN_URL, "CREATE DATABASE " + createdPostgresDatabase + " ENCODING 'UTF8' TEMPLATE template0");
                String url = "jdbc:postgresql://127.0.0.1:5432/" + createdPostgresDatabase;
                System.setProperty("baokao.it.db.url", url);
                System.setProperty("baokao.it.db.class", "org.postgresql.ds.PGSimpleDataSource");
                System.setProperty("baokao.it.db.user", POSTGRES_USER);
                Path postBoot = work.resolve("postboot-" + stamp + ".asadmin");
                Files.writeString(postBoot, batchRepositoryCommands(url));
                System.setProperty("baokao.it.micro.extra", "--addLibs " + deployDir().resolve("postgresql.jar")
                        + " --postbootcommandfile " + postBoot);
            } else {
                String url = "jdbc:h2:file:" + work.resolve("h2-" + stamp).resolve("baokao") + ";LOCK_TIMEOUT=10000";
                System.setProperty("baokao.it.db.url", url);
                System.setProperty("baokao.it.db.class", "org.h2.jdbcx.JdbcDataSource");
                System.setProperty("baokao.it.db.user", "baokao");
                // the job repository in the same H2 file, as the run command has it
                System.setProperty("baokao.it.micro.extra", "--postbootcommandfile " + h2PostBoot(work, stamp, url));
            }
        } catch (IOException | SQLException | InterruptedException e) {
            throw new IllegalStateException("Could not prepare the " + kind + " test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (createdPostgresDatabase != null && Boolean.getBoolean("baokao.it.keep-database")) {
            System.out.println("Keeping test database " + createdPostgresDatabase + " (baokao.it.keep-database)");
        } else if (createdPostgresDatabase != null) {
            try {
                execute(POSTGRES_ADMIN_URL, "DROP DATABASE IF EXISTS " + createdPostgresDatabase + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + createdPostgresDatabase + ": " + e);
            }
        }
    }

    /**
     * A post-boot command file that puts the job repository into the embedded H2 database at {@code url} (the URL
     * the application opens, so that both pools share the one file), as the run command does.
     */
    public static Path h2PostBoot(Path folder, String name, String url) throws IOException, InterruptedException {
        Path postBoot = Files.createDirectories(folder).resolve("postboot-h2-" + name + ".asadmin");
        Files.writeString(postBoot, batchRepositoryCommands(url, "baokao", "baokao"));
        return postBoot;
    }

    /** The same commands the run script uses (scripts/batch-repository-commands.sh), so both stay one. */
    public static String batchRepositoryCommands(String url) throws IOException, InterruptedException {
        return batchRepositoryCommands(url, POSTGRES_USER, TRUSTED_PASSWORD);
    }

    public static String batchRepositoryCommands(String url, String user, String password) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("user.dir")).getParent().resolve("scripts/batch-repository-commands.sh");
        Process process = new ProcessBuilder("bash", script.toString(), url, user, password).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("batch-repository-commands.sh failed: " + output);
        }
        return output;
    }

    public static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, POSTGRES_USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    public static Path workDir() {
        return Path.of(System.getProperty("baokao.it.work.dir", "target/work")).toAbsolutePath();
    }

    public static Path deployDir() {
        return Path.of(System.getProperty("baokao.it.deploy.dir", "target/deploy")).toAbsolutePath();
    }
}

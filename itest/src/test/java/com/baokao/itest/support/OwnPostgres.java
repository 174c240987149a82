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
 * Payara Micro at both. Dropped on {@link #close}.
 */
public record OwnPostgres(String database, String url, Path work, Path postBoot) implements AutoCloseable {

    public static OwnPostgres create(String name) throws IOException, InterruptedException, SQLException {
        String database = "baokao_" + name + "_" + System.currentTimeMillis();
        TestDatabases.execute(TestDatabases.POSTGRES_ADMIN_URL, "CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        String url = "jdbc:postgresql://127.0.0.1:5432/" + database;
        Path work = Files.createDirectories(TestDatabases.workDir().resolve(name + "-" + System.currentTimeMillis()));
        Path postBoot = work.resolve("postboot.asadmin");
        Files.writeString(postBoot, TestDatabases.batchRepositoryCommands(url));
        return new OwnPostgres(database, url, work, postBoot);
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
        TestDatabases.execute(TestDatabases.POSTGRES_ADMIN_URL, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
}

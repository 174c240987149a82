package com.baokao.itest.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Baokao's WAR on a Payara Micro of its own, started as a separate process the way the run command starts it (so a
 * test can also kill it as a crash would), on a free port, with its console in {@code server.log} of its folder.
 */
public final class MicroServer implements AutoCloseable {

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private MicroServer(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /**
     * Starts one and waits until {@code /api/health} answers. {@code work} gets the log and a fresh Micro root;
     * {@code jvmOptions} carry Baokao's settings, {@code microOptions} Micro's own (e.g. {@code --addLibs}).
     */
    public static MicroServer start(Path work, List<String> jvmOptions, List<String> microOptions) throws IOException,
            InterruptedException {
        List<String> options = new ArrayList<>(List.of("--nocluster", "--prebootcommandfile", prebootCommands().toString()));
        options.addAll(microOptions);
        return start(work, freePort(), jvmOptions, options);
    }

    /**
     * Starts one as a member of a cluster: on {@code port} (a load balancer names it), with Micro's cluster options
     * in {@code microOptions} (scripts/cluster.sh shows them).
     */
    public static MicroServer startClusterNode(Path work, int port, List<String> jvmOptions, List<String> microOptions,
                                               Duration healthyWithin) throws IOException, InterruptedException {
        return start(work, port, jvmOptions, microOptions, healthyWithin);
    }

    private static MicroServer start(Path work, int port, List<String> jvmOptions, List<String> microOptions)
            throws IOException, InterruptedException {
        return start(work, port, jvmOptions, microOptions, Duration.ofMinutes(4));
    }

    private static MicroServer start(Path work, int port, List<String> jvmOptions, List<String> microOptions,
                                     Duration healthyWithin) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path log = work.resolve("server.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        // the failsafe configuration's JIT setting for test servers (itest/pom.xml, it.server.jvm)
        String serverJvm = System.getProperty("baokao.it.server.jvm", "").strip();
        if (!serverJvm.isEmpty()) {
            command.addAll(List.of(serverJvm.split("\\s+")));
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", TestDatabases.deployDir().resolve("payara-micro.jar").toString(),
                "--deploy", TestDatabases.deployDir().resolve("baokao.war").toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--rootdir", work.resolve("micro-root").toString()));
        command.addAll(microOptions);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MicroServer server = new MicroServer(process, "http://localhost:" + port, log);
        server.awaitHealthy(healthyWithin);
        return server;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * A free port below Linux's ephemeral range (32768 and up), for ports other processes are told about: one
     * from the ephemeral range can be taken meanwhile by an outgoing connection (seen: a data-grid member then bound
     * the next port, which its peers did not know, and a restarted member never found it). Not below 21000 either:
     * the EAR test's Payara Server domain takes 20000-20099, and the two may run at once in parallel test forks.
     */
    public static int freeFixedPort() throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 21_000 + random.nextInt(11_000);
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 21000 and 32000");
    }


    /** The project's Payara Micro settings, the same file run.sh passes. */
    public static Path prebootCommands() {
        Path file = Path.of(System.getProperty("user.dir")).resolve("../scripts/micro-preboot.asadmin").normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file);
        }
        return file;
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "nothing listening";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
                last = "status " + health.statusCode();
            } catch (IOException e) {
                last = e.toString();  // not listening yet
            }
            Thread.sleep(500);
        }
        Path threads = dumpThreads();
        close();
        throw new IllegalStateException("Baokao did not become healthy in " + timeout + " (last probe: " + last
                + "); see " + log + " and " + threads);
    }

    /**
     * What every thread of a server that does not come up is doing ({@code jcmd Thread.print}), next to its log: a
     * start that hangs shows where (.ci/run prints the main thread of such a dump when a test fails).
     */
    private Path dumpThreads() {
        Path threads = log.resolveSibling("threads.txt");
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "Thread.print").redirectErrorStream(true)
                    .redirectOutput(threads.toFile()).start();
            jcmd.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            System.err.println("could not dump the threads of " + process.pid() + ": " + e);
        }
        return threads;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public Path log() {
        return log;
    }

    /** The server's process id, which Baokao's cluster scheduler records as the node ({@code pid@host}). */
    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** What a crash does: SIGKILL, no shutdown hooks, nothing flushed or rolled back by the server itself. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}

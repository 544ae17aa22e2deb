package org.tradetalks.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;

/**
 * The packaged service (target/quarkus-app) started as a process of its own, for tests that stop, kill or restart it.
 * It trusts the test key pair and keeps its H2 data in the given directory; when the suite runs against PostgreSQL
 * (.ci/postgres.sh) it uses the writing tests' database, as {@link OwnDatabase} does.
 */
public final class PackagedJar implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path PUBLIC_KEY = Path.of("src", "test", "resources", "jwt", "editor-public.pem");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;

    private PackagedJar(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the service on {@code port} with its data in {@code dataDir}, and waits until it answers. */
    public static PackagedJar start(Path dataDir, int port, String logName) throws IOException, InterruptedException {
        Process process = launch(dataDir, port, List.of(), logName);
        PackagedJar jar = new PackagedJar(process, port);
        jar.awaitAnswering();
        return jar;
    }

    /**
     * Starts the service process without waiting for it: on {@code port}, its data in {@code dataDir}, with the
     * extra JVM {@code options}, its output in target/{@code logName}.log.
     */
    public static Process launch(Path dataDir, int port, List<String> options, String logName) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dquarkus.http.port=" + port,
                "-Dtrade-talks.data-dir=" + dataDir.toAbsolutePath(),
                "-Dmp.jwt.verify.publickey.location=" + PUBLIC_KEY.toAbsolutePath()));
        command.addAll(options);
        String postgres = System.getenv("_PROD_QUARKUS_DATASOURCE_JDBC_URL");
        if (postgres != null) {
            // Keep the curated database as shipped for the other integration tests (see OwnDatabase).
            command.add("-D%prod.quarkus.datasource.jdbc.url=" + postgres + "_writes");
        }
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", logName + ".log").toFile())
                .start();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public URI webSocket() {
        return URI.create("ws://localhost:" + port + "/graphql");
    }

    public Process process() {
        return process;
    }

    /** POSTs a GraphQL request (with {@code token} as bearer unless null) and returns the response body. */
    public JsonObject post(String query, JsonObject variables, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String body = new JsonObject().put("query", query).put("variables", variables).encode();
        return new JsonObject(HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private void awaitAnswering() throws InterruptedException {
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            assertTrue(process.isAlive(), "the service exited during start-up; see target/*.log");
            try {
                if (post("{ __typename }", new JsonObject(), null).containsKey("data")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not answer within 120 s");
    }

    /** Stops it as an orchestrator does (SIGTERM), and waits for it to exit. */
    public int stop() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the service stopped within 60 s of SIGTERM");
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}

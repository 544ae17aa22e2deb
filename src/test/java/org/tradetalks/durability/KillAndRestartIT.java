package org.tradetalks.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.PackagedJar;

import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonObject;

/**
 * The packaged service, killed with SIGKILL in the middle of a burst of mutations, restarts with every
 * acknowledged change present and no half-written one. Each mutation writes several rows (a meeting, its
 * topics and two source links), so a torn write would show as a meeting missing some of them.
 */
class KillAndRestartIT {

    private static final int WRITERS = 4;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String run = "durability-" + UUID.randomUUID();
    private final String token = Jwt.upn("durability").groups(Set.of("editor")).sign();

    @Test
    void acknowledgedMutationsSurviveAKillNineAndNoneIsHalfWritten() throws Exception {
        Path dataDir = Files.createTempDirectory("trade-talks-durability");
        int port = freePort();
        int management = freePort();
        while (management == port) {
            management = freePort();
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);

        Process first = start(dataDir, port, management, "first");
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            awaitReady(management, first);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int n = 0; writing.get(); n++) {
                        String title = run + " w" + writer + " n" + n;
                        try {
                            JsonObject response = post(port, """
                                    mutation($input: MeetingInput!) { createMeeting(input: $input, sourceIds: ["1", "2"]) { id } }""",
                                    new JsonObject().put("input", new JsonObject()
                                            .put("title", title).put("kind", "TALKS").put("status", "HELD")
                                            .put("startDate", new JsonObject().put("date", "2031-01-01").put("precision", "DAY"))
                                            .put("topics", List.of(run, "durability"))));
                            JsonObject data = response.getJsonObject("data");
                            if (data != null && data.getJsonObject("createMeeting") != null) {
                                acknowledged.add(title);
                            }
                        } catch (IOException | InterruptedException connectionLost) {
                            return;
                        }
                    }
                });
            }
            Instant until = Instant.now().plusSeconds(20);
            while (acknowledged.size() < 40 && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
            first.destroyForcibly();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS), "the service was killed");
        } finally {
            writing.set(false);
            writers.shutdownNow();
            writers.awaitTermination(30, TimeUnit.SECONDS);
            first.destroyForcibly();
        }
        assertTrue(acknowledged.size() >= 10, "the burst was under way when the kill came: " + acknowledged.size());

        Process second = start(dataDir, port, management, "second");
        try {
            awaitReady(management, second);
            List<JsonObject> stored = storedMeetings(port);
            List<String> titles = stored.stream().map(meeting -> meeting.getString("title")).toList();
            for (String title : acknowledged) {
                assertTrue(titles.contains(title), "acknowledged before the kill but lost: " + title);
            }
            assertTrue(titles.size() <= acknowledged.size() + WRITERS,
                    "at most the in-flight mutations may have committed unacknowledged");
            for (JsonObject meeting : stored) {
                List<String> sourceIds = meeting.getJsonArray("sources").stream()
                        .map(source -> ((JsonObject) source).getString("id")).toList();
                assertEquals(List.of("1", "2"), sourceIds, "all source links of " + meeting.getString("title"));
                assertEquals(List.of("durability", run), meeting.getJsonArray("topics").getList(),
                        "all topics of " + meeting.getString("title"));
            }
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(Path dataDir, int port, int management, String name) throws IOException {
        return PackagedJar.launch(dataDir, port, List.of("-Dquarkus.management.port=" + management), "durability-" + name);
    }

    /** Readiness, from the management interface's port. */
    private void awaitReady(int managementPort, Process process) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            assertTrue(process.isAlive(), "the service exited; see target/durability-*.log");
            try {
                URI readiness = URI.create("http://localhost:" + managementPort + "/q/health/ready");
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(readiness)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready within 120 s");
    }

    private List<JsonObject> storedMeetings(int port) throws IOException, InterruptedException {
        List<JsonObject> meetings = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = post(port, """
                    query($topic: String, $after: String) { meetings(filter: {topic: $topic}, first: 100, after: $after) {
                      edges { node { title topics sources { id } } } pageInfo { hasNextPage endCursor } } }""",
                    new JsonObject().put("topic", run).put("after", after))
                    .getJsonObject("data").getJsonObject("meetings");
            page.getJsonArray("edges").forEach(edge -> meetings.add(((JsonObject) edge).getJsonObject("node")));
            JsonObject pageInfo = page.getJsonObject("pageInfo");
            after = pageInfo.getBoolean("hasNextPage") ? pageInfo.getString("endCursor") : null;
        } while (after != null);
        return meetings;
    }

    private JsonObject post(int port, String query, JsonObject variables) throws IOException, InterruptedException {
        String body = new JsonObject().put("query", query).put("variables", variables).encode();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new JsonObject(response.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

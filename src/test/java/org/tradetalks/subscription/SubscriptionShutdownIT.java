package org.tradetalks.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.PackagedJar;
import org.tradetalks.support.Subscriber;

import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonObject;

/**
 * The packaged service stopped with SIGTERM, as an orchestrator stops a replica: every open subscription gets
 * {@code complete} before the connection goes. The change log is in the database, so a client that was away resumes
 * after its last cursor once the service is back, and gets what was committed before the stop.
 */
class SubscriptionShutdownIT {

    private static final Duration QUIET = Duration.ofMillis(1500);
    private static final String CREATE = """
            mutation($title: String!) { createMeeting(input: {title: $title, kind: TALKS, status: HELD,
              startDate: {date: "2039-01-01", precision: DAY}}, sourceIds: ["1"]) { id } }""";
    private static final String EVENTS = "{ kind id cursor }";

    private final String token = Jwt.upn("shutdown").groups(Set.of("editor")).sign();

    @Test
    void aGracefulStopCompletesOpenSubscriptionsAndAResumeAfterTheRestartGetsWhatWasMissed() throws Exception {
        Path dataDir = Files.createTempDirectory("trade-talks-shutdown");
        int port = PackagedJar.freePort();
        String cursor;
        List<String> missed = new ArrayList<>();
        try (PackagedJar service = PackagedJar.start(dataDir, port, "shutdown-first")) {
            String probe = create(service, "Shutdown probe");
            Subscriber staying = Subscriber.connect(service.webSocket()).start("1", "subscription { meetingChanged " + EVENTS + " }");
            try (Subscriber leaving = Subscriber.connect(service.webSocket()).start("1", "subscription { meetingChanged " + EVENTS + " }")) {
                leaving.awaitLive(() -> touch(service, probe), event -> probe.equals(event.getString("meetingChanged.id")));
                staying.awaitLive(() -> touch(service, probe), event -> probe.equals(event.getString("meetingChanged.id")));
                String seen = create(service, "Seen before leaving");
                cursor = leaving.drain(QUIET).stream().filter(event -> seen.equals(event.getString("meetingChanged.id")))
                        .findFirst().orElseThrow().getString("meetingChanged.cursor");
            }
            missed.add(create(service, "Missed one"));
            missed.add(create(service, "Missed two"));
            staying.drain(QUIET);

            service.stop();
            JsonPath last = null;
            for (JsonPath message = staying.message(QUIET); message != null; message = staying.message(QUIET)) {
                last = message;
            }
            JsonPath end = last;
            assertEquals("complete", end == null ? null : end.getString("type"),
                    () -> "the open subscription is completed by the shutdown, not cut off: " + (end == null ? "nothing" : end.prettify()));
            assertEquals("1", end.getString("id"));
            staying.close();
        }

        try (PackagedJar service = PackagedJar.start(dataDir, port, "shutdown-second");
                Subscriber resumed = Subscriber.connect(service.webSocket())
                        .start("1", "subscription { meetingChanged(after: \"" + cursor + "\") " + EVENTS + " }")) {
            List<JsonPath> replayed = resumed.drain(Duration.ofSeconds(3));
            assertEquals(missed, replayed.stream().map(event -> event.getString("meetingChanged.id")).toList(),
                    "the changes committed while the client was away, once each, in order");
            assertEquals(List.of("CREATED", "CREATED"), replayed.stream().map(event -> event.getString("meetingChanged.kind")).toList());
        }
    }

    private String create(PackagedJar service, String title) throws Exception {
        JsonObject response = service.post(CREATE, new JsonObject().put("title", title), token);
        return response.getJsonObject("data").getJsonObject("createMeeting").getString("id");
    }

    private void touch(PackagedJar service, String id) {
        try {
            int version = service.post("query($id: ID!) { meeting(id: $id) { version } }", new JsonObject().put("id", id), null)
                    .getJsonObject("data").getJsonObject("meeting").getInteger("version");
            service.post("mutation($id: ID!, $v: Int!) { updateMeeting(id: $id, version: $v, input: {title: \"Probe\", "
                    + "kind: TALKS, status: HELD, startDate: {date: \"2039-01-01\", precision: DAY}}) { version } }",
                    new JsonObject().put("id", id).put("v", version), token);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.tradetalks.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertRefused;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradetalks.change.ChangeFeed;
import org.tradetalks.change.ChangeKind;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.LogCapture;
import org.tradetalks.support.Lookup;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.StalledClient;
import org.tradetalks.support.Subscriber;
import org.tradetalks.support.Tokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * The guardrails of subscriptions: a limit per connection and per replica, each refused with LIMIT_EXCEEDED and freed
 * again when a subscription ends; a client that stops reading is closed with SLOW_CONSUMER while one that reads keeps
 * every event. Small limits of its own, and changes announced in-process (thousands of them, fast): no packaged-jar
 * variant.
 */
@QuarkusTest
@TestProfile(SubscriptionLimitsTest.SmallLimits.class)
class SubscriptionLimitsTest {

    /**
     * Limits small enough to reach in a test, in a database of its own: an in-memory H2 database that an earlier
     * application start left open can fail its check constraints in a later one ("The database has been closed").
     */
    public static class SmallLimits extends OwnDatabase {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = super.getConfigOverrides();
            overrides.put("%test.quarkus.datasource.jdbc.url", "jdbc:h2:mem:subscription-limits;DB_CLOSE_DELAY=-1");
            overrides.put("trade-talks.subscriptions.max-per-connection", "3");
            overrides.put("trade-talks.subscriptions.max-per-replica", "5");
            overrides.put("trade-talks.subscriptions.max-pending", "10");
            overrides.put("trade-talks.subscriptions.slow-consumer-timeout", "2S");
            return overrides;
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CREATE_MEETING = "mutation($title: String!, $note: String, $s: ID!) { createMeeting(input: "
            + "{title: $title, note: $note, kind: TALKS, status: PROPOSED, startDate: {date: \"2038-01-01\", precision: DAY}}, "
            + "sourceIds: [$s]) { id } }";
    private static final String MEETINGS = "subscription { meetingChanged { kind id } }";

    @Inject
    ChangeFeed changes;

    @Inject
    MeterRegistry metrics;

    private final GraphQL.Client editor = GraphQL.as(Tokens.editor());
    private String probe;

    @BeforeEach
    void noSubscriptionOpenAndAProbeMeeting() throws InterruptedException {
        awaitOpen(0);
        probe = editor.data(CREATE_MEETING, vars("title", "Limits probe", "s", Lookup.sourceId("004"))).getString("createMeeting.id");
    }

    @Test
    void aConnectionHoldsAtMostItsLimitOfSubscriptionsAndEndingOneMakesRoom() throws Exception {
        try (Subscriber connection = Subscriber.connect()) {
            for (String id : List.of("a", "b", "c")) {
                connection.start(id, MEETINGS);
            }
            awaitProbeOn(connection, Set.of("a", "b", "c"));
            connection.start("d", MEETINGS);
            assertRefused(connection.awaitRefusal("d"), "LIMIT_EXCEEDED", "at most 3");

            connection.stop("b");
            awaitOpen(2);
            connection.start("e", MEETINGS);
            awaitProbeOn(connection, Set.of("a", "c", "e"));
        }
    }

    @Test
    void aReplicaServesAtMostItsLimitOfSubscriptionsOverAllConnections() throws Exception {
        try (Subscriber first = Subscriber.connect(); Subscriber second = Subscriber.connect(); Subscriber third = Subscriber.connect()) {
            first.start("a", MEETINGS).start("b", MEETINGS).start("c", MEETINGS);
            second.start("a", MEETINGS).start("b", MEETINGS);
            awaitOpen(5);
            third.start("a", MEETINGS);
            assertRefused(third.awaitRefusal("a"), "LIMIT_EXCEEDED", "maximum of 5");

            first.close();
            awaitOpen(2);
            third.start("b", MEETINGS);
            awaitProbeOn(third, Set.of("b"));
        }
    }

    @Test
    void aClientThatStopsReadingIsClosedWithSlowConsumerWhileOneThatReadsGetsEveryEventOnce() throws Exception {
        String note = "n".repeat(2000); // each event then weighs about 2 kB, and the socket's buffers fill sooner
        String flooded = editor.data(CREATE_MEETING, vars("title", "Flooded", "note", note, "s", Lookup.sourceId("004")))
                .getString("createMeeting.id");
        String query = "subscription { meetingChanged { id kind cursor meeting { note } } }";
        // The stalled client leaves with unread data in its buffers: its socket is reset, and SmallRye's WebSocket
        // handler logs that as a WARN, kept off the console here.
        try (LogCapture websocket = LogCapture.of("io.smallrye.graphql.websocket")) {
            floodAStalledAndAReadingClient(query, note, flooded);
            for (int i = 0; i < 30 && websocket.at(Level.WARNING).isEmpty(); i++) {
                Thread.sleep(100); // the reset reaches the server after the client has gone
            }
        }
    }

    private void floodAStalledAndAReadingClient(String query, String note, String flooded) throws Exception {
        try (StalledClient stalled = StalledClient.subscribe(query); Subscriber reader = Subscriber.subscribe(query)) {
            reader.awaitLive(() -> touchProbe(), event -> probe.equals(event.getString("meetingChanged.id")));
            awaitOpen(2);
            List<JsonPath> before = reader.drain(Duration.ofMillis(500));
            assertTrue(before.stream().allMatch(event -> probe.equals(event.getString("meetingChanged.id"))));

            // From here on the stalled client reads nothing.
            int flood = 1500;
            for (int done = 0; done < flood; done += 100) {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (int i = 0; i < 100; i++) {
                        changes.announce(Meeting.class, ChangeKind.UPDATED, Long.valueOf(flooded));
                    }
                });
            }

            List<String> cursors = new ArrayList<>();
            while (cursors.size() < flood) {
                JsonObject event = reader.nextData(WAIT);
                if (event == null) {
                    throw new AssertionError("the reading client got " + cursors.size() + " of " + flood + " events");
                }
                JsonObject change = event.getJsonObject("meetingChanged");
                assertEquals(flooded, change.getString("id"));
                assertEquals(note, change.getJsonObject("meeting").getString("note"));
                cursors.add(change.getString("cursor"));
            }
            assertEquals(flood, new HashSet<>(cursors).size(), "each event once");
            assertEquals(null, reader.nextData(Duration.ofMillis(1000)), "and nothing more");

            awaitOpen(1); // the stalled one was closed
            List<String> received = new ArrayList<>();
            JsonPath refusal = null;
            for (JsonObject message = stalled.read(WAIT); message != null; message = stalled.read(WAIT)) {
                if ("complete".equals(message.getString("type"))) {
                    break;
                }
                if (message.getJsonObject("payload").containsKey("errors")) {
                    refusal = JsonPath.from(message.encode()).setRootPath("payload.errors[0]");
                } else {
                    String cursor = message.getJsonObject("payload").getJsonObject("data").getJsonObject("meetingChanged")
                            .getString("cursor");
                    if (!cursors.contains(cursor)) {
                        continue; // a probe event from before the flood
                    }
                    received.add(cursor);
                }
            }
            assertTrue(refusal != null, "the stalled client is told why its subscription ended");
            assertRefused(refusal, "SLOW_CONSUMER", "after");
            assertTrue(received.size() < flood, "the stalled client was closed before it had everything: " + received.size());
            assertEquals(cursors.subList(0, received.size()), received, "what it did get, it got in order");

            try (Subscriber resumed = Subscriber.subscribe("subscription { meetingChanged(after: \""
                    + received.get(received.size() - 1) + "\") { cursor } }")) {
                List<String> rest = new ArrayList<>();
                for (JsonObject event = resumed.nextData(WAIT); event != null; event = resumed.nextData(Duration.ofSeconds(2))) {
                    rest.add(event.getJsonObject("meetingChanged").getString("cursor"));
                }
                assertEquals(cursors.subList(received.size(), flood), rest, "resuming after its last cursor brings the rest");
            }
        }
    }

    private void touchProbe() {
        QuarkusTransaction.requiringNew().run(() -> changes.announce(Meeting.class, ChangeKind.UPDATED, Long.valueOf(probe)));
    }

    /** Announces a change to the probe meeting until each of the connection's subscriptions {@code ids} has heard of it. */
    private void awaitProbeOn(Subscriber connection, Set<String> ids) throws InterruptedException {
        Set<String> heard = new HashSet<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!heard.containsAll(ids) && System.nanoTime() < deadline) {
            touchProbe();
            for (JsonPath next = connection.message(Duration.ofMillis(500)); next != null;
                    next = connection.message(Duration.ofMillis(100))) {
                JsonPath message = next;
                assertEquals("next", message.getString("type"), () -> "an event, not " + message.prettify());
                assertTrue(message.getList("payload.errors") == null, () -> "no error: " + message.prettify());
                if (probe.equals(message.getString("payload.data.meetingChanged.id"))) {
                    heard.add(message.getString("id"));
                }
            }
        }
        assertEquals(ids, heard, "every subscription of the connection is live");
    }

    /** Waits until the replica serves {@code expected} subscriptions (the gauge an operator sees in /q/metrics). */
    private void awaitOpen(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        double open = -1;
        while (System.nanoTime() < deadline) {
            open = metrics.get("trade_talks.subscriptions.open").gauge().value();
            if (open == expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("open subscriptions: " + open + ", expected " + expected);
    }
}

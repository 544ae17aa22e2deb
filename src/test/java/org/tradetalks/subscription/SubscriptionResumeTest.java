package org.tradetalks.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertRefused;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Subscriber;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A subscriber that went away resumes with the cursor of the last event it received ({@code after}): it gets every
 * change committed meanwhile, in commit order and once each, then the new ones; a cursor this service did not hand out
 * is refused.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class SubscriptionResumeTest {

    private static final Duration QUIET = Duration.ofMillis(1500);
    private static final String CREATE_MEETING = "mutation($title: String!, $s: ID!) { createMeeting(input: {title: $title, "
            + "kind: TALKS, status: PROPOSED, startDate: {date: \"2036-01-01\", precision: DAY}}, sourceIds: [$s]) { id version } }";
    private static final String UPDATE_MEETING = "mutation($id: ID!, $version: Int!, $title: String!) { updateMeeting(id: $id, "
            + "version: $version, input: {title: $title, kind: TALKS, status: HELD, startDate: {date: \"2036-01-01\", precision: DAY}}) { version } }";
    private static final String DELETE_MEETING = "mutation($id: ID!, $version: Int!) { deleteMeeting(id: $id, version: $version) }";
    private static final String CREATE_TARIFF = "mutation($product: String!, $s: ID!) { createTariff(input: {imposedBy: \"JP\", "
            + "product: $product, status: THREATENED}, sourceIds: [$s]) { id } }";
    private static final String MEETING_EVENT = "{ kind id cursor committedAt meeting { title } }";

    private final GraphQL.Client editor = GraphQL.as(Tokens.editor());
    private String source;

    @BeforeEach
    void lookUpCuratedRecords() {
        source = Lookup.sourceId("004");
    }

    @Test
    void aSubscriberResumingAfterItsLastCursorGetsEveryChangeItMissedOnceInOrderThenTheNewOnes() throws Exception {
        String probe = createMeeting("Resume probe");
        String watched;
        String lastCursor;
        try (Subscriber first = Subscriber.subscribe("subscription { meetingChanged " + MEETING_EVENT + " }")) {
            first.awaitLive(() -> touch(probe), event -> probe.equals(event.getString("meetingChanged.id")));
            watched = createMeeting("Watched before leaving");
            List<JsonPath> seen = about(first.drain(QUIET), "meetingChanged", watched);
            assertEquals(List.of("CREATED"), kinds(seen, "meetingChanged"));
            lastCursor = seen.get(0).getString("meetingChanged.cursor");
        }

        // While the subscriber is away: two committed meeting changes, a refused one, a meeting made and deleted, and a
        // change of another type.
        editor.data(UPDATE_MEETING, vars("id", watched, "version", 0, "title", "Renamed while away"));
        assertRefused(editor.error(UPDATE_MEETING, vars("id", watched, "version", 0, "title", "Stale title")), "CONFLICT");
        String gone = createMeeting("Made and deleted while away");
        editor.data(DELETE_MEETING, vars("id", gone, "version", 0));
        String tariff = editor.data(CREATE_TARIFF, vars("product", "goods while away", "s", source)).getString("createTariff.id");

        try (Subscriber resumed = Subscriber.subscribe("subscription { meetingChanged(after: \"" + lastCursor + "\") "
                + MEETING_EVENT + " }")) {
            List<JsonPath> replayed = resumed.drain(QUIET);
            assertEquals(List.of(
                    Map.of("kind", "UPDATED", "id", watched, "title", "Renamed while away"),
                    Map.of("kind", "CREATED", "id", gone),
                    Map.of("kind", "DELETED", "id", gone)),
                    replayed.stream().map(SubscriptionResumeTest::summary).toList(),
                    "every meeting change since the cursor, in commit order, each once");
            assertNull(replayed.get(1).get("meetingChanged.meeting"), "the meeting made while away is gone now");
            List<String> cursors = new ArrayList<>(List.of(lastCursor));
            replayed.forEach(event -> cursors.add(event.getString("meetingChanged.cursor")));
            assertEquals(cursors.size(), cursors.stream().distinct().count(), () -> "a cursor per change: " + cursors);
            OffsetDateTime.parse(replayed.get(0).getString("meetingChanged.committedAt"));

            editor.data(UPDATE_MEETING, vars("id", watched, "version", 1, "title", "Renamed after resuming"));
            assertEquals(List.of(Map.of("kind", "UPDATED", "id", watched, "title", "Renamed after resuming")),
                    resumed.drain(QUIET).stream().map(SubscriptionResumeTest::summary).toList(),
                    "then the new changes, live");
        }

        // A cursor is a position in the one log of all changes: a meeting event's cursor resumes tariff events too.
        try (Subscriber tariffs = Subscriber.subscribe("subscription { tariffChanged(after: \"" + lastCursor + "\") "
                + "{ kind id tariff { product } } }")) {
            assertEquals(List.of(Map.of("kind", "CREATED", "id", tariff, "tariff", Map.of("product", "goods while away"))),
                    tariffs.drain(QUIET).stream().map(event -> event.getMap("tariffChanged")).toList());
        }
    }

    @Test
    void aSubscriberResumingAfterTheNewestCursorGetsOnlyNewChanges() throws Exception {
        String probe = createMeeting("Newest-cursor probe");
        String newest;
        try (Subscriber first = Subscriber.subscribe("subscription { meetingChanged " + MEETING_EVENT + " }")) {
            first.awaitLive(() -> touch(probe), event -> probe.equals(event.getString("meetingChanged.id")));
            touch(probe);
            List<JsonPath> events = first.drain(QUIET);
            newest = events.get(events.size() - 1).getString("meetingChanged.cursor");
        }
        try (Subscriber resumed = Subscriber.subscribe("subscription { meetingChanged(after: \"" + newest + "\") "
                + MEETING_EVENT + " }")) {
            assertEquals(List.of(), resumed.drain(QUIET), "nothing happened since the newest cursor");
            touch(probe);
            List<JsonPath> live = resumed.drain(QUIET);
            assertEquals(List.of("UPDATED"), kinds(live, "meetingChanged"));
            assertNotEquals(newest, live.get(0).getString("meetingChanged.cursor"));
        }
    }

    @Test
    void aCursorThisServiceDidNotHandOutIsRefusedAndTheConnectionStaysUsable() throws Exception {
        String probe = createMeeting("Refused-cursor probe");
        // Well formed, but for a position the log has not reached, as a cursor of another deployment's database would be.
        String unreached = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("change:900000000000".getBytes(StandardCharsets.UTF_8));
        try (Subscriber connection = Subscriber.connect()) {
            connection.start("garbled", "subscription { meetingChanged(after: \"no cursor at all\") { id } }");
            assertRefused(connection.awaitRefusal("garbled"), "BAD_USER_INPUT", "after");
            connection.start("unreached", "subscription { statementChanged(after: \"" + unreached + "\") { id } }");
            assertRefused(connection.awaitRefusal("unreached"), "BAD_USER_INPUT", "after");

            connection.start("1", "subscription { meetingChanged { kind id } }");
            connection.awaitLive(() -> touch(probe), event -> probe.equals(event.getString("meetingChanged.id")));
        }
    }

    private String createMeeting(String title) {
        return editor.data(CREATE_MEETING, vars("title", title, "s", source)).getString("createMeeting.id");
    }

    private void touch(String id) {
        int version = GraphQL.data("query($id: ID!) { meeting(id: $id) { version } }", vars("id", id)).getInt("meeting.version");
        editor.data(UPDATE_MEETING, vars("id", id, "version", version, "title", "Probe " + version));
    }

    private static List<JsonPath> about(List<JsonPath> events, String field, String id) {
        return events.stream().filter(event -> id.equals(event.getString(field + ".id"))).toList();
    }

    private static List<String> kinds(List<JsonPath> events, String field) {
        return events.stream().map(event -> event.getString(field + ".kind")).toList();
    }

    /** Kind, id and, when the meeting still exists, its title. */
    private static Map<String, Object> summary(JsonPath event) {
        String title = event.getString("meetingChanged.meeting.title");
        return title == null
                ? Map.of("kind", event.getString("meetingChanged.kind"), "id", event.getString("meetingChanged.id"))
                : Map.of("kind", event.getString("meetingChanged.kind"), "id", event.getString("meetingChanged.id"), "title", title);
    }
}

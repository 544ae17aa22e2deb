package org.tradetalks.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertRefused;

import java.time.Duration;
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
 * Clients subscribed over WebSocket (graphql-transport-ws on /graphql) hear of committed changes to
 * meetings, tariffs and statements, and of nothing a refused request tried.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class SubscriptionTest {

    private static final Duration QUIET = Duration.ofMillis(1500);
    private static final String CREATE_MEETING = "mutation($title: String!, $s: ID!) { createMeeting(input: {title: $title, "
            + "kind: TALKS, status: PROPOSED, startDate: {date: \"2034-01-01\", precision: DAY}}, sourceIds: [$s]) { id version } }";
    private static final String UPDATE_MEETING = "mutation($id: ID!, $version: Int!, $title: String!) { updateMeeting(id: $id, "
            + "version: $version, input: {title: $title, kind: TALKS, status: HELD, startDate: {date: \"2034-01-01\", precision: DAY}}) { version } }";
    private static final String CREATE_TARIFF = "mutation($product: String!, $s: ID!) { createTariff(input: {imposedBy: \"CN\", "
            + "product: $product, status: THREATENED}, sourceIds: [$s]) { id version } }";
    private static final String DELETE_TARIFF = "mutation($id: ID!, $version: Int!) { deleteTariff(id: $id, version: $version) }";
    private static final String CREATE_STATEMENT = "mutation($input: StatementInput!) { createStatement(input: $input) { id } }";

    private final GraphQL.Client editor = GraphQL.as(Tokens.editor());
    private String source;

    @BeforeEach
    void lookUpCuratedRecords() {
        source = Lookup.sourceId("004");
    }

    @Test
    void aSubscriberHearsOfACommittedMeetingUpdateAndNotOfARefusedOne() throws Exception {
        String meeting = editor.data(CREATE_MEETING, vars("title", "Watched meeting", "s", source)).getString("createMeeting.id");
        String probe = editor.data(CREATE_MEETING, vars("title", "Probe meeting", "s", source)).getString("createMeeting.id");
        try (Subscriber subscriber = Subscriber.subscribe(
                "subscription { meetingChanged { kind id meeting { id title status version sources { id } } } }")) {
            subscriber.awaitLive(() -> touchMeeting(probe), event -> probe.equals(event.getString("meetingChanged.id")));

            assertRefused(editor.error(UPDATE_MEETING, vars("id", meeting, "version", 7, "title", "Stale title")), "CONFLICT");
            assertRefused(GraphQL.error(UPDATE_MEETING, vars("id", meeting, "version", 0, "title", "Anonymous title")), "UNAUTHENTICATED");
            assertRefused(editor.error("mutation($id: ID!) { addMeetingCountry(meetingId: $id, country: \"XX\") { id } }",
                    vars("id", meeting)), "BAD_USER_INPUT");
            editor.data(UPDATE_MEETING, vars("id", meeting, "version", 0, "title", "Committed title"));

            List<JsonPath> events = eventsAbout(subscriber, "meetingChanged", meeting);
            assertEquals(1, events.size(), () -> "one event: " + events.stream().map(JsonPath::prettify).toList());
            assertEquals(Map.of("kind", "UPDATED", "id", meeting, "meeting", Map.of("id", meeting, "title", "Committed title",
                    "status", "HELD", "version", 1, "sources", List.of(Map.of("id", source)))), events.get(0).getMap("meetingChanged"));
        }
    }

    @Test
    void aSubscriberHearsOfCreatedAndDeletedTariffsButNotOfAStaleDelete() throws Exception {
        String probe = editor.data(CREATE_TARIFF, vars("product", "probe goods", "s", source)).getString("createTariff.id");
        try (Subscriber subscriber = Subscriber.subscribe("subscription { tariffChanged { kind id tariff { product imposedBy { code } } } }")) {
            subscriber.awaitLive(() -> editor.data("mutation($id: ID!) { addTariffTarget(tariffId: $id, country: \"JP\") { id } }",
                    vars("id", probe)), event -> probe.equals(event.getString("tariffChanged.id")));

            String tariff = editor.data(CREATE_TARIFF, vars("product", "watched goods", "s", source)).getString("createTariff.id");
            assertRefused(editor.error(DELETE_TARIFF, vars("id", tariff, "version", 3)), "CONFLICT");
            assertRefused(editor.error(CREATE_TARIFF.replace("THREATENED", "THREATENED, ratePercent: -5, rateOrigin: SOURCE"),
                    vars("product", "refused goods", "s", source)), "BAD_USER_INPUT");
            assertEquals(tariff, editor.data(DELETE_TARIFF, vars("id", tariff, "version", 0)).getString("deleteTariff"));

            List<JsonPath> events = subscriber.drain(QUIET).stream()
                    .filter(event -> !probe.equals(event.getString("tariffChanged.id"))).toList();
            assertEquals(List.of(
                    Map.of("kind", "CREATED", "id", tariff, "tariff", Map.of("product", "watched goods", "imposedBy", Map.of("code", "CN")))),
                    events.stream().map(event -> event.getMap("tariffChanged")).filter(change -> "CREATED".equals(change.get("kind"))).toList());
            List<Map<String, Object>> deletions = events.stream().map(event -> event.<String, Object>getMap("tariffChanged"))
                    .filter(change -> "DELETED".equals(change.get("kind"))).toList();
            assertEquals(1, deletions.size(), () -> "one deletion in " + events.stream().map(JsonPath::prettify).toList());
            assertEquals(tariff, deletions.get(0).get("id"));
            assertNull(deletions.get(0).get("tariff"), "a deleted tariff comes without its fields");
            assertEquals(2, events.size(), () -> "nothing else: " + events.stream().map(JsonPath::prettify).toList());
        }
    }

    @Test
    void aSubscriberHearsOfACommittedStatementAndNotOfARefusedOne() throws Exception {
        try (Subscriber subscriber = Subscriber.subscribe(
                "subscription { statementChanged { kind id statement { quote speakerDescription source { id } } } }")) {
            subscriber.awaitLive(() -> editor.data(CREATE_STATEMENT, vars("input", statement("Probe words.", "a probe"))),
                    event -> "Probe words.".equals(event.getString("statementChanged.statement.quote")));

            assertRefused(editor.error(CREATE_STATEMENT, vars("input", statement("Unattributed words.", null))), "BAD_USER_INPUT",
                    "input.speakerId");
            assertRefused(editor.error(CREATE_STATEMENT, vars("input", statement("   ", "a blank speaker"))), "BAD_USER_INPUT",
                    "input.text");
            String id = editor.data(CREATE_STATEMENT, vars("input", statement("Committed words.", "a witness")))
                    .getString("createStatement.id");

            List<JsonPath> events = subscriber.drain(QUIET).stream()
                    .filter(event -> !"Probe words.".equals(event.getString("statementChanged.statement.quote"))).toList();
            assertEquals(1, events.size(), () -> "one event: " + events.stream().map(JsonPath::prettify).toList());
            assertEquals(Map.of("kind", "CREATED", "id", id, "statement", Map.of("quote", "Committed words.",
                    "speakerDescription", "a witness", "source", Map.of("id", source))), events.get(0).getMap("statementChanged"));
        }
    }

    /** Events of {@code field} (about {@code id} when given) until the feed falls quiet. */
    private static List<JsonPath> eventsAbout(Subscriber subscriber, String field, String id) throws InterruptedException {
        return subscriber.drain(QUIET).stream().filter(event -> id == null || id.equals(event.getString(field + ".id"))).toList();
    }

    private void touchMeeting(String id) {
        int version = GraphQL.data("query($id: ID!) { meeting(id: $id) { version } }", vars("id", id)).getInt("meeting.version");
        editor.data(UPDATE_MEETING, vars("id", id, "version", version, "title", "Probe meeting " + version));
    }

    private Map<String, Object> statement(String quote, String speakerDescription) {
        return vars("text", quote, "speakerDescription", speakerDescription, "sourceId", source,
                "date", Map.of("date", "2034-02-02", "precision", "DAY"));
    }
}

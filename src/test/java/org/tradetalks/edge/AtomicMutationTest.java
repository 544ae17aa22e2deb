package org.tradetalks.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertClean;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradetalks.support.DataSnapshot;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Subscriber;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A mutation document is one transaction: all of its root fields are saved, or none is and every field says why.
 * An answer never reports as failed a write that was committed, nor as saved one that was not.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class AtomicMutationTest {

    private static final GraphQL.Client EDITOR = GraphQL.as(Tokens.editor());

    private static String valid(String key) {
        return key + ": createSource(input: {title: \"Atomic " + key + " " + UUID.randomUUID() + "\", publisher: \"Kyodo\"}) { id }";
    }

    /** Refused by bean validation before the resolver runs. */
    private static String invalid(String key) {
        return key + ": createSource(input: {title: \"Invalid " + key + "\", publisher: \"\"}) { id }";
    }

    /** Refused by the resolver itself, after the fields before it wrote and flushed. */
    private static String missing(String key) {
        return key + ": updateSource(id: \"999999\", version: 0, input: {title: \"x\", publisher: \"y\"}) { id }";
    }

    static Stream<Arguments> documentsWithOneFailingField() {
        List<Arguments> cases = new ArrayList<>();
        for (int fields : new int[] { 2, 3 }) {
            for (int failing = 0; failing < fields; failing++) {
                cases.add(Arguments.of(fields, failing, "BAD_USER_INPUT", "input.publisher: must not be blank"));
                cases.add(Arguments.of(fields, failing, "NOT_FOUND", "No source with id '999999'"));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} fields, field {1} fails with {2}")
    @MethodSource("documentsWithOneFailingField")
    void oneFailingFieldSavesNothingAndEveryFieldSaysWhy(int fields, int failing, String code, String message) {
        List<String> keys = new ArrayList<>();
        StringBuilder document = new StringBuilder("mutation {");
        for (int i = 0; i < fields; i++) {
            String key = String.valueOf((char) ('a' + i));
            keys.add(key);
            document.append(' ').append(i != failing ? valid(key) : code.equals("NOT_FOUND") ? missing(key) : invalid(key));
        }
        document.append(" }");
        Map<String, Object> before = DataSnapshot.take();

        JsonPath response = EDITOR.query(document.toString());

        assertEquals(before, DataSnapshot.take(), "nothing was saved");
        assertClean(response.prettify());
        assertNull(response.get("data"), "no field reports a write that did not happen: " + response.prettify());
        assertEquals(fields, response.getList("errors").size(), "one error per field: " + response.prettify());
        for (int i = 0; i < fields; i++) {
            String key = keys.get(i);
            Map<String, Object> error = errorAt(response, key);
            if (i == failing) {
                assertEquals(code, code(error));
                assertTrue(((String) error.get("message")).contains(message), error::toString);
            } else {
                assertEquals("ROLLED_BACK", code(error));
                String expected = (i < failing ? "Not saved: '" : "Not run: '") + keys.get(failing) + "' failed";
                assertTrue(((String) error.get("message")).startsWith(expected), () -> expected + " in " + error);
            }
        }
    }

    @Test
    void aDocumentWhoseFieldsAllSucceedSavesThemAll() {
        JsonPath saved = EDITOR.data("mutation { " + valid("a") + " " + valid("b") + " " + valid("c") + " }");
        for (String key : List.of("a", "b", "c")) {
            String id = saved.getString(key + ".id");
            assertTrue(GraphQL.data("query($id: ID!) { source(id: $id) { title } }", vars("id", id))
                    .getString("source.title").startsWith("Atomic " + key));
        }
    }

    @Test
    void subscribersHearOfTheChangesOnceAfterTheCommitAndNeverOfARolledBackDocument() throws Exception {
        String source = Lookup.sourceId("004");
        String meeting = "createMeeting(input: {title: \"%s\", kind: TALKS, status: HELD, "
                + "startDate: {date: \"2036-01-01\", precision: DAY}}, sourceIds: [$s]) { id }";
        try (Subscriber subscriber = Subscriber.subscribe("subscription { meetingChanged { kind meeting { title } } }")) {
            subscriber.awaitLive(() -> EDITOR.data("mutation($s: ID!) { " + meeting.formatted("Atomic probe") + " }",
                    vars("s", source)), event -> "Atomic probe".equals(event.getString("meetingChanged.meeting.title")));

            JsonPath refused = EDITOR.query("mutation($s: ID!) { a: " + meeting.formatted("Atomic rolled back")
                    + " b: " + meeting.formatted("") + " }", vars("s", source));
            assertEquals(List.of("ROLLED_BACK", "BAD_USER_INPUT"), List.of(code(errorAt(refused, "a")), code(errorAt(refused, "b"))));
            JsonPath saved = EDITOR.data("mutation($s: ID!) { a: " + meeting.formatted("Atomic one") + " b: "
                    + meeting.formatted("Atomic two") + " }", vars("s", source));
            assertTrue(saved.getString("a.id") != null && saved.getString("b.id") != null);

            List<String> titles = subscriber.drain(Duration.ofMillis(1500)).stream()
                    .map(event -> event.getString("meetingChanged.meeting.title"))
                    .filter(title -> !"Atomic probe".equals(title)).toList();
            assertEquals(List.of("Atomic one", "Atomic two"), titles, "in the order the document wrote them");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> errorAt(JsonPath response, String key) {
        List<Map<String, Object>> errors = response.getList("errors");
        return errors.stream().filter(error -> List.of(key).equals(error.get("path"))).findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + key + " in " + response.prettify()));
    }

    @SuppressWarnings("unchecked")
    private static String code(Map<String, Object> error) {
        return (String) ((Map<String, Object>) error.get("extensions")).get("code");
    }
}

package org.tradetalks.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertRefused;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Two editors who read the same version and save at the same moment: one save wins, the other is told
 * CONFLICT, and the stored row is exactly the winner's.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class ConcurrentUpdateTest {

    private static final int ROUNDS = 8;
    private static final String UPDATE_TARIFF = """
            mutation($id: ID!, $version: Int!, $product: String!) {
              updateTariff(id: $id, version: $version, input: {imposedBy: "US", product: $product, status: IN_FORCE}) { product version }
            }""";
    private static final String UPDATE_MEETING = """
            mutation($id: ID!, $version: Int!, $title: String!) {
              updateMeeting(id: $id, version: $version, input: {title: $title, kind: TALKS, status: HELD,
                startDate: {date: "2033-03-03", precision: DAY}}) { title version }
            }""";

    private final ExecutorService editors = Executors.newFixedThreadPool(2);
    private final GraphQL.Client alice = GraphQL.as(Tokens.editor());
    private final GraphQL.Client bob = GraphQL.as(Tokens.editor());
    private String source;

    @BeforeEach
    void lookUpCuratedRecords() {
        source = Lookup.sourceId("003");
    }

    @AfterEach
    void stopEditors() {
        editors.shutdownNow();
    }

    @Test
    void twoSimultaneousTariffUpdatesEndWithOneSuccessAndOneConflict() throws Exception {
        String id = GraphQL.as(Tokens.editor()).data("mutation($s: ID!) { createTariff(input: {imposedBy: \"US\", "
                + "product: \"raced goods\", status: THREATENED}, sourceIds: [$s]) { id } }", vars("s", source)).getString("createTariff.id");
        for (int r = 0; r < ROUNDS; r++) {
            int round = r;
            int version = GraphQL.data("query($id: ID!) { tariff(id: $id) { version } }", vars("id", id)).getInt("tariff.version");
            List<JsonPath> responses = simultaneously(
                    () -> alice.query(UPDATE_TARIFF, vars("id", id, "version", version, "product", "alice's goods " + round)),
                    () -> bob.query(UPDATE_TARIFF, vars("id", id, "version", version, "product", "bob's goods " + round)));

            JsonPath winner = oneWinner(responses, "updateTariff");
            assertEquals(version + 1, winner.getInt("updateTariff.version"));
            assertEquals(Map.of("product", winner.getString("updateTariff.product"), "version", version + 1),
                    GraphQL.data("query($id: ID!) { tariff(id: $id) { product version } }", vars("id", id)).getMap("tariff"),
                    "the stored row is the winner's, round " + round);
        }
    }

    @Test
    void twoSimultaneousMeetingUpdatesEndWithOneSuccessAndOneConflict() throws Exception {
        String id = GraphQL.as(Tokens.editor()).data("mutation($s: ID!) { createMeeting(input: {title: \"raced meeting\", "
                + "kind: TALKS, status: PROPOSED, startDate: {date: \"2033-03-03\", precision: DAY}}, sourceIds: [$s]) { id } }",
                vars("s", source)).getString("createMeeting.id");
        for (int r = 0; r < ROUNDS; r++) {
            int round = r;
            int version = GraphQL.data("query($id: ID!) { meeting(id: $id) { version } }", vars("id", id)).getInt("meeting.version");
            List<JsonPath> responses = simultaneously(
                    () -> alice.query(UPDATE_MEETING, vars("id", id, "version", version, "title", "alice's title " + round)),
                    () -> bob.query(UPDATE_MEETING, vars("id", id, "version", version, "title", "bob's title " + round)));

            JsonPath winner = oneWinner(responses, "updateMeeting");
            assertEquals(Map.of("title", winner.getString("updateMeeting.title"), "version", version + 1),
                    GraphQL.data("query($id: ID!) { meeting(id: $id) { title version } }", vars("id", id)).getMap("meeting"),
                    "the stored row is the winner's, round " + round);
        }
    }

    /** Exactly one response succeeded and the other is a CONFLICT; returns the winner's data. */
    private static JsonPath oneWinner(List<JsonPath> responses, String field) {
        List<JsonPath> won = new ArrayList<>();
        List<JsonPath> lost = new ArrayList<>();
        for (JsonPath response : responses) {
            List<Object> errors = response.getList("errors");
            (errors == null || errors.isEmpty() ? won : lost).add(response);
        }
        assertEquals(1, won.size(), () -> "one success in " + responses.stream().map(JsonPath::prettify).toList());
        assertEquals(1, lost.size());
        assertEquals(1, lost.get(0).getList("errors").size());
        assertRefused(lost.get(0).setRootPath("errors[0]"), "CONFLICT", "again and retry");
        return won.get(0).setRootPath("data");
    }

    /** Runs both requests at the same moment, from two threads. */
    private List<JsonPath> simultaneously(Callable<JsonPath> first, Callable<JsonPath> second) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonPath>> futures = new ArrayList<>();
        for (Callable<JsonPath> request : List.of(first, second)) {
            futures.add(editors.submit(() -> {
                ready.countDown();
                go.await();
                return request.call();
            }));
        }
        assertTrue(ready.await(10, TimeUnit.SECONDS));
        go.countDown();
        List<JsonPath> responses = new ArrayList<>();
        for (Future<JsonPath> future : futures) {
            responses.add(future.get(30, TimeUnit.SECONDS));
        }
        return responses;
    }
}

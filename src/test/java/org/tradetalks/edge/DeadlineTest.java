package org.tradetalks.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A request that runs past its deadline is answered with LIMIT_EXCEEDED, and what still runs for it stops at its next
 * resolver: no more SQL is sent for it and its thread is free again. The deadline is a millisecond here, so every
 * request that reaches a resolver misses it.
 */
@QuarkusTest
@TestProfile(DeadlineTest.OneMillisecond.class)
class DeadlineTest {

    public static class OneMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("trade-talks.limits.request-timeout", "PT0.001S");
        }
    }

    private static final String NESTED = "{ meetings(first: 100) { edges { node { title participants { name "
            + "statements { quote } } sources { title } } } } }";

    @Inject
    SessionFactory database;

    @Test
    void aLateRequestIsAnsweredWithACodeAndStopsSendingSql() {
        long statementsBefore = database.getStatistics().getPrepareStatementCount();
        JsonPath response = GraphQL.query(NESTED);
        assertNull(response.get("data.meetings"), response.prettify());
        assertEquals("LIMIT_EXCEEDED", response.getString("errors[0].extensions.code"), response.prettify());
        String message = response.getString("errors[0].message");
        assertTrue(message.contains("took longer than 1 ms (trade-talks.limits.request-timeout)")
                || message.contains("was stopped"), message);
        // Without the deadline this query sends one statement per level (about seven); stopped, at most the one
        // already under way when time ran out.
        assertTrue(database.getStatistics().getPrepareStatementCount() - statementsBefore <= 1,
                "SQL statements after the deadline: " + (database.getStatistics().getPrepareStatementCount() - statementsBefore));
    }

    @Test
    void manyLateRequestsAtOnceAreAllAnsweredAndFreeTheirThreads() {
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> GraphQL.query(NESTED).getString("errors[0].extensions.code")));
        }
        answers.forEach(answer -> assertEquals("LIMIT_EXCEEDED", answer.join()));
        // The pool is not exhausted: one more request is taken up and answered as promptly.
        assertEquals("LIMIT_EXCEEDED", GraphQL.query("{ countries { code } }").getString("errors[0].extensions.code"));
    }
}

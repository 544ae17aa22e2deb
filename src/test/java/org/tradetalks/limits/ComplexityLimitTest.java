package org.tradetalks.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The complexity limit counts every selected field; a small limit makes its edge easy to reach. */
@QuarkusTest
@TestProfile(ComplexityLimitTest.ComplexityOfTen.class)
class ComplexityLimitTest {

    public static class ComplexityOfTen implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("trade-talks.limits.max-complexity", "10");
        }
    }

    @Test
    void tenFieldsPassAndElevenAreRefused() {
        GraphQL.data("{ countries { code name region version meetings { id title kind status } } }");
        JsonPath error = GraphQL.error("{ countries { code name region version meetings { id title kind status location } } }");
        assertEquals("LIMIT_EXCEEDED", error.getString("extensions.code"));
        assertTrue(error.getString("message").contains("Query complexity 11 exceeds the maximum complexity of 10"));
        assertTrue(error.getString("message").contains("trade-talks.limits.max-complexity"));
    }
}

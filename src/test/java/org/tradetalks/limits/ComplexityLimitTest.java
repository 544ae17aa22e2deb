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

/**
 * The complexity limit weighs each field by the items its parent lists are expected to hold (a nested list
 * counts 5, a page its {@code first}); a small limit makes its edge easy to reach.
 */
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
    void costOfTenPassesAndElevenIsRefused() {
        // countries is a nested list: 1 + 5 × 1 = 6. A page of two: meetings 1 + edges (1 + 2 × node (1 + 3)) = 10.
        GraphQL.data("{ countries { code } }");
        GraphQL.data("{ meetings(first: 2) { edges { node { id title kind } } } }");
        assertEquals("LIMIT_EXCEEDED", GraphQL.error("{ meetings(first: 2) { totalCount edges { node { id title kind } } } }")
                .getString("extensions.code"), "totalCount adds one more");
        JsonPath error = GraphQL.error("{ countries { code name } }");
        assertEquals("LIMIT_EXCEEDED", error.getString("extensions.code"));
        assertTrue(error.getString("message").contains("Query complexity 11 exceeds the maximum complexity of 10"),
                error.getString("message"));
        assertTrue(error.getString("message").contains("trade-talks.limits.max-complexity"));
    }
}

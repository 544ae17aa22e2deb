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
 * The complexity limit weighs each field by the items its enclosing lists are expected to hold (a list without
 * {@code first} counts 5, a page its {@code first}); a small limit makes its edge easy to reach.
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
        // countries is a list without first: 1 + 5 × 1 = 6.
        GraphQL.data("{ countries { code } }");
        // A page of three: meetings 1 + 3 × (edges 1 + node (1 + id 1)) = 10.
        GraphQL.data("{ meetings(first: 3) { edges { node { id } } } }");
        assertEquals("LIMIT_EXCEEDED", GraphQL.error("{ meetings(first: 3) { totalCount edges { node { id } } } }")
                .getString("extensions.code"), "totalCount is counted once per item of the page too: 13");
        // 1 + 5 × 2 = 11
        JsonPath error = GraphQL.error("{ countries { code name } }");
        assertEquals("LIMIT_EXCEEDED", error.getString("extensions.code"));
        assertTrue(error.getString("message").contains("Query complexity 11 exceeds the maximum complexity of 10"),
                error.getString("message"));
        assertTrue(error.getString("message").contains("trade-talks.limits.max-complexity"));
    }

    @Test
    void aFragmentCostsWhatItsFieldsCostWhereverItIsSpread() {
        // The same 11 as above, through a fragment and an inline fragment: the price cannot be dodged by spreading.
        JsonPath error = GraphQL.error("{ countries { ...Names } } fragment Names on Country { code ... on Country { name } }");
        assertTrue(error.getString("message").contains("Query complexity 11 exceeds"), error.getString("message"));
        GraphQL.data("{ countries { ...Code } } fragment Code on Country { code }");
    }
}

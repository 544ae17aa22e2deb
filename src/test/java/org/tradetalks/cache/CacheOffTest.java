package org.tradetalks.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Metrics;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With trade-talks.cache.enabled=false every query is executed; GET answers still carry their ETag. */
@QuarkusTest
@TestProfile(CacheOffTest.CacheOff.class)
class CacheOffTest {

    public static class CacheOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("trade-talks.cache.enabled", "false");
        }
    }

    @Test
    void everyRepeatedQueryIsExecuted() {
        String query = "{ uncached: countries { code officials { name } } }";
        double hits = Metrics.responseCache("hit");
        GraphQL.data(query);
        double statements = Metrics.sqlStatements();
        GraphQL.data(query);
        assertTrue(Metrics.sqlStatements() > statements, "the second request ran its SQL again");
        assertEquals(hits, Metrics.responseCache("hit"));
    }

    @Test
    void getAnswersStillHaveValidators() {
        String etag = given().queryParam("query", "{ countries { code } }").get("/graphql").then().statusCode(200)
                .extract().header("ETag");
        assertNotNull(etag);
        given().queryParam("query", "{ countries { code } }").header("If-None-Match", etag).get("/graphql")
                .then().statusCode(304);
    }
}

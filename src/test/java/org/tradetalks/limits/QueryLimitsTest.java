package org.tradetalks.limits;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Each guard against abusive queries: just under the limit passes, just over is refused, naming the limit. */
@QuarkusTest
class QueryLimitsTest {

    /** Twelve levels deep, with lists of one or few items so only the depth is at stake. */
    private static final String TWELVE_DEEP = """
            { statements(first: 1) { edges { node { speaker { roles { source { statements { meeting { tariffs {
              imposedBy { officials { name } } } } } } } } } } } }""";
    private static final String THIRTEEN_DEEP = TWELVE_DEEP.replace("officials { name }", "officials { country { code } }");

    /** A short query that walks the countries → meetings → participants → meetings … cycle. */
    private static String cycle(int depth) {
        StringBuilder query = new StringBuilder("{ countries { ");
        int open = 1;
        for (int level = 2; level < depth; level++) {
            query.append(level % 2 == 0 ? "meetings { " : "participants { ");
            open++;
        }
        query.append("id");
        query.append(" }".repeat(open)).append(" }");
        return query.toString();
    }

    @Test
    void depthAtTheLimitPassesAndOneMoreIsRefused() {
        GraphQL.data(TWELVE_DEEP);
        assertLimit(GraphQL.error(THIRTEEN_DEEP), "exceeds the maximum depth of 12", "trade-talks.limits.max-depth");
    }

    @Test
    void aShortQueryThatFansOutThroughACycleIsRefusedByItsCost() {
        GraphQL.data(cycle(6));
        assertLimit(GraphQL.error(cycle(10)), "exceeds the maximum complexity of 20000", "trade-talks.limits.max-complexity");
    }

    private static String aliasedCodes(int count) {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < count; i++) {
            fields.append("c").append(i).append(": code ");
        }
        return fields.toString();
    }

    @Test
    void aliasesAtTheLimitPassAndOneMoreIsRefused() {
        GraphQL.data("{ countries { " + aliasedCodes(30) + "} }");
        assertLimit(GraphQL.error("{ countries { " + aliasedCodes(31) + "} }"), "uses 31 aliases; the maximum is 30",
                "trade-talks.limits.max-aliases");
    }

    @Test
    void operationsAtTheLimitPassAndOneMoreIsRefused() {
        StringBuilder five = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            five.append("query Q").append(i).append(" { countries { code } } ");
        }
        JsonPath ok = given().contentType(ContentType.JSON)
                .body(Map.of("query", five.toString(), "operationName", "Q3"))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertEquals(4, ok.getList("data.countries").size());
        JsonPath refused = given().contentType(ContentType.JSON)
                .body(Map.of("query", five + "query Q5 { countries { code } }", "operationName", "Q3"))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertEquals("LIMIT_EXCEEDED", refused.getString("errors[0].extensions.code"));
        assertTrue(refused.getString("errors[0].message").contains("trade-talks.limits.max-operations"));
    }

    @Test
    void pageSizeAtTheLimitPassesAndOneMoreIsRefused() {
        GraphQL.data("{ statements(first: 100) { totalCount } }");
        assertLimit(GraphQL.error("{ statements(first: 101) { totalCount } }"), "the maximum page size is 100",
                "trade-talks.limits.max-page-size");
    }

    @Test
    void queryLengthAtTheLimitPassesAndOneMoreIsRefused() {
        String exact = "{ countries { code }" + " ".repeat(20000 - "{ countries { code }}".length()) + "}";
        assertEquals(20000, exact.length());
        GraphQL.data(exact);
        assertLimit(GraphQL.error(exact + " "), "the maximum query length is 20000", "trade-talks.limits.max-query-length");
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedBeforeAnyGraphQLWork() throws IOException {
        assertEquals("HTTP/1.1 413 Request Entity Too Large", GraphQL.statusOfPostAnnouncing(256 * 1024 + 1));
        assertEquals(4, GraphQL.data("{ countries { code } }").getList("countries").size());
    }

    @Test
    void aBodyAtTheSizeLimitIsRead() {
        String query = "{ countries { code } }";
        String body = "{\"query\":\"" + query + "\"}";
        String padded = body.substring(0, body.length() - 1) + " ".repeat(256 * 1024 - body.length()) + "}";
        assertEquals(256 * 1024, padded.length());
        JsonPath response = given().contentType(ContentType.JSON).body(padded).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, response.getList("data.countries").size());
    }

    @Test
    void theServiceKeepsAnsweringAfterRefusals() {
        for (int i = 0; i < 5; i++) {
            List<String> depthAndCost = GraphQL.query(cycle(40)).getList("errors.extensions.code");
            assertEquals(List.of("LIMIT_EXCEEDED", "LIMIT_EXCEEDED"), depthAndCost, "one error per limit exceeded");
            GraphQL.error("{ countries { " + aliasedCodes(200) + "} }");
        }
        assertEquals(4, GraphQL.data("{ countries { code } }").getList("countries").size());
    }

    private static void assertLimit(JsonPath error, String message, String setting) {
        assertEquals("LIMIT_EXCEEDED", error.getString("extensions.code"));
        assertTrue(error.getString("message").contains(message), error.getString("message"));
        assertTrue(error.getString("message").contains(setting), "the message names the setting");
    }
}

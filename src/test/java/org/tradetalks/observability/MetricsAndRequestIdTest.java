package org.tradetalks.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Management;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MetricsAndRequestIdTest {

    private static final String SCHEMA = "/graphql/schema.graphql";

    @Test
    void prometheusMetricsIncludeGraphQLTimingsAndHibernateStatements() {
        GraphQL.data("{ countries { code } }");
        Management.given().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*graphql_requests_seconds_count\\{[^}]*field=\"countries\"[^}]*outcome=\"ok\"[^}]*type=\"query\".*"))
                .body(containsString("hibernate_statements_total"));
    }

    @Test
    void everyResponseCarriesARequestIdAndKeepsAWellFormedOne() {
        given().get(SCHEMA).then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "edge-42.a_b").get(SCHEMA).then().header("X-Request-Id", equalTo("edge-42.a_b"));
        given().header("X-Request-Id", "bad id; with spaces").get(SCHEMA).then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void corsAllowsTheConfiguredBrowserOrigins() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .options("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    }

    @Test
    void refusalsCarryCorsHeadersSoABrowserCanReadThem() {
        given().header("Origin", "http://localhost:5173").contentType("text/plain").body("{\"query\":\"{ countries { code } }\"}")
                .post("/graphql").then().statusCode(415)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
        given().header("Origin", "http://localhost:5173").queryParam("query", "mutation { deleteSource(id: \"1\", version: 0) }")
                .get("/graphql").then().statusCode(405)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    }
}

package org.tradetalks.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetalks.support.Management;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Health and metrics (SQL statement counts, per-operation timings) are for operators: they are served on the
 * management interface's own port, which a deployment keeps inside the cluster, and not on the public API port.
 * GraphiQL stays public: analysts use it in production.
 */
@QuarkusTest
class ManagementInterfaceTest {

    @ParameterizedTest
    @ValueSource(strings = { "/q/metrics", "/q/health", "/q/health/live", "/q/health/ready" })
    void operationsEndpointsAreNotServedOnThePublicPort(String path) {
        assertNotEquals(RestAssured.port, Management.port(), "the management interface has a port of its own");
        given().get(path).then().statusCode(404).body(not(containsString("hibernate_")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/live", "/q/health/ready" })
    void healthIsServedOnTheManagementPort(String path) {
        Management.given().get(path).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreServedOnTheManagementPortInPrometheusFormat() {
        Management.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE hibernate_statements"), containsString("hibernate_statements_total{"));
    }

    @Test
    void graphiqlAndTheSchemaStayOnThePublicPort() {
        given().get("/q/graphql-ui/").then().statusCode(200).body(containsString("graphiql"));
        given().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Query"));
        Management.given().get("/q/graphql-ui/").then().statusCode(404);
    }
}

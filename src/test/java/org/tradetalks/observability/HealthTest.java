package org.tradetalks.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Readiness follows the database; liveness does not (restarting the service would not bring it back). */
@QuarkusTest
@TestProfile(HealthTest.OwnDatabaseServer.class)
class HealthTest {

    public static class OwnDatabaseServer implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(H2ServerResource.class));
        }
    }

    @Test
    void readinessGoesDownWhenTheDatabaseIsUnreachable() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        H2ServerResource.stopDatabase();

        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}

package org.tradetalks.observability;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.LogCapture;
import org.tradetalks.support.Management;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Readiness follows the database; liveness does not (restarting the service would not bring it back). */
@QuarkusTest
@TestProfile(HealthTest.OwnDatabaseServer.class)
class HealthTest {

    public static class OwnDatabaseServer implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(H2ServerResource.class));
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void readinessGoesDownWhenTheDatabaseIsUnreachable() throws InterruptedException {
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        // The pool warns about the connections the database took with it: asserted here rather than printed.
        try (LogCapture pool = LogCapture.of("io.agroal.pool")) {
            H2ServerResource.stopDatabase();

            Management.given().get("/q/health/ready").then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"));
            Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

            // The pool drops the dead connections now, on a thread of its own, rather than when the application stops.
            dataSource.flush(AgroalDataSource.FlushMode.INVALID);
            Instant until = Instant.now().plus(Duration.ofSeconds(20));
            while (!allValidatedConnectionsDestroyed(pool) && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
            List<String> messages = pool.records().stream().map(LogCapture::message).toList();
            assertTrue(allValidatedConnectionsDestroyed(pool), () -> "the dead connections are dropped: " + messages);
            assertTrue(pool.contains(Level.WARNING, "Closing connection in incorrect state"),
                    () -> "the pool reports the lost connection: " + messages);
        }
    }

    private static boolean allValidatedConnectionsDestroyed(LogCapture pool) {
        List<String> messages = pool.records().stream().map(LogCapture::message).toList();
        long validated = messages.stream().filter(message -> message.contains("Validation test on connection")).count();
        long destroyed = messages.stream().filter(message -> message.contains("Destroyed connection")).count();
        return validated > 0 && destroyed >= validated;
    }
}

package org.tradetalks.support;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the management interface (health, metrics), which listens on a port of its own, never on the API's.
 *
 * <p>The port is {@code quarkus.management.test-port} (9001 unless set on the Maven command line): {@code @QuarkusTest}
 * listens there, and the pom hands it to the packaged application that {@code @QuarkusIntegrationTest} starts. The
 * host is the API's ({@code quarkus.http.test-host} when the suite runs against a container). Quarkus's own
 * {@code @TestHTTPResource(management = true)} is not used: in Quarkus 3.34 it yields port 9001 whatever the test port.
 */
public final class Management {

    private Management() {
    }

    /** A rest-assured request to the management interface. */
    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }

    public static int port() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
    }
}

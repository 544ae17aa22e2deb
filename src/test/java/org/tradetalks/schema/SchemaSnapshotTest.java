package org.tradetalks.schema;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The SDL checked in at {@code schema.graphql} must equal the one the service serves, so every schema
 * change shows up as a diff in review. After an intended change, run
 * {@code ./mvnw test -Dtest=SchemaSnapshotTest -Dschema.update=true} and commit the new file.
 */
@QuarkusTest
class SchemaSnapshotTest {

    private static final Path SNAPSHOT = Path.of("schema.graphql");

    @Test
    void checkedInSchemaMatchesTheServedOne() throws IOException {
        String live = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(SNAPSHOT, live, StandardCharsets.UTF_8);
        }
        String checkedIn = Files.readString(SNAPSHOT, StandardCharsets.UTF_8);
        assertEquals(checkedIn, live, "The served schema differs from schema.graphql: if the change is intended, "
                + "rerun with -Dschema.update=true and commit schema.graphql.");
    }
}

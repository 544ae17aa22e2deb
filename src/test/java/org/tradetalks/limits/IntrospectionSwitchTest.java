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

/** An operator can switch introspection off; ordinary queries keep working. */
@QuarkusTest
@TestProfile(IntrospectionSwitchTest.IntrospectionOff.class)
class IntrospectionSwitchTest {

    public static class IntrospectionOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.field-visibility", "no-introspection");
        }
    }

    @Test
    void introspectionIsRefusedWhenSwitchedOff() {
        JsonPath response = GraphQL.query("{ __schema { queryType { name } } }");
        assertTrue(response.get("data.__schema") == null, "no schema is given away: " + response.prettify());
        assertTrue(response.getList("errors").size() >= 1, response.prettify());
        assertEquals("GRAPHQL_VALIDATION_FAILED", response.getString("errors[0].extensions.code"), response.prettify());
    }

    @Test
    void queriesStillWork() {
        assertEquals("Japan", GraphQL.data("{ country(code: \"JP\") { name } }").getString("country.name"));
    }
}

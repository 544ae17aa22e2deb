package org.tradetalks.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertClean;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetalks.support.DataSnapshot;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Refusals;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * An editor's request built to break the service (SQL in ids and codes, oversized text, nulls and wrong types
 * where the schema forbids them) gets one coded error naming what was wrong, with nothing internal in it,
 * and leaves every record as it was.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class HostileInputTest {

    private static final String CREATE_MEETING = "mutation($input: MeetingInput!, $sources: [ID!]!) { "
            + "createMeeting(input: $input, sourceIds: $sources) { id } }";
    private static final String UPDATE_MEETING = "mutation($id: ID!, $version: Int!, $input: MeetingInput!) { "
            + "updateMeeting(id: $id, version: $version, input: $input) { id } }";
    private static final String CREATE_OFFICIAL = "mutation($input: OfficialInput!) { createOfficial(input: $input, sourceIds: [\"1\"]) { id } }";
    private static final String CREATE_TARIFF = "mutation($input: TariffInput!) { createTariff(input: $input, sourceIds: [\"1\"]) { id } }";
    private static final String CREATE_STATEMENT = "mutation($input: StatementInput!) { createStatement(input: $input) { id } }";
    private static final String ADD_ALIAS = "mutation($id: ID!, $alias: String!) { addOfficialAlias(officialId: $id, alias: $alias) { id } }";

    private static final String SQL = "1'; DROP TABLE meeting; --";

    static Stream<Arguments> hostileRequests() {
        return Stream.of(
                // SQL where an id or a code belongs
                Arguments.of("SQL as an id", UPDATE_MEETING, vars("id", SQL, "version", 0, "input", meeting("Injected")),
                        "BAD_USER_INPUT", "id: '" + SQL + "' is not a valid id", SQL),
                Arguments.of("SQL as a source id", CREATE_MEETING, vars("input", meeting("Injected"), "sources", List.of("1 OR 1=1")),
                        "BAD_USER_INPUT", "sourceIds[0]: '1 OR 1=1' is not a valid id", "1 OR 1=1"),
                Arguments.of("SQL as a country code", CREATE_OFFICIAL, vars("input", Map.of("name", "Bobby Tables", "country", "' OR 1=1 --")),
                        "BAD_USER_INPUT", "'' OR 1=1 --' is not a country code: expected an ISO 3166-1 alpha-2 code", "' OR 1=1 --"),
                Arguments.of("SQL as a speaker id", CREATE_STATEMENT, vars("input", statement(Map.of("speakerId", "1 UNION SELECT password FROM users"))),
                        "BAD_USER_INPUT", "input.speakerId: '1 UNION SELECT password FROM users' is not a valid id", "1 UNION SELECT password FROM users"),
                Arguments.of("an id too large for any row", UPDATE_MEETING, vars("id", "99999999999999999999999", "version", 0, "input", meeting("Big")),
                        "BAD_USER_INPUT", "id: '99999999999999999999999' is not a valid id", null),
                Arguments.of("full-width letters as a country code", CREATE_OFFICIAL, vars("input", Map.of("name", "Wide", "country", "ＪＰ")),
                        "BAD_USER_INPUT", "'ＪＰ' is not a country code", null),
                // oversized text
                Arguments.of("a 100 000-character title", CREATE_MEETING, vars("input", meeting("T".repeat(100_000)), "sources", List.of("1")),
                        "BAD_USER_INPUT", "input.title: size must be between 0 and 300", null),
                Arguments.of("a 4001-character quote", CREATE_STATEMENT, vars("input", statement(Map.of("text", "q".repeat(4001)))),
                        "BAD_USER_INPUT", "input.text: size must be between 0 and 4000", null),
                Arguments.of("51 topics", CREATE_MEETING, vars("input", withTopics(51), "sources", List.of("1")),
                        "BAD_USER_INPUT", "input.topics: size must be between 0 and 50", null),
                Arguments.of("a 10 000-character alias", ADD_ALIAS, vars("id", "1", "alias", "a".repeat(10_000)),
                        "BAD_USER_INPUT", "alias: must be 1 to 200 characters", null),
                // nulls where the schema forbids them
                Arguments.of("a null title", CREATE_MEETING, vars("input", without(meeting("x"), "title"), "sources", List.of("1")),
                        "BAD_USER_INPUT", "Field 'title' has coerced Null value for NonNull type 'String!'", null),
                Arguments.of("a null source id in the list", CREATE_MEETING, vars("input", meeting("Null source"),
                        "sources", java.util.Arrays.asList("1", null)), "BAD_USER_INPUT", "Variable 'sources' has an invalid value", null),
                Arguments.of("a missing version", UPDATE_MEETING, vars("id", "1", "input", meeting("No version")),
                        "BAD_USER_INPUT", "Variable 'version' has coerced Null value", null),
                // wrong types
                Arguments.of("a word as the version", UPDATE_MEETING, vars("id", "1", "version", "one", "input", meeting("x")),
                        "GRAPHQL_VALIDATION_FAILED", "version", null),
                Arguments.of("an impossible date", CREATE_MEETING, vars("input", with(meeting("x"), "startDate",
                        Map.of("date", "2021-02-30", "precision", "DAY")), "sources", List.of("1")), "GRAPHQL_VALIDATION_FAILED",
                        "argument 'input' has an invalid value", null),
                Arguments.of("an unknown precision", CREATE_MEETING, vars("input", with(meeting("x"), "startDate",
                        Map.of("date", "2021-02-03", "precision", "WEEK")), "sources", List.of("1")), "BAD_USER_INPUT", "No value found for name 'WEEK'", null),
                Arguments.of("a word as a rate", CREATE_TARIFF, vars("input", Map.of("imposedBy", "US", "product", "x", "status", "IN_FORCE",
                        "ratePercent", "lots", "rateOrigin", "SOURCE")), "GRAPHQL_VALIDATION_FAILED", "argument 'input' has an invalid value", null),
                Arguments.of("an object as a title", CREATE_MEETING, vars("input", with(meeting("x"), "title", Map.of("$gt", "")),
                        "sources", List.of("1")), "BAD_USER_INPUT", "Variable 'input' has an invalid value", null),
                Arguments.of("a field the input does not have", CREATE_OFFICIAL, vars("input", Map.of("name", "Root", "country", "US",
                        "isAdmin", true)), "BAD_USER_INPUT", "field name 'isAdmin' that is not defined for input object type 'OfficialInput'", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void aHostileRequestGetsOneCodedErrorAndChangesNothing(String why, String mutation, Map<String, Object> variables, String code,
            String message, String echoed) {
        Map<String, Object> before = DataSnapshot.take();
        Response response = GraphQL.as(Tokens.editor()).request(mutation, variables).post("/graphql");
        assertEquals(200, response.statusCode(), response.asString());
        String body = echoed == null ? response.asString() : response.asString().replace(echoed, "<input>");
        assertClean(body);
        JsonPath error = Refusals.onlyError(response.jsonPath());
        assertEquals(code, error.getString("extensions.code"), error.prettify());
        assertTrue(error.getString("message").contains(message), () -> "'" + error.getString("message") + "' should contain '" + message + "'");
        assertEquals(before, DataSnapshot.take(), "nothing changed");
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedBeforeAnyWork() throws IOException {
        Map<String, Object> before = DataSnapshot.take();
        assertEquals("HTTP/1.1 413 Request Entity Too Large", GraphQL.as(Tokens.editor()).statusOfPostAnnouncing(300_000));
        assertEquals(before, DataSnapshot.take());
    }

    /**
     * A JSON escape of half a surrogate pair in the variables: the value has no UTF-8 form, yet the answer is the
     * coded error about the value, not a failure of the server.
     */
    @Test
    void anUnpairedSurrogateInTheVariablesGetsACodedError() {
        Response response = io.restassured.RestAssured.given().contentType("application/json")
                .body("{\"query\": \"query($c: CountryCode!) { country(code: $c) { name } }\", \"variables\": {\"c\": \"\\ud800x\"}}")
                .post("/graphql");
        assertEquals(200, response.statusCode(), response.asString());
        JsonPath error = Refusals.onlyError(response.jsonPath());
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), error.prettify());
        assertTrue(error.getString("message").contains("is not a country code"), error.getString("message"));
    }

    /** Quotes are stored exactly as printed, whatever characters they hold; nothing is garbled or dropped. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "'; DROP TABLE statement; --",
            "%_\\ LIKE wildcards and a backslash",
            "Tabs\tand\r\nnewlines\u000b and \u0007 a bell",
            "Emoji 🇯🇵🇺🇸 and 😀 outside the BMP",
            "Right-to-left: \u202Eevil\u202C and العربية",
            "Zero\u200Bwidth and combining e\u0301 and \uFEFF",
            "<script>alert('x')</script>",
    })
    void oddButValidTextIsStoredExactly(String quote) {
        String id = GraphQL.as(Tokens.editor()).data(CREATE_STATEMENT, vars("input", statement(Map.of("text", quote))))
                .getString("createStatement.id");
        assertEquals(quote, GraphQL.data("query($id: ID!) { statement(id: $id) { quote } }", vars("id", id)).getString("statement.quote"));
    }

    private static Map<String, Object> meeting(String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("kind", "TALKS");
        input.put("status", "HELD");
        input.put("startDate", Map.of("date", "2036-06-06", "precision", "DAY"));
        return input;
    }

    private static Map<String, Object> withTopics(int count) {
        return with(meeting("Many topics"), "topics", java.util.stream.IntStream.range(0, count).mapToObj(i -> "topic " + i).toList());
    }

    private static Map<String, Object> statement(Map<String, Object> overrides) {
        Map<String, Object> input = new HashMap<>();
        input.put("text", "Words.");
        input.put("speakerDescription", "an odd speaker");
        input.put("sourceId", "1");
        input.put("date", Map.of("date", "2036-06-06", "precision", "DAY"));
        input.putAll(overrides);
        return input;
    }

    private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(input);
        changed.put(field, value);
        return changed;
    }

    private static Map<String, Object> without(Map<String, Object> input, String field) {
        Map<String, Object> changed = new HashMap<>(input);
        changed.remove(field);
        return changed;
    }
}

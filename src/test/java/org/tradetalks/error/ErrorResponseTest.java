package org.tradetalks.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Bad input gets one clear GraphQL error with a stable code, never a stack trace or an internal name. */
@QuarkusTest
class ErrorResponseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "{ meeting(id: \"999999\") { title } }     | NOT_FOUND      | No meeting with id '999999'",
            "{ official(id: \"999999\") { name } }     | NOT_FOUND      | No official with id '999999'",
            "{ tariff(id: \"999999\") { product } }    | NOT_FOUND      | No tariff with id '999999'",
            "{ statement(id: \"999999\") { text } }    | NOT_FOUND      | No statement with id '999999'",
            "{ source(id: \"999999\") { title } }      | NOT_FOUND      | No source with id '999999'",
            "{ country(code: \"ZZ\") { name } }        | NOT_FOUND      | No country with id 'ZZ'",
            "{ meeting(id: \"abc\") { title } }        | BAD_USER_INPUT | id: 'abc' is not a valid id",
            "{ meeting(id: \"-4\") { title } }         | BAD_USER_INPUT | id: '-4' is not a valid id",
            "{ country(code: \"USA\") { name } }       | GRAPHQL_VALIDATION_FAILED | 'USA' is not a country code: expected an ISO 3166-1 alpha-2 code, two letters such as \"JP\"",
            "{ country(code: \"1J\") { name } }        | GRAPHQL_VALIDATION_FAILED | '1J' is not a country code",
            "{ meetings(filter: {countries: [\"JPN\"]}) { totalCount } } | GRAPHQL_VALIDATION_FAILED | 'JPN' is not a country code",
            "{ meetings(filter: {countries: [\"ZZ\"]}) { totalCount } }  | BAD_USER_INPUT | filter.countries[0]: no country with code 'ZZ'",
            "{ tariffs(filter: {imposedBy: \"U\"}) { totalCount } }      | GRAPHQL_VALIDATION_FAILED | 'U' is not a country code",
            "{ officials(filter: {country: \"XX\"}) { totalCount } }     | BAD_USER_INPUT | filter.country[0]: no country with code 'XX'",
            "{ meetings(filter: {from: \"2021-13\"}) { totalCount } }     | GRAPHQL_VALIDATION_FAILED | '2021-13' is not a date: expected a year, a month or a day written YYYY, YYYY-MM or YYYY-MM-DD",
            "{ meetings(filter: {onlyCountries: true}) { totalCount } }   | BAD_USER_INPUT | filter.onlyCountries: give the countries too",
            "{ meetingCounts(by: []) { count } }       | BAD_USER_INPUT | by: name at least one dimension",
            "{ meetings(first: 101) { totalCount } }   | LIMIT_EXCEEDED | the maximum page size is 100",
            "{ statements(first: 5000) { totalCount } } | LIMIT_EXCEEDED | the maximum page size is 100",
            "{ meetings(first: -1) { totalCount } }    | BAD_USER_INPUT | first must not be negative",
            "{ meetings(after: \"not-a-cursor\") { totalCount } } | BAD_USER_INPUT | Malformed cursor 'not-a-cursor' for meetings",
            "{ meetings(after: \"\") { totalCount } } | BAD_USER_INPUT | after must be a cursor",
            "{ meetings(filter: {from: \"2020-01-01\", to: \"2019-01-01\"}) { totalCount } } | BAD_USER_INPUT | filter.to (2019-01-01) is before filter.from (2020-01-01)",
            "{ meetings(filter: {participant: \"x1\"}) { totalCount } } | BAD_USER_INPUT | filter.participant: 'x1' is not a valid id",
            "{ search(text: \" a \") { __typename } }  | BAD_USER_INPUT | text must have at least 2 characters",
            "{ timeline(countries: [\"US\"]) { totalCount } } | BAD_USER_INPUT | at least two different countries",
            "{ timeline(countries: [\"US\", \"us\"]) { totalCount } } | BAD_USER_INPUT | at least two different countries",
            "{ timeline(countries: [\"US\", \"JP\"], from: \"2021-06\", to: \"2021-05\") { totalCount } } | BAD_USER_INPUT | timeline.to (2021-05) is before timeline.from (2021-06)",
            "{ statements(filter: {text: \"  \"}) { totalCount } } | BAD_USER_INPUT | filter.text must not be blank",
            "{ noSuchField }                           | GRAPHQL_VALIDATION_FAILED | Field 'noSuchField' in type 'Query' is undefined",
            "{ meetings(filter: {status: FINISHED}) { totalCount } } | GRAPHQL_VALIDATION_FAILED | Argument 'filter.status' has the value FINISHED, which is not a valid MeetingStatus: one of CANCELLED, HELD, PROPOSED, SCHEDULED.",
            "{ meetings(first: \"ten\") { totalCount } } | GRAPHQL_VALIDATION_FAILED | Argument 'first' has the value \"ten\", which is not a valid Int: a whole number",
            "{ tariffs(filter: {status: 5}) { totalCount } } | GRAPHQL_VALIDATION_FAILED | which is not a valid TariffStatus: one of",
            "{ meetings(filter: {from: \"2021-13\"}) { totalCount } } | GRAPHQL_VALIDATION_FAILED | Argument 'filter.from' has the value \"2021-13\", which is not a valid DateBound: '2021-13' is not a date: expected a year, a month or a day written YYYY, YYYY-MM or YYYY-MM-DD, such as \"2021\", \"2021-05\" or \"2021-05-17\".",
            "{ meetings(filter: {countries: [\"jpn\"]}) { totalCount } } | GRAPHQL_VALIDATION_FAILED | Argument 'filter.countries[0]' has the value \"jpn\", which is not a valid CountryCode: 'jpn' is not a country code",
    })
    void refusesBadInputWithACodeAndAClearMessage(String query, String code, String message) {
        JsonPath error = GraphQL.error(query);
        assertEquals(code, error.getString("extensions.code"));
        assertTrue(error.getString("message").contains(message),
                "message '" + error.getString("message") + "' should contain '" + message + "'");
        assertNull(error.get("extensions.exception"), "no exception class in the extensions");
    }

    @Test
    void aFailedLookupLeavesTheRestOfTheResponseIntact() {
        JsonPath response = GraphQL.query("{ meeting(id: \"999999\") { title } countries { code } }");
        assertNull(response.get("data.meeting"));
        assertTrue(response.getList("data.countries").size() >= 4, "the other field is still answered");
        assertEquals(java.util.List.of("meeting"), response.getList("errors[0].path"));
    }

    @Test
    void aCursorOfOneListIsRefusedByAnother() {
        String officialsCursor = GraphQL.data("{ officials(first: 1) { pageInfo { endCursor } } }")
                .getString("officials.pageInfo.endCursor");
        JsonPath error = GraphQL.error("query($after: String) { meetings(after: $after) { totalCount } }",
                Map.of("after", officialsCursor));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"));
        assertTrue(error.getString("message").contains("Malformed cursor"));
    }

    @Test
    void variablesOfTheWrongTypeAreBadUserInput() {
        JsonPath error = GraphQL.error("query($first: Int) { meetings(first: $first) { totalCount } }",
                Map.of("first", "ten"));
        assertEquals("GRAPHQL_VALIDATION_FAILED", error.getString("extensions.code"));
        assertTrue(error.getString("message").contains("'first'"), error.getString("message"));
    }

    @Test
    void intVariablesOutsideTheIntRangeAreRefusedNotWrappedAround() {
        // 2^32 + 20 would arrive as 20 if narrowed silently.
        JsonPath error = GraphQL.error("query($first: Int) { meetings(first: $first) { totalCount } }",
                Map.of("first", 4294967316L));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"));
        assertTrue(error.getString("message").contains("'$first'"), error.getString("message"));
        JsonPath literal = GraphQL.error("{ meetings(first: 4294967298) { totalCount } }");
        assertEquals("BAD_USER_INPUT", literal.getString("extensions.code"));
        assertTrue(literal.getString("message").contains("Argument 'first' is not an Int"), literal.getString("message"));
        assertEquals(2, GraphQL.data("query($first: Int) { meetings(first: $first) { edges { node { id } } } }",
                Map.of("first", 2)).getList("meetings.edges").size(), "an Int in range still works");
    }

    @Test
    void aBadEnumVariableListsTheValues() {
        JsonPath error = GraphQL.error("query($s: [MeetingStatus!]) { meetings(filter: {status: $s}) { totalCount } }",
                Map.of("s", java.util.List.of("held")));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"));
        assertTrue(error.getString("message").contains("'held'") && error.getString("message")
                .contains("MeetingStatus is one of CANCELLED, HELD, PROPOSED, SCHEDULED"), error.getString("message"));
    }

    @Test
    void anIntVariableWithAFractionIsRefusedBeforeAnyResolverRuns() {
        JsonPath error = GraphQL.error("query($first: Int) { meetings(first: $first) { totalCount } }", Map.of("first", 1.5));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"));
        assertEquals("Variable '$first' is not an Int: an Int is a whole number between -2147483648 and 2147483647.",
                error.getString("message"));
        assertEquals(2, GraphQL.data("query($first: Int) { meetings(first: $first) { edges { cursor } } }", Map.of("first", 2.0))
                .getList("meetings.edges").size(), "2.0 is a whole number");
    }

    @Test
    void aNumberTooLongToBeMeantIsRefusedWithoutBeingConverted() {
        JsonPath error = GraphQL.error("query($first: Int) { meetings(first: $first) { totalCount } }",
                Map.of("first", new java.math.BigDecimal("1e999999999")));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"));
        assertTrue(error.getString("message").contains("more than 100 digits"), error.getString("message"));
    }

    @Test
    void responsesNeverCarryStackTracesOrSql() {
        String body = given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ meetings(filter: {topic: \"%' OR 1=1 --\"}) { totalCount edges { node { title } } } "
                        + "officials(filter: {name: \"\\\\\"}) { totalCount } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body(not(containsString("Exception")), not(containsString("at org.")), not(containsString("select ")))
                .extract().asString();
        JsonPath response = new JsonPath(body);
        assertEquals(0, response.getInt("data.meetings.totalCount"), "LIKE wildcards in a filter are taken literally");
        assertEquals(0, response.getInt("data.officials.totalCount"));
    }
}

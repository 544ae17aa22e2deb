package org.tradetalks.nplusone;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Management;
import org.tradetalks.support.OwnDatabase;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/**
 * The packaged service's own statistics ({@code hibernate_statements_total} at /q/metrics, on the management port)
 * show that a nested query costs the same number of SQL statements however many rows it returns.
 */
@QuarkusIntegrationTest
@TestProfile(OwnDatabase.class)
class StatementCountIT {

    private static final Pattern PREPARED = Pattern.compile("hibernate_statements_total\\{[^}]*status=\"prepared\"[^}]*} ([0-9.E]+)");
    private static final String NESTED = """
            { countries { code meetings { title participants { name statements { quote source { title } } } } } }""";

    /** Counts and filtered nested lists (with arguments, aliased), provenance, the timeline and aggregates. */
    private static final String ANALYST = """
            { officials(orderBy: MEETINGS_HELD_DESC, first: 100) { edges { node { name held: meetingCount(status: [HELD])
                all: meetingCount statementCount attended: meetings(status: [HELD]) { title participants { name } } } } }
              countries { code meetingCount held: meetingCount(status: [HELD]) statementCount meetings(status: [HELD]) { title } }
              tariffs(first: 100) { edges { node { rateFigure { quote } rateSource { title } statusAsOf { text } } } }
              timeline(countries: ["US", "JP"], first: 100) { totalCount edges { node { kind meeting { title } } } }
              meetingCounts(by: [COUNTRY_PAIR, YEAR]) { count } }""";

    private final String editor = Jwt.upn("counter").groups(Set.of("editor")).sign();

    @Test
    void nestedQueryStatementsDoNotGrowWithTheData() {
        GraphQL.data(NESTED);
        GraphQL.data(ANALYST);
        long before = statementsFor(NESTED);
        long analystBefore = statementsFor(ANALYST);
        int japanHeldBefore = GraphQL.data(ANALYST).getInt("countries.find { it.code == 'JP' }.held");
        int rowsBefore = GraphQL.data(NESTED).getList("countries.meetings.participants.statements.flatten()").size();

        for (int m = 0; m < 15; m++) {
            String meeting = mutate("mutation($t: String!) { createMeeting(input: {title: $t, kind: TALKS, status: HELD, "
                    + "startDate: {date: \"2032-02-02\", precision: DAY}}, sourceIds: [\"1\"]) { id } }", Map.of("t", "Counted round " + m))
                    .getString("createMeeting.id");
            mutate("mutation($m: ID!) { addMeetingCountry(meetingId: $m, country: \"JP\") { id } }", Map.of("m", meeting));
            for (int p = 0; p < 3; p++) {
                String official = mutate("mutation($n: String!) { createOfficial(input: {name: $n, country: \"JP\"}, sourceIds: [\"1\"]) { id } }",
                        Map.of("n", "Counted delegate " + m + "-" + p)).getString("createOfficial.id");
                mutate("mutation($m: ID!, $o: ID!) { addMeetingParticipant(meetingId: $m, officialId: $o) { id } }",
                        Map.of("m", meeting, "o", official));
                mutate("mutation($o: ID!, $m: ID!) { createStatement(input: {text: \"Counted.\", speakerId: $o, meetingId: $m, "
                        + "date: {date: \"2032-02-02\", precision: DAY}, sourceId: \"1\"}) { id } }", Map.of("o", official, "m", meeting));
            }
        }

        long after = statementsFor(NESTED);
        long analystAfter = statementsFor(ANALYST);
        assertEquals(japanHeldBefore + 15, GraphQL.data(ANALYST).getInt("countries.find { it.code == 'JP' }.held"));
        assertEquals(analystBefore, analystAfter, "SQL statements per request for the analyst's fields, from /q/metrics");
        int rowsAfter = GraphQL.data(NESTED).getList("countries.meetings.participants.statements.flatten()").size();
        assertEquals(rowsBefore + 45, rowsAfter, "the new statements are in the response");
        assertEquals(before, after, "SQL statements per request, read from /q/metrics");
        assertTrue(after <= 6, "one statement per level: " + after);
    }

    private io.restassured.path.json.JsonPath mutate(String mutation, Map<String, Object> variables) {
        io.restassured.path.json.JsonPath response = given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + editor)
                .body(Map.of("query", mutation, "variables", variables)).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        List<Object> errors = response.getList("errors");
        assertTrue(errors == null || errors.isEmpty(), () -> "mutation failed: " + errors);
        return response.setRootPath("data");
    }

    private static int measured;

    /**
     * The statements of executing the query: as a document of its own each time (a named operation), since a repeated
     * document is answered from the response cache without any SQL.
     */
    private static long statementsFor(String query) {
        double start = preparedStatements();
        GraphQL.data("query Measured" + (++measured) + " " + query);
        return Math.round(preparedStatements() - start);
    }

    private static double preparedStatements() {
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = PREPARED.matcher(metrics);
        assertTrue(matcher.find(), "hibernate_statements_total{status=\"prepared\"} is published");
        return Double.parseDouble(matcher.group(1));
    }
}

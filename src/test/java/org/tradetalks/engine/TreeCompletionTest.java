package org.tradetalks.engine;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.ExecutionResult;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;

/**
 * The answers of queries whose trees {@link TreeCompletion} completes (over the HTTP edge) are the answers graphql-java
 * gives on its own, field by field (the engine called directly with {@link RequestScope#FIELD_BY_FIELD}): the same members, in the same order, with the same values. The queries cover
 * what a tree can hold (aliases, fragments, inline fragments, {@code @skip}/{@code @include} with variables,
 * {@code __typename}, lists of objects and of scalars, nulls, a batched field at two depths, several root fields) and
 * what makes the completion hand a tree back to graphql-java (a nested field with arguments, a date, a union).
 */
@QuarkusTest
class TreeCompletionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ExecutionService engine;

    static List<Object[]> queries() {
        return List.of(
                query("the benchmark's nested query",
                        "{ meetings(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id"
                                + " title kind status startDate { text precision } countries { code name } participants {"
                                + " id name country { code name } statements { id quote date { text } source { id title"
                                + " publisher } } } } } } }"),
                query("aliases, fragments, inline fragments, __typename, a batched field at two depths",
                        "query { meetings(first: 8, orderBy: DATE_DESC) { __typename count: totalCount list: edges { node {"
                                + " ...meeting again: participants { name } } } edges { cursor } } }"
                                + " fragment meeting on Meeting { __typename id title heading: title ... on Meeting { kind"
                                + " status } topics countries { code } participants { id name aliases ...official } }"
                                + " fragment official on Official { country { name } statements { quote meeting { id"
                                + " participants { id name } } source { title url byline } } }"),
                query("directives with variables", Map.of("withCountry", true, "skipQuote", true),
                        "query($withCountry: Boolean!, $skipQuote: Boolean!) { meetings(first: 5) { edges { node { id"
                                + " participants { name country @include(if: $withCountry) { code } statements { id quote"
                                + " @skip(if: $skipQuote) text } } } } } }"),
                query("the same directives the other way", Map.of("withCountry", false, "skipQuote", false),
                        "query($withCountry: Boolean!, $skipQuote: Boolean!) { meetings(first: 5) { edges { node { id"
                                + " participants { name country @include(if: $withCountry) { code } statements { id quote"
                                + " @skip(if: $skipQuote) text } } } } } }"),
                query("nullable fields that are null, lists of scalars",
                        "{ meetings(first: 30) { edges { node { id endDate { text precision } location note outcome"
                                + " topics sources { id reference note } } } } }"),
                query("a root list, several root fields",
                        "{ countries { code name region officials { id name roles { title from { text } to { text }"
                                + " source { id } } } } first: officials(first: 3) { totalCount edges { node { name } } }"
                                + " sources { id title statements { id speaker { name } } } }"),
                query("nested fields with arguments (graphql-java completes the tree)",
                        "{ countries { code held: meetingCount(status: [HELD]) all: meetingCount meetings(status: [HELD])"
                                + " { id title participants { name } } } }"),
                query("a date scalar (graphql-java completes the tree)",
                        "{ sources { id published { date text } meetings { id startDate { date } } } }"),
                query("a union (graphql-java completes the tree)",
                        "{ search(text: \"Akazawa\") { __typename ... on Official { name statements { quote } } ... on"
                                + " Statement { quote source { title } } } }"));
    }

    private static Object[] query(String what, String query) {
        return query(what, Map.of(), query);
    }

    private static Object[] query(String what, Map<String, Object> variables, String query) {
        return new Object[] { what, query, variables };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aQueryAnswersOverTheEdgeWhatGraphqlJavaAnswersOnItsOwn(String what, String query, Map<String, Object> variables)
            throws Exception {
        String overTheEdge = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .post("/graphql").then().statusCode(200).extract().asString();
        Map<String, Object> answer = JSON.readValue(overTheEdge, new TypeReference<LinkedHashMap<String, Object>>() {
        });
        assertEquals(null, answer.get("errors"), what);
        assertNotNull(answer.get("data"), what);

        ExecutionResult alone = graphqlJavaAlone(query, variables);
        assertTrue(alone.getErrors().isEmpty(), () -> what + ": " + alone.getErrors());
        // Written out, so that the order of the members counts as well as their values.
        assertEquals(JSON.writeValueAsString(alone.getData()), JSON.writeValueAsString(answer.get("data")), what);
    }

    private ExecutionResult graphqlJavaAlone(String query, Map<String, Object> variables) {
        JsonObject request = Json.createObjectBuilder().add("query", query)
                .add("variables", Json.createObjectBuilder(variables)).build();
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            ExecutionResult[] result = new ExecutionResult[1];
            Map<String, Object> context = new LinkedHashMap<>(Map.of(RequestScope.RUN_BLOCKING, true,
                    RequestScope.FIELD_BY_FIELD, true));
            engine.execute(request, context, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    result[0] = response.getExecutionResult();
                }

                @Override
                public void fail(Throwable failure) {
                    throw new AssertionError("the engine failed", failure);
                }
            }, false);
            return result[0];
        } finally {
            requestContext.terminate();
        }
    }
}

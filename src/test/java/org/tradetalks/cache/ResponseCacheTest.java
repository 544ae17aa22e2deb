package org.tradetalks.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Metrics;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Repeated anonymous queries are answered from memory, and never with an answer older than the last committed change:
 * a mutation is seen by the very next query. Authenticated requests and answers with errors are never kept. Each test
 * sends documents of its own (an alias makes them distinct), so what other tests cached does not count.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class ResponseCacheTest {

    private final GraphQL.Client editor = GraphQL.as(Tokens.editor());

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithoutSql() {
        String query = "{ repeated: countries { code name officials { name } } }";
        double hits = Metrics.responseCache("hit");
        double misses = Metrics.responseCache("miss");
        Object first = GraphQL.data(query).get("repeated");
        double statements = Metrics.sqlStatements();
        Object second = GraphQL.data(query).get("repeated");
        assertEquals(first, second);
        assertEquals(statements, Metrics.sqlStatements(), "the second answer ran no query through Hibernate");
        assertEquals(hits + 1, Metrics.responseCache("hit"));
        assertEquals(misses + 1, Metrics.responseCache("miss"));
    }

    @Test
    void theSameDocumentWithOtherVariablesIsAnotherAnswer() {
        String query = "query($code: CountryCode!) { byCode: country(code: $code) { name } }";
        assertEquals("Japan", GraphQL.data(query, Map.of("code", "JP")).getString("byCode.name"));
        assertEquals("United States", GraphQL.data(query, Map.of("code", "US")).getString("byCode.name"));
        assertEquals("Japan", GraphQL.data(query, Map.of("code", "JP")).getString("byCode.name"));
    }

    @Test
    void aMutationIsSeenByTheNextSameQuery() {
        String id = editor.data("mutation { createSource(input: {title: \"Cached title\", publisher: \"Kyodo\"}) { id } }")
                .getString("createSource.id");
        String read = "query($id: ID!) { fresh: source(id: $id) { title version } }";
        assertEquals("Cached title", GraphQL.data(read, Map.of("id", id)).getString("fresh.title"));
        assertEquals("Cached title", GraphQL.data(read, Map.of("id", id)).getString("fresh.title"));
        editor.data("mutation($id: ID!) { updateSource(id: $id, version: 0, input: {title: \"New title\", publisher: "
                + "\"Kyodo\"}) { id } }", Map.of("id", id));
        assertEquals("New title", GraphQL.data(read, Map.of("id", id)).getString("fresh.title"),
                "the answer cached before the mutation is not served");
    }

    @Test
    void everyKindOfChangeMakesCachedAnswersStale() {
        String countries = "{ stale: countries { code name } }";
        String officials = "{ staleOfficials: officials(first: 100) { totalCount } }";
        int countryCount = GraphQL.data(countries).getList("stale").size();
        int officialCount = GraphQL.data(officials).getInt("staleOfficials.totalCount");
        GraphQL.data(countries);
        GraphQL.data(officials);
        editor.data("mutation { createCountry(code: \"TV\", input: {name: \"Tuvalu\", region: \"Oceania\"}) { code } }");
        assertEquals(countryCount + 1, GraphQL.data(countries).getList("stale").size());
        editor.data("mutation { createOfficial(input: {name: \"Cache Tester\", country: \"TV\"}, sourceIds: [\"1\"]) { id } }");
        assertEquals(officialCount + 1, GraphQL.data(officials).getInt("staleOfficials.totalCount"));
    }

    @Test
    void anAuthenticatedQueryIsNeitherServedFromNorKeptInTheCache() {
        String query = "{ withToken: countries { code } }";
        double hits = Metrics.responseCache("hit");
        double misses = Metrics.responseCache("miss");
        for (int i = 0; i < 2; i++) {
            Response response = given().header("Authorization", "Bearer " + Tokens.editor()).queryParam("query", query)
                    .get("/graphql");
            assertEquals(200, response.statusCode());
            assertEquals("private, no-store", response.header("Cache-Control"));
            assertNull(response.header("ETag"));
        }
        assertEquals(hits, Metrics.responseCache("hit"));
        assertEquals(misses, Metrics.responseCache("miss"));
        GraphQL.data(query);
        assertEquals(hits, Metrics.responseCache("hit"), "an anonymous request is not served what a signed one got");
    }

    @Test
    void anAnswerWithErrorsIsNotKept() {
        String query = "{ missing: country(code: \"ZZ\") { name } }";
        double hits = Metrics.responseCache("hit");
        double misses = Metrics.responseCache("miss");
        for (int i = 0; i < 2; i++) {
            assertEquals("NOT_FOUND", GraphQL.query(query).getString("errors[0].extensions.code"));
        }
        assertEquals(hits, Metrics.responseCache("hit"));
        assertEquals(misses + 2, Metrics.responseCache("miss"));
    }
}

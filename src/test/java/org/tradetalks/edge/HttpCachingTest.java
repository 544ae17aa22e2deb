package org.tradetalks.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * GET answers to anonymous queries may be kept by browsers and proxies, which revalidate them (ETag, 304); everything
 * else says no-store: POST answers, errors, and anything asked with credentials.
 */
@QuarkusTest
class HttpCachingTest {

    private static final String QUERY = "{ etagged: countries { code name } }";

    private static Response get(String query, String accept) {
        return given().accept(accept).queryParam("query", query).get("/graphql");
    }

    @Test
    void aPublicGetAnswerHasAStrongETagAndMayBeKeptIfRevalidated() {
        Response response = get(QUERY, "application/json");
        assertEquals(200, response.statusCode());
        String etag = response.header("ETag");
        assertNotNull(etag);
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), "a strong ETag: " + etag);
        assertEquals("public, max-age=0", response.header("Cache-Control"));
        assertEquals("Accept, Authorization", response.header("Vary"));
        assertEquals(etag, get(QUERY, "application/json").header("ETag"), "the same answer has the same ETag");
        assertNotEquals(etag, get(QUERY, "application/graphql-response+json").header("ETag"),
                "each media type is its own representation");
    }

    @Test
    void aConditionalRequestForAnUnchangedAnswerGets304WithoutABody() {
        String etag = get(QUERY, "application/json").header("ETag");
        Response notModified = given().accept("application/json").header("If-None-Match", etag)
                .queryParam("query", QUERY).get("/graphql");
        assertEquals(304, notModified.statusCode());
        assertEquals("", notModified.asString());
        assertEquals(etag, notModified.header("ETag"));
        assertEquals("public, max-age=0", notModified.header("Cache-Control"));

        Response listed = given().header("If-None-Match", "\"other\", W/" + etag).queryParam("query", QUERY).get("/graphql");
        assertEquals(304, listed.statusCode(), "one of several tags, weak or not, matches");
        Response changed = given().header("If-None-Match", "\"0123\"").queryParam("query", QUERY).get("/graphql");
        assertEquals(200, changed.statusCode());
        assertEquals("Japan", changed.jsonPath().getString("data.etagged.find { it.code == 'JP' }.name"));
    }

    @Test
    void postAnswersAreNotForSharedCaches() {
        Response response = given().contentType("application/json").body(Map.of("query", QUERY)).post("/graphql");
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.header("Cache-Control"));
        assertNull(response.header("ETag"));
    }

    @Test
    void answersWithErrorsAreNotKept() {
        Response response = get("{ country(code: \"ZZ\") { name } }", "application/json");
        assertEquals("NOT_FOUND", response.jsonPath().getString("errors[0].extensions.code"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertNull(response.header("ETag"));
        Response refused = get("{ nosuchfield }", "application/json");
        assertEquals("no-store", refused.header("Cache-Control"));
        assertNull(refused.header("ETag"));
    }

    @Test
    void answersToAuthenticatedRequestsAreNotKept() {
        Response response = given().header("Authorization", "Bearer " + Tokens.editor()).queryParam("query", QUERY)
                .get("/graphql");
        assertEquals(200, response.statusCode());
        assertEquals("private, no-store", response.header("Cache-Control"));
        assertNull(response.header("ETag"));
        String etag = get(QUERY, "application/json").header("ETag");
        assertEquals(200, given().header("Authorization", "Bearer " + Tokens.editor()).header("If-None-Match", etag)
                .queryParam("query", QUERY).get("/graphql").statusCode(), "a signed request is always answered in full");
    }
}

package org.tradetalks.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetalks.cache.PersistedQueries;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Apollo's automatic persisted queries: a client first sends only the document's SHA-256 hash; when the service does
 * not know it, the client sends the document with it, and later requests need the hash alone, over POST or GET. A
 * document so kept still goes through the same limits and validation as any other.
 */
@QuarkusTest
class PersistedQueryTest {

    private static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private static Response post(String query, Map<String, Object> extensions, String accept) {
        Map<String, Object> body = new HashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        body.put("extensions", extensions);
        return given().contentType("application/json").accept(accept).body(body).post("/graphql");
    }

    private static Response post(String query, Map<String, Object> extensions) {
        return post(query, extensions, "application/json");
    }

    private static Response getByHash(String hash) {
        return given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .get("/graphql");
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/json", "application/graphql-response+json" })
    void anUnknownHashIsPersistedQueryNotFoundWith200(String accept) {
        String hash = PersistedQueries.sha256("{ unknownToTheService: countries { code } }" + accept);
        Response response = post(null, persisted(hash), accept);
        assertEquals(200, response.statusCode(), "Apollo Client's link retries with the document on this answer");
        JsonPath json = response.jsonPath();
        assertEquals("PersistedQueryNotFound", json.getString("errors[0].message"));
        assertEquals("PERSISTED_QUERY_NOT_FOUND", json.getString("errors[0].extensions.code"));
        assertNull(json.get("data"));
        assertEquals(200, getByHash(hash).statusCode());
        assertEquals("PERSISTED_QUERY_NOT_FOUND", getByHash(hash).jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void aDocumentSentWithItsHashRunsAndIsThenKnownByTheHashAlone() {
        String query = "{ persisted: country(code: \"JP\") { name } }";
        String hash = PersistedQueries.sha256(query);
        assertEquals("PERSISTED_QUERY_NOT_FOUND", post(null, persisted(hash)).jsonPath().getString("errors[0].extensions.code"));
        assertEquals("Japan", post(query, persisted(hash)).then().statusCode(200).extract().jsonPath()
                .getString("data.persisted.name"));
        assertEquals("Japan", post(null, persisted(hash)).then().statusCode(200).extract().jsonPath()
                .getString("data.persisted.name"));
        assertEquals("Japan", getByHash(hash).then().statusCode(200).extract().jsonPath().getString("data.persisted.name"));
        assertEquals("Japan", getByHash(hash.toUpperCase()).then().statusCode(200).extract().jsonPath()
                .getString("data.persisted.name"), "hex digits in either case");
    }

    @Test
    void overGetTheDocumentCanBeTaughtAndThenLeftOut() {
        String query = "query Named($code: CountryCode!) { overGet: country(code: $code) { name } }";
        String hash = PersistedQueries.sha256(query);
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
        assertEquals("United States", given().queryParam("query", query).queryParam("extensions", extensions)
                .queryParam("variables", "{\"code\":\"US\"}").get("/graphql").then().statusCode(200).extract()
                .jsonPath().getString("data.overGet.name"));
        assertEquals("Japan", given().queryParam("extensions", extensions).queryParam("variables", "{\"code\":\"JP\"}")
                .queryParam("operationName", "Named").get("/graphql").then().statusCode(200).extract()
                .jsonPath().getString("data.overGet.name"));
    }

    @Test
    void aHashThatIsNotTheDocumentsIsRefused() {
        String query = "{ mismatched: countries { code } }";
        String other = PersistedQueries.sha256("{ countries { name } }");
        Response response = post(query, persisted(other));
        assertEquals(400, response.statusCode());
        assertEquals("BAD_REQUEST", response.jsonPath().getString("errors[0].extensions.code"));
        String message = response.jsonPath().getString("errors[0].message");
        assertTrue(message.contains("the SHA-256 hash of the query sent with it is " + PersistedQueries.sha256(query)), message);
        assertEquals("PERSISTED_QUERY_NOT_FOUND", post(null, persisted(other)).jsonPath().getString("errors[0].extensions.code"),
                "nothing was kept under the wrong hash");
    }

    @Test
    void anotherProtocolVersionOrAMalformedHashIsRefused() {
        String hash = PersistedQueries.sha256("{ countries { code } }");
        assertRefused(post(null, Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", hash))),
                "extensions.persistedQuery.version 2 is not supported: only version 1");
        assertRefused(post(null, Map.of("persistedQuery", Map.of("sha256Hash", hash))),
                "extensions.persistedQuery.version is missing");
        assertRefused(post(null, Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "abc"))),
                "sha256Hash must be the document's SHA-256 hash as 64 hexadecimal digits");
        assertRefused(post(null, Map.of("persistedQuery", "yes")), "extensions.persistedQuery must be an object");
    }

    @Test
    void aPersistedDocumentMeetsTheSameLimitsAndIsNotKeptWhenRefused() {
        String deep = "{ meetings { edges { node { participants { meetings(status: [HELD]) { participants { meetings "
                + "{ participants { meetings { participants { meetings { participants { name } } } } } } } } } } } } }";
        String hash = PersistedQueries.sha256(deep);
        Response refused = post(deep, persisted(hash));
        assertEquals("LIMIT_EXCEEDED", refused.jsonPath().getString("errors[0].extensions.code"), refused.asString());
        assertEquals("PERSISTED_QUERY_NOT_FOUND", post(null, persisted(hash)).jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void aPersistedMutationStillRunsOnlyOverPost() {
        String mutation = "mutation { deleteSource(id: \"999999\", version: 0) }";
        String hash = PersistedQueries.sha256(mutation);
        assertEquals("UNAUTHENTICATED", post(mutation, persisted(hash)).jsonPath().getString("errors[0].extensions.code"));
        Response overGet = getByHash(hash);
        assertEquals(405, overGet.statusCode());
        assertEquals("POST", overGet.header("Allow"));
    }

    private static void assertRefused(Response response, String fragment) {
        assertEquals(400, response.statusCode(), response.asString());
        assertEquals("BAD_REQUEST", response.jsonPath().getString("errors[0].extensions.code"));
        String message = response.jsonPath().getString("errors[0].message");
        assertTrue(message.contains(fragment), message);
    }
}

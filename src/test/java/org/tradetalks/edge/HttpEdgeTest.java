package org.tradetalks.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetalks.support.Refusals.assertClean;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.LogCapture;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Every answer of /graphql is a GraphQL JSON response with {@code extensions.code} and the status GraphQL over HTTP
 * gives it, whatever arrives: bodies that are not JSON, parameters of the wrong type, wrong methods, media types and
 * sizes. Never a 5xx, an HTML page or an empty body.
 */
@QuarkusTest
class HttpEdgeTest {

    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("not JSON", "hello".getBytes(StandardCharsets.UTF_8), "is not valid JSON (line 1, column 1)"),
                Arguments.of("query a number", body("{\"query\":5}"), "query must be a string, not a number"),
                Arguments.of("query an array", body("{\"query\":[\"{ countries { code } }\"]}"), "query must be a string, not an array"),
                Arguments.of("query a boolean", body("{\"query\":true}"), "query must be a string, not a boolean"),
                Arguments.of("no query", body("{\"variables\":{}}"), "The request has no query"),
                Arguments.of("query null", body("{\"query\":null}"), "The request has no query"),
                Arguments.of("a batch", body("[{\"query\":\"{ countries { code } }\"}]"), "batched requests are not supported"),
                Arguments.of("a bare string", body("\"{ countries { code } }\""), "must be a JSON object with a query"),
                Arguments.of("an empty body", new byte[0], "The request body is empty"),
                Arguments.of("a raw NUL byte", body("{\"query\":\"{ countries { code } }\u0000\"}"), "is not valid JSON"),
                Arguments.of("NaN as a variable", body("{\"query\":\"query($f: Int) { meetings(first: $f) { totalCount } }\","
                        + "\"variables\":{\"f\":NaN}}"), "is not valid JSON"),
                Arguments.of("not UTF-8", new byte[] { '{', '"', 'q', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }, "is not valid UTF-8"),
                Arguments.of("operationName an object", body("{\"query\":\"{ countries { code } }\",\"operationName\":{\"a\":1}}"),
                        "operationName must be a string, not an object"),
                Arguments.of("operationName a number", body("{\"query\":\"{ countries { code } }\",\"operationName\":7}"),
                        "operationName must be a string, not a number"),
                Arguments.of("variables a string", body("{\"query\":\"{ countries { code } }\",\"variables\":\"x\"}"),
                        "variables must be a JSON object (or null), not a string"),
                Arguments.of("variables an array", body("{\"query\":\"{ countries { code } }\",\"variables\":[1]}"),
                        "variables must be a JSON object (or null), not an array"),
                Arguments.of("extensions a number", body("{\"query\":\"{ countries { code } }\",\"extensions\":1}"),
                        "extensions must be a JSON object (or null), not a number"),
                Arguments.of("extensions 5000 levels deep", body("{\"query\":\"{ countries { code } }\",\"extensions\":"
                        + "{\"a\":".repeat(5000) + "1" + "}".repeat(5000) + "}"), "nests JSON more than 32 levels deep"),
                Arguments.of("variables 3000 levels deep", body("{\"query\":\"{ countries { code } }\",\"variables\":"
                        + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}"), "nests JSON more than 32 levels deep"));
    }

    private static byte[] body(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void aMalformedBodyIsA400WithACodedJsonError(String why, byte[] body, String message) {
        for (String accept : new String[] { JSON, GRAPHQL_RESPONSE }) {
            Response response = given().contentType(JSON).accept(accept).body(body).post("/graphql");
            assertRefusal(response, 400, accept, "BAD_REQUEST", message);
        }
        assertServiceAnswers();
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() {
        Response response = given().contentType(JSON).accept(JSON)
                .body(body("\uFEFF{\"query\":\"{ countries { code } }\"}")).post("/graphql");
        assertEquals(200, response.statusCode(), response.asString());
        assertEquals(4, response.jsonPath().getList("data.countries").size());
    }

    static Stream<Arguments> malformedGets() {
        return Stream.of(
                Arguments.of(Map.of("query", "{ countries { code } }", "variables", "{bad"), "The variables parameter is not valid JSON"),
                Arguments.of(Map.of("query", "{ countries { code } }", "variables", "[1]"), "variables must be a JSON object (or null), not an array"),
                Arguments.of(Map.of("query", "{ countries { code } }", "extensions", "\"x\""), "extensions must be a JSON object (or null), not a string"),
                Arguments.of(Map.of("operationName", "A"), "The query parameter is missing"));
    }

    @ParameterizedTest
    @MethodSource("malformedGets")
    void aMalformedGetIsA400WithACodedJsonError(Map<String, String> parameters, String message) {
        assertRefusal(given().accept(JSON).queryParams(parameters).get("/graphql"), 400, JSON, "BAD_REQUEST", message);
    }

    @Test
    void aQueryParameterGivenTwiceIsRefused() {
        Response response = given().accept(JSON).urlEncodingEnabled(false)
                .get("/graphql?query=%7B__typename%7D&query=%7B__typename%7D");
        assertRefusal(response, 400, JSON, "BAD_REQUEST", "The query parameter is given 2 times");
    }

    @ParameterizedTest
    @ValueSource(strings = { "PUT", "DELETE", "PATCH" })
    void otherMethodsAre405WithAllow(String method) {
        Response response = given().contentType(JSON).accept(JSON).body("{\"query\":\"{ countries { code } }\"}")
                .request(method, "/graphql");
        assertRefusal(response, 405, JSON, "BAD_REQUEST", method + " is not a GraphQL method here");
        assertEquals("GET, POST, OPTIONS", response.header("Allow"));
        assertEquals("close", response.header("Connection"), "the body was not read: the connection cannot carry another request");
    }

    @Test
    void aPathUnderGraphqlThatServesNothingIsA404InJson() {
        assertRefusal(given().accept(JSON).get("/graphql/nothing-here"), 404, JSON, "BAD_REQUEST",
                "Nothing is served at /graphql/nothing-here");
        assertTrue(given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString().contains("type Query"),
                "the SDL is still served");
    }

    @Test
    void anAcceptHeaderNamingNoJsonTypeIs406() {
        Response response = given().contentType(JSON).accept("text/html").body("{\"query\":\"{ countries { code } }\"}").post("/graphql");
        assertEquals(406, response.statusCode());
        assertEquals("BAD_REQUEST", response.jsonPath().getString("errors[0].extensions.code"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/json; charset=ebcdic", "application/json; charset=ISO-8859-1", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x" })
    void aBodyThatIsNotUtf8JsonIs415(String contentType) throws Exception {
        HttpResponse<String> response = send(contentType, "{\"query\":\"{ countries { code } }\"}");
        assertEquals(415, response.statusCode(), response.body());
        assertEquals("BAD_REQUEST", new JsonPath(response.body()).getString("errors[0].extensions.code"));
        assertTrue(new JsonPath(response.body()).getString("errors[0].message").contains("send the request"), response.body());
    }

    /**
     * Over HTTP/2 (the JDK's client upgrades a plain connection with h2c) a refusal carries no Connection header: HTTP/2
     * forbids it, and a strict client (JDK 25's) drops the whole response as malformed.
     */
    @Test
    void aRefusalOverHttp2HasNoConnectionHeader() throws Exception {
        HttpResponse<String> response = send("text/plain", "{\"query\":\"{ countries { code } }\"}");
        assertEquals(HttpClient.Version.HTTP_2, response.version(), "the connection was not upgraded to HTTP/2");
        assertEquals(415, response.statusCode(), response.body());
        assertEquals(java.util.Optional.empty(), response.headers().firstValue("connection"), response.headers().toString());
        assertEquals("BAD_REQUEST", new JsonPath(response.body()).getString("errors[0].extensions.code"));
    }

    /** Sent with the JDK's client: rest-assured re-encodes bodies of the types it knows (forms, text). */
    private static HttpResponse<String> send(String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql"))
                .header("Content-Type", contentType).header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyOverTheLimitIs413InJsonEvenWithoutADeclaredLength() {
        String big = "{\"query\":\"{ countries { code } }\",\"padding\":\"" + "x".repeat(300_000) + "\"}";
        Response declared = given().contentType(JSON).accept(JSON).body(big).post("/graphql");
        assertRefusal(declared, 413, JSON, "LIMIT_EXCEEDED", "larger than 256 KiB (trade-talks.limits.max-body-size)");
        assertServiceAnswers();
    }

    /** Request errors: 200 for application/json (legacy clients), 400 for application/graphql-response+json. */
    static Stream<Arguments> requestErrors() {
        return Stream.of(
                Arguments.of("{ countries { code }", "GRAPHQL_PARSE_FAILED", "Invalid syntax"),
                Arguments.of("{ countries { nope } }", "GRAPHQL_VALIDATION_FAILED", "Field 'nope' in type 'Country' is undefined"),
                Arguments.of("query A { __typename } query B { __typename }", "OPERATION_RESOLUTION_FAILURE", "say which one to run"),
                Arguments.of("subscription { meetingChanged { kind } }", "BAD_REQUEST", "Subscriptions are served over WebSocket"));
    }

    @ParameterizedTest
    @MethodSource("requestErrors")
    void requestErrorsGetTheStatusOfTheirMediaType(String query, String code, String message) {
        assertRefusal(post(query, JSON), 200, JSON, code, message);
        assertRefusal(post(query, GRAPHQL_RESPONSE), 400, GRAPHQL_RESPONSE, code, message);
    }

    @Test
    void aSyntaxErrorSaysWhereItIs() {
        JsonPath error = GraphQL.error("{ countries {\n  code\n  name(\n} }");
        assertEquals("GRAPHQL_PARSE_FAILED", error.getString("extensions.code"));
        assertEquals(4, error.getInt("locations[0].line"));
        assertEquals(1, error.getInt("locations[0].column"));
    }

    @Test
    void anOperationNameThatNamesNoOperationIsRefused() {
        Response response = given().contentType(JSON).accept(JSON)
                .body(Map.of("query", "query A { __typename }", "operationName", "B")).post("/graphql");
        assertRefusal(response, 200, JSON, "OPERATION_RESOLUTION_FAILURE", "no operation named 'B'; it holds 'A'");
    }

    @Test
    void aGetMutationIs405AndIsNotRun() {
        Response response = given().accept(JSON).queryParam("query", "mutation { deleteSource(id: \"1\", version: 0) }").get("/graphql");
        assertRefusal(response, 405, JSON, "BAD_REQUEST", "Mutations are accepted only with POST");
        assertEquals("POST", response.header("Allow"));
        assertEquals("1", GraphQL.data("{ source(id: \"1\") { id } }").getString("source.id"));
    }

    @Test
    void getAndApplicationGraphqlBodiesAreAnswered() throws Exception {
        assertEquals("Query", given().accept(JSON).queryParam("query", "{ __typename }").get("/graphql")
                .then().statusCode(200).extract().jsonPath().getString("data.__typename"));
        HttpResponse<String> document = send("application/graphql", "{ __typename }");
        assertEquals(200, document.statusCode(), document.body());
        assertEquals("Query", new JsonPath(document.body()).getString("data.__typename"));
    }

    @Test
    void anOptionsRequestListsTheMethods() {
        Response response = given().options("/graphql");
        assertEquals(204, response.statusCode());
        assertEquals("GET, POST, OPTIONS", response.header("Allow"));
    }

    @Test
    void aChunkedBodyThatIsNotHttpEndsTheConnectionAsTheClientsFaultWithoutAnError() throws Exception {
        String host = URI.create(RestAssured.baseURI).getHost();
        try (LogCapture edge = LogCapture.of("org.tradetalks.edge"); Socket socket = new Socket(host, RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nzz\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // Netty's decoder gives up on such a connection and Vert.x closes it; if an answer gets out first, it is ours.
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 400") && answer.contains("BAD_REQUEST"), answer);
            assertEquals(java.util.List.of(), edge.at(Level.SEVERE), "no ERROR for a client's malformed bytes");
        }
        assertServiceAnswers();
    }

    private static Response post(String query, String accept) {
        return given().contentType(JSON).accept(accept).body(Map.of("query", query)).post("/graphql");
    }

    private static void assertRefusal(Response response, int status, String mediaType, String code, String message) {
        String text = response.asString();
        assertEquals(status, response.statusCode(), text);
        assertTrue(response.contentType().startsWith(mediaType), () -> "content type " + response.contentType());
        JsonPath json = new JsonPath(text);
        assertEquals(1, json.getList("errors").size(), text);
        assertNull(json.get("data"), "nothing ran: " + text);
        assertEquals(code, json.getString("errors[0].extensions.code"), text);
        assertTrue(json.getString("errors[0].message").contains(message), () -> "'" + message + "' in " + text);
        assertClean(text);
    }

    private static void assertServiceAnswers() {
        assertEquals(4, GraphQL.data("{ countries { code } }").getList("countries").size());
    }
}

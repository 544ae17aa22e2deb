package org.tradetalks.support;

import static io.restassured.RestAssured.given;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Sends GraphQL requests over HTTP the way a client does, and reads the JSON response. The static methods
 * send no credentials (a public reader); {@link #as(String)} sends the same requests with a bearer token.
 */
public final class GraphQL {

    private static final Client ANONYMOUS = new Client(null);

    private GraphQL() {
    }

    /** A client that signs every request with {@code token} (see {@link Tokens}). */
    public static Client as(String token) {
        return new Client(token);
    }

    /** Runs a query and returns the whole response; the HTTP status must be 200. */
    public static JsonPath query(String query) {
        return ANONYMOUS.query(query);
    }

    public static JsonPath query(String query, Map<String, Object> variables) {
        return ANONYMOUS.query(query, variables);
    }

    /** Runs a query that must succeed and returns its {@code data}. */
    public static JsonPath data(String query) {
        return ANONYMOUS.data(query);
    }

    public static JsonPath data(String query, Map<String, Object> variables) {
        return ANONYMOUS.data(query, variables);
    }

    /** See {@link Client#statusOfPostAnnouncing(int)}. */
    public static String statusOfPostAnnouncing(int length) throws IOException {
        return ANONYMOUS.statusOfPostAnnouncing(length);
    }

    /** Runs a query that must fail with exactly one error, and returns that error. */
    public static JsonPath error(String query) {
        return ANONYMOUS.error(query);
    }

    public static JsonPath error(String query, Map<String, Object> variables) {
        return ANONYMOUS.error(query, variables);
    }

    /** Requests with (or, for the anonymous client, without) a bearer token. */
    public static final class Client {

        private final String token;

        private Client(String token) {
            this.token = token;
        }

        /** The request as rest-assured sends it, for checks on the HTTP level. */
        public RequestSpecification request(String query, Map<String, Object> variables) {
            RequestSpecification request = given()
                    .contentType(ContentType.JSON)
                    .accept(ContentType.JSON)
                    .body(Map.of("query", query, "variables", variables));
            return token == null ? request : request.header("Authorization", "Bearer " + token);
        }

        /**
         * Sends only the head of a POST to /graphql that announces a body of {@code length} bytes, and returns the
         * status line of the answer. The service refuses an oversized body from its declared length, before reading
         * it; a client that goes on writing the body after that answer writes into a closed connection, and fails
         * with "Broken pipe" instead of reading the answer (seen with rest-assured against a container's port).
         */
        public String statusOfPostAnnouncing(int length) throws IOException {
            String host = URI.create(RestAssured.baseURI).getHost();
            try (Socket socket = new Socket(host, RestAssured.port)) {
                socket.setSoTimeout(10_000);
                String head = "POST /graphql HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                        + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                        + "Content-Length: " + length + "\r\n\r\n";
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            }
        }

        public JsonPath query(String query) {
            return query(query, Map.of());
        }

        public JsonPath query(String query, Map<String, Object> variables) {
            return request(query, variables)
                    .when().post("/graphql")
                    .then().statusCode(200)
                    .extract().jsonPath();
        }

        public JsonPath data(String query) {
            return data(query, Map.of());
        }

        public JsonPath data(String query, Map<String, Object> variables) {
            JsonPath response = query(query, variables);
            List<Object> errors = response.getList("errors");
            if (errors != null && !errors.isEmpty()) {
                throw new AssertionError("Expected no errors but got " + errors + " for " + query);
            }
            return response.setRootPath("data");
        }

        public JsonPath error(String query) {
            return error(query, Map.of());
        }

        public JsonPath error(String query, Map<String, Object> variables) {
            JsonPath response = query(query, variables);
            List<Object> errors = response.getList("errors");
            if (errors == null || errors.size() != 1) {
                throw new AssertionError("Expected one error but got " + errors + " for " + query);
            }
            return response.setRootPath("errors[0]");
        }
    }
}

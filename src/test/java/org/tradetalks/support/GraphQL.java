package org.tradetalks.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Sends GraphQL requests over HTTP the way a client does, and reads the JSON response. */
public final class GraphQL {

    private GraphQL() {
    }

    /** Runs a query and returns the whole response; the HTTP status must be 200. */
    public static JsonPath query(String query) {
        return query(query, Map.of());
    }

    public static JsonPath query(String query, Map<String, Object> variables) {
        return given()
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** Runs a query that must succeed and returns its {@code data}. */
    public static JsonPath data(String query) {
        return data(query, Map.of());
    }

    public static JsonPath data(String query, Map<String, Object> variables) {
        JsonPath response = query(query, variables);
        List<Object> errors = response.getList("errors");
        if (errors != null && !errors.isEmpty()) {
            throw new AssertionError("Expected no errors but got " + errors + " for " + query);
        }
        return response.setRootPath("data");
    }

    /** Runs a query that must fail with exactly one error, and returns that error. */
    public static JsonPath error(String query) {
        return error(query, Map.of());
    }

    public static JsonPath error(String query, Map<String, Object> variables) {
        JsonPath response = query(query, variables);
        List<Object> errors = response.getList("errors");
        if (errors == null || errors.size() != 1) {
            throw new AssertionError("Expected one error but got " + errors + " for " + query);
        }
        return response.setRootPath("errors[0]");
    }
}

package org.tradetalks.edge;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * One GraphQL request as GraphQL over HTTP defines it, decoded and checked: a query, and optionally the operation to
 * run, its variables and the client's extensions.
 *
 * @param query the document, null when a persisted query names it by its hash only (see {@link PersistedQuery})
 *
 * @param variables the variables as the engine receives them (numbers as BigDecimal), empty when none were sent
 */
record GraphQLRequest(String query, String operationName, JsonObject variablesJson, JsonObject extensions,
        Map<String, Object> variables) {

    /** Made once: {@code Json.createObjectBuilder()} looks the JSON provider up again on every call. */
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    /** The same request with its document, for a persisted query sent by its hash alone. */
    GraphQLRequest withQuery(String document) {
        return new GraphQLRequest(document, operationName, variablesJson, extensions, variables);
    }

    /** The request as SmallRye's execution service reads it. */
    JsonObject toJson() {
        JsonObjectBuilder json = BUILDERS.createObjectBuilder().add("query", query);
        if (operationName != null) {
            json.add("operationName", operationName);
        }
        if (variablesJson != null) {
            json.add("variables", variablesJson);
        }
        if (extensions != null) {
            json.add("extensions", extensions);
        }
        return json.build();
    }
}

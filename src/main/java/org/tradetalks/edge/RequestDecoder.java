package org.tradetalks.edge;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;

import io.smallrye.graphql.api.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads a GraphQL request off HTTP: the parameters of a GET, or the body of a POST ({@code application/json}, or a
 * bare document as {@code application/graphql}), checked against GraphQL over HTTP: UTF-8, one JSON object (no
 * batches), {@code query} a string (or absent when {@code extensions.persistedQuery} names the document by its hash),
 * {@code operationName} a string or null, {@code variables} and {@code extensions} objects or null, JSON nested at most {@value #MAX_JSON_DEPTH} levels. Anything else is a {@link Refusal} with 400.
 */
final class RequestDecoder {

    static final int MAX_JSON_DEPTH = 32;
    /** Parsson counts the document's own object as a level, and refuses at its limit. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(
            Map.of("org.eclipse.parsson.maxDepth", MAX_JSON_DEPTH + 2));
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private RequestDecoder() {
    }

    static GraphQLRequest decode(RoutingContext context) throws Refusal {
        if (context.request().method() == HttpMethod.GET) {
            return fromParameters(context);
        }
        String body = text(context.body().buffer());
        if (ContentTypes.isGraphQLDocument(context.request().getHeader("Content-Type"))) {
            return new GraphQLRequest(body, null, null, null, Map.of());
        }
        if (body.isBlank()) {
            throw Refusal.badRequest("The request body is empty: send a JSON object such as {\"query\": \"{ countries { name } }\"}.");
        }
        JsonValue json = parse(body, "The request body");
        if (json.getValueType() == JsonValue.ValueType.ARRAY) {
            throw Refusal.badRequest("The request body is a JSON array: batched requests are not supported; send one "
                    + "JSON object per request.");
        }
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Refusal.badRequest("The request body must be a JSON object with a query, not " + describe(json) + ".");
        }
        JsonObject request = json.asJsonObject();
        JsonObject extensions = objectOrNull(request.get("extensions"), "extensions");
        return request(stringOrNull(request, "query", !PersistedQuery.named(extensions)),
                stringOrNull(request, "operationName", false), objectOrNull(request.get("variables"), "variables"),
                extensions);
    }

    private static GraphQLRequest fromParameters(RoutingContext context) throws Refusal {
        MultiMap parameters;
        try {
            parameters = context.queryParams();
        } catch (RuntimeException malformed) {
            throw Refusal.badRequest("The URL's query string is not properly percent-encoded UTF-8.");
        }
        String query = single(parameters, "query");
        String variables = single(parameters, "variables");
        String extensionsText = single(parameters, "extensions");
        JsonObject extensions = extensionsText == null ? null
                : objectOrNull(parse(extensionsText, "The extensions parameter"), "extensions");
        if (query == null && !PersistedQuery.named(extensions)) {
            throw Refusal.badRequest("The query parameter is missing: send the document as ?query=..., URL-encoded.");
        }
        return request(query, single(parameters, "operationName"),
                variables == null ? null : objectOrNull(parse(variables, "The variables parameter"), "variables"),
                extensions);
    }

    private static GraphQLRequest request(String query, String operationName, JsonObject variables, JsonObject extensions) {
        Map<String, Object> values = variables == null ? Map.of() : Context.VariablesParser.toMap(variables).orElse(Map.of());
        return new GraphQLRequest(query, operationName, variables, extensions, values);
    }

    private static String single(MultiMap parameters, String name) throws Refusal {
        List<String> values = parameters.getAll(name);
        if (values.size() > 1) {
            throw Refusal.badRequest("The " + name + " parameter is given " + values.size() + " times; give it once.");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** The body as UTF-8 text, without a leading byte order mark (which JSON parsers may ignore). */
    private static String text(Buffer body) throws Refusal {
        if (body == null) {
            return "";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.getBytes()))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw Refusal.badRequest("The request body is not valid UTF-8 text.");
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static JsonValue parse(String text, String what) throws Refusal {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonParsingException invalid) {
            JsonLocation at = invalid.getLocation();
            throw Refusal.badRequest(what + " is not valid JSON" + (at == null ? "" : " (line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber() + ")") + ".");
        } catch (JsonException | IllegalStateException invalid) {
            throw Refusal.badRequest(what + " is not valid JSON.");
        } catch (RuntimeException tooDeep) {
            // Parsson's nesting limit is a bare RuntimeException ("Input is too deeply nested").
            throw Refusal.badRequest(what + " nests JSON more than " + MAX_JSON_DEPTH + " levels deep.");
        }
    }

    private static String stringOrNull(JsonObject request, String name, boolean required) throws Refusal {
        JsonValue value = request.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw Refusal.badRequest("The request has no query: send {\"query\": \"...\"} with the GraphQL document as a string.");
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw Refusal.badRequest(name + " must be a string, not " + describe(value) + ".");
        }
        return string.getString();
    }

    private static JsonObject objectOrNull(JsonValue value, String name) throws Refusal {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Refusal.badRequest(name + " must be a JSON object (or null), not " + describe(value) + ".");
        }
        return value.asJsonObject();
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }
}

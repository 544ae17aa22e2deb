package org.tradetalks.edge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradetalks.error.CodedError;
import org.tradetalks.error.ErrorCode;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.smallrye.graphql.execution.ExecutionResponse;

/**
 * The response writer answers byte for byte what SmallRye's writer did before it: clients, caches and ETags see the
 * same bodies.
 */
class ResponseJsonTest {

    private static String smallRyes(ExecutionResult result, boolean withData) {
        ExecutionResult shown = withData ? result : ExecutionResultImpl.newExecutionResult().errors(result.getErrors()).build();
        return new ExecutionResponse(shown).getExecutionResultAsString();
    }

    /** The body as a client reads it: UTF-8. */
    private static String written(ExecutionResult result, boolean withData) {
        return new String(ResponseJson.write(result, withData), StandardCharsets.UTF_8);
    }

    private static void sameAsSmallRye(ExecutionResult result) {
        assertEquals(smallRyes(result, true), written(result, true));
        assertEquals(smallRyes(result, false), written(result, false));
    }

    enum Status {
        HELD
    }

    @Test
    void dataOfEveryKindOfValue() {
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("title", "Akazawa \"and\" Bessent\\ in Washington\n\ttab\r\b\f \u007f");
        meeting.put("place", "東京 — 北京 🙂 </script>");
        meeting.put("status", Status.HELD);
        meeting.put("rounds", 7);
        meeting.put("short", (short) 3);
        meeting.put("count", 12_345_678_901L);
        meeting.put("rate", 0.15);
        meeting.put("large", 1.0E10);
        meeting.put("small", 2.5E-7);
        meeting.put("float", 24.1f);
        meeting.put("amount", new BigDecimal("550000000000"));
        meeting.put("scaled", new BigDecimal("1.50"));
        meeting.put("big", new BigInteger("123456789012345678901234567890"));
        meeting.put("held", true);
        meeting.put("cancelled", false);
        meeting.put("summary", null);
        meeting.put("aliases", List.of("Akazawa", "Akasawa"));
        meeting.put("empty", List.of());
        meeting.put("nothing", Map.of());
        meeting.put("json", jakarta.json.Json.createObjectBuilder().add("k", "v").add("n", 1).build());
        meeting.put("nested", Arrays.asList(Map.of("a", List.of(1, 2)), null, List.of(List.of("x"))));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("meeting", meeting);
        data.put("other", null);
        sameAsSmallRye(ExecutionResultImpl.newExecutionResult().data(data).build());
    }

    /** Other control characters are escaped in upper-case hex where SmallRye wrote lower case: the same string. */
    @Test
    void controlCharactersReadBackAsTheyWere() {
        String text = "a\u0001b\u001fc\u0000";
        String written = written(ExecutionResultImpl.newExecutionResult().data(Map.of("text", text)).build(), true);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(written))) {
            assertEquals(text, reader.readObject().getJsonObject("data").getString("text"));
        }
        assertEquals("{\"data\":{\"text\":\"a\\u0001b\\u001Fc\\u0000\"}}", written);
    }

    /**
     * Half a surrogate pair has no UTF-8 form: the answer is still written, with '?' in its place, byte for byte what
     * clients got when SmallRye's text was encoded for the wire.
     */
    @Test
    void unpairedSurrogatesAreWrittenAsBefore() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("high", "a\uD800b");
        data.put("low", "\uDC00");
        data.put("last", "z\uD83D");
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().data(data)
                .addError(new CodedError(ErrorCode.BAD_USER_INPUT, "'\uD800x' is not a country code")).build();
        assertArrayEquals(smallRyes(result, true).getBytes(StandardCharsets.UTF_8), ResponseJson.write(result, true));
        assertArrayEquals(smallRyes(result, false).getBytes(StandardCharsets.UTF_8), ResponseJson.write(result, false));
        assertTrue(written(result, false).startsWith("{\"errors\":[{\"message\":\"'?x' is not a country code\""),
                written(result, false));
    }

    @Test
    void nullDataAndNoData() {
        sameAsSmallRye(ExecutionResultImpl.newExecutionResult().data(null).build());
        Map<String, Object> nullRoot = new LinkedHashMap<>();
        nullRoot.put("meeting", null);
        sameAsSmallRye(ExecutionResultImpl.newExecutionResult().data(nullRoot).build());
    }

    @Test
    void errorsBeforeDataWithTheirCodesPathsAndLocations() {
        List<graphql.GraphQLError> errors = new ArrayList<>();
        errors.add(new CodedError(ErrorCode.LIMIT_EXCEEDED, "The query is too deep: 13 levels, at most 12."));
        errors.add(GraphqlErrorBuilder.newError().message("Not found: \"m-9\"")
                .path(ResultPath.parse("/meeting/participants/0")).location(new SourceLocation(3, 7))
                .extensions(Map.of("code", "NOT_FOUND")).build());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("meeting", null);
        sameAsSmallRye(ExecutionResultImpl.newExecutionResult().data(data).errors(errors).build());
        sameAsSmallRye(ExecutionResultImpl.newExecutionResult().errors(errors).build());
    }

    @Test
    void extensionsAfterData() {
        Map<Object, Object> extensions = new LinkedHashMap<>();
        extensions.put("cost", Map.of("complexity", 42));
        extensions.put("warnings", List.of("slow"));
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().data(Map.of("countries", List.of()))
                .extensions(extensions).build();
        sameAsSmallRye(result);
    }
}

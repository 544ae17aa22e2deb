package org.tradetalks.edge;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.error.ExecutionErrorsService;
import io.smallrye.graphql.spi.config.Config;

/**
 * The JSON of a GraphQL response, written straight from graphql-java's result into the body. SmallRye's
 * {@link ExecutionResponse} first copies the whole answer into a jakarta.json tree and then writes the tree: a tenth of
 * the CPU time of the benchmark's nested query (docs/PERFORMANCE.md). The members, their order ({@code errors},
 * {@code data}, {@code extensions}) and the numbers' forms are SmallRye's; so are the errors themselves, which
 * SmallRye's error service writes with the configured extension fields (they are few, and rare). Written as UTF-8
 * bytes, what goes on the wire and into the response cache: text would be encoded again for every answer and hit.
 */
final class ResponseJson {

    /** Characters beyond the BMP (emoji) as their four UTF-8 bytes, as SmallRye wrote them, not as escaped pairs. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    private static final ExecutionErrorsService ERRORS = new ExecutionErrorsService();

    private ResponseJson() {
    }

    /** The response of {@code result}; its errors alone when {@code withData} is false (a request error). */
    static byte[] write(ExecutionResult result, boolean withData) {
        if (Config.get().isExcludeNullFieldsInResponses()) {
            // SmallRye's setting that leaves out null fields, except where an error points: its own writer knows how.
            return new ExecutionResponse(withData ? result : withoutData(result)).getExecutionResultAsString()
                    .getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayBuilder out = new ByteArrayBuilder(4096);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            response(json, result, withData);
        } catch (JsonGenerationException unpairedSurrogate) {
            // A string with half a surrogate pair (a JSON escape of a lone surrogate in a client's variables, echoed in
            // an error or stored by a mutation) has no UTF-8 form, and the UTF-8 generator refuses it. Written as text,
            // whose UTF-8 encoding puts '?' in its place, the answer is the one clients got before it was bytes.
            return asText(result, withData).getBytes(StandardCharsets.UTF_8);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return out.toByteArray();
    }

    private static String asText(ExecutionResult result, boolean withData) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            response(json, result, withData);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return out.toString();
    }

    private static void response(JsonGenerator json, ExecutionResult result, boolean withData) throws IOException {
        json.writeStartObject();
        List<GraphQLError> errors = result.getErrors();
        if (errors != null && !errors.isEmpty()) {
            json.writeFieldName("errors");
            json.writeRawValue(ERRORS.toJsonErrors(errors).toString());
        }
        if (withData && result.isDataPresent()) {
            json.writeFieldName("data");
            value(json, result.getData());
        }
        Map<Object, Object> extensions = result.getExtensions();
        if (withData && extensions != null) {
            json.writeFieldName("extensions");
            json.writeStartObject();
            for (Map.Entry<Object, Object> extension : extensions.entrySet()) {
                if (extension.getKey() instanceof String name) {
                    json.writeFieldName(name);
                    value(json, extension.getValue());
                }
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static ExecutionResult withoutData(ExecutionResult result) {
        return graphql.ExecutionResultImpl.newExecutionResult().errors(result.getErrors()).build();
    }

    /** The values graphql-java's results hold: maps, lists, the scalars' Java forms, and enum values. */
    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Map<?, ?> object) {
            json.writeStartObject();
            for (Map.Entry<?, ?> member : object.entrySet()) {
                json.writeFieldName(String.valueOf(member.getKey()));
                value(json, member.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            // As jakarta.json writes a double (SmallRye's writer): 1.0E+10, not Java's 1.0E10.
            json.writeNumber(BigDecimal.valueOf(number).toString());
        } else if (value instanceof Float number) {
            json.writeNumber(new BigDecimal(String.valueOf(number)).toString());
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number.toString());
        } else if (value instanceof BigInteger number) {
            json.writeNumber(number);
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else if (value instanceof jakarta.json.JsonValue written) {
            // A scalar that hands graphql-java JSON (SmallRye writes it as it is).
            json.writeRawValue(written.toString());
        } else {
            // The scalars' coercings hand graphql-java nothing else; a value of another kind is written as its text.
            json.writeString(value.toString());
        }
    }
}

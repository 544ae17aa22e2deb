package org.tradetalks.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/** A GraphQL error as the client sees it: a message, where it happened, and {@code extensions.code}. */
public final class CodedError implements GraphQLError {

    private final String message;
    private final List<SourceLocation> locations;
    private final List<Object> path;
    private final ErrorCode code;

    /** An error raised before execution, tied to no field. */
    public CodedError(ErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    /** An error at these places of the document, or of the response ({@code path}, null when none). */
    public CodedError(ErrorCode code, String message, List<SourceLocation> locations, List<Object> path) {
        this.message = message;
        this.locations = locations == null ? List.of() : locations;
        this.path = path;
        this.code = code;
    }

    CodedError(GraphQLError original, ErrorCode code, String message) {
        this(code, message, original.getLocations(), original.getPath());
    }

    public ErrorCode code() {
        return code;
    }

    @Override
    public String getMessage() {
        return message;
    }

    /** Null rather than empty when the error is tied to no place in the document: clients then get no "locations". */
    @Override
    public List<SourceLocation> getLocations() {
        return locations.isEmpty() ? null : locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorClassification.errorClassification(code.name());
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        return extensions;
    }
}

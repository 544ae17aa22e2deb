package org.tradetalks.error;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.InvalidJwtException;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphQLException;
import graphql.InvalidSyntaxError;
import graphql.execution.AbortExecutionException;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import io.smallrye.graphql.validation.BeanValidationError;

/**
 * The one place where errors get their {@code extensions.code} and a message fit for clients. Errors the server did
 * not foresee are logged with their stack trace and reach the client only as "Internal server error": no exception
 * name, stack trace or SQL ever leaves the service.
 */
public final class ErrorCodes {

    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);

    private ErrorCodes() {
    }

    /**
     * Every error coded, without the errors that only repeat another's consequence; {@code schema} (may be null) names
     * what a value of the wrong type should have been.
     */
    public static List<GraphQLError> coded(List<GraphQLError> errors, GraphQLSchema schema) {
        return errors.stream()
                .filter(error -> !isConsequence(error, errors))
                .map(error -> coded(error, schema))
                .collect(Collectors.toList());
    }

    /**
     * A non-null field left null because its arguments were refused is reported twice: once for the argument, once for
     * the null. The client needs only the first.
     */
    private static boolean isConsequence(GraphQLError error, List<GraphQLError> all) {
        return error instanceof NonNullableFieldWasNullError && all.stream().anyMatch(other -> other != error
                && !(other instanceof NonNullableFieldWasNullError) && (other.getPath() == null
                        || error.getPath() == null || other.getPath().isEmpty()
                        || other.getPath().equals(error.getPath())));
    }

    public static GraphQLError coded(GraphQLError error, GraphQLSchema schema) {
        if (error instanceof CodedError) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(error, fetching.getException());
        }
        if (error instanceof InvalidSyntaxError) {
            return new CodedError(error, ErrorCode.GRAPHQL_PARSE_FAILED, EngineMessages.clean(error.getMessage()));
        }
        if (error instanceof ValidationError) {
            return new CodedError(error, ErrorCode.GRAPHQL_VALIDATION_FAILED, EngineMessages.clean(error.getMessage(), schema));
        }
        if (error instanceof AbortExecutionException) {
            return new CodedError(error, ErrorCode.LIMIT_EXCEEDED, error.getMessage());
        }
        if (error instanceof BeanValidationError invalid) {
            return new CodedError(error, ErrorCode.BAD_USER_INPUT, InputPaths.describe(invalid));
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            // graphql-java's coercion errors of variables and arguments (CoercingParseValueException and the like)
            return new CodedError(error, ErrorCode.BAD_USER_INPUT, EngineMessages.clean(error.getMessage(), schema));
        }
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return new CodedError(error, ErrorCode.GRAPHQL_PARSE_FAILED, EngineMessages.clean(error.getMessage()));
        }
        LOG.errorf("Unmapped GraphQL error %s: %s", error.getClass().getName(), error.getMessage());
        return internal(error);
    }

    /** The coded error for an exception thrown while resolving the field {@code error} is about. */
    public static CodedError fromException(GraphQLError error, Throwable thrown) {
        Throwable cause = unwrap(thrown);
        Optional<ApiException> api = find(cause, ApiException.class);
        if (api.isPresent()) {
            return new CodedError(error, api.get().code(), api.get().getMessage());
        }
        Optional<ConstraintViolationException> invalid = find(cause, ConstraintViolationException.class);
        if (invalid.isPresent()) {
            String message = invalid.get().getConstraintViolations().stream()
                    .map(violation -> InputPaths.describe(violation.getPropertyPath()) + ": " + violation.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            return new CodedError(error, ErrorCode.BAD_USER_INPUT, message);
        }
        Optional<AuthenticationFailedException> badToken = find(cause, AuthenticationFailedException.class);
        if (badToken.isPresent()) {
            return new CodedError(error, ErrorCode.UNAUTHENTICATED, badTokenMessage(badToken.get()));
        }
        if (find(cause, UnauthorizedException.class).isPresent()) {
            return new CodedError(error, ErrorCode.UNAUTHENTICATED,
                    "Sign in first: changes need a valid bearer token of a user with the editor role.");
        }
        if (find(cause, ForbiddenException.class).isPresent()) {
            return new CodedError(error, ErrorCode.FORBIDDEN, "Your account may read but not change data: changes "
                    + "need the editor role.");
        }
        if (find(cause, OptimisticLockException.class).isPresent() || find(cause, StaleStateException.class).isPresent()) {
            return new CodedError(error, ErrorCode.CONFLICT,
                    "The record was changed by someone else since you read it; read it again and retry.");
        }
        Optional<GraphQLException> unreadable = find(cause, CoercingParseLiteralException.class).map(GraphQLException.class::cast)
                .or(() -> find(cause, CoercingParseValueException.class));
        if (unreadable.isPresent()) {
            return new CodedError(error, ErrorCode.BAD_USER_INPUT, "Invalid argument value: "
                    + EngineMessages.clean(unreadable.get().getMessage()));
        }
        if (cause instanceof AbstractDataFetcherException) {
            return new CodedError(error, ErrorCode.BAD_USER_INPUT, "Invalid argument value: " + EngineMessages.clean(error.getMessage()));
        }
        LOG.error("Unexpected error while resolving " + error.getPath(), cause);
        return internal(error);
    }

    /** Says whether the token expired or was refused otherwise, never why exactly (that helps only a forger). */
    private static String badTokenMessage(AuthenticationFailedException failure) {
        boolean expired = find(failure, InvalidJwtException.class).map(InvalidJwtException::hasExpired).orElse(false);
        return expired
                ? "Your bearer token has expired: sign in again for a new one (changes need the editor role)."
                : "Your bearer token is invalid (its signature, issuer or format was refused): sign in again for a "
                        + "valid one (changes need the editor role).";
    }

    public static CodedError internal(GraphQLError error) {
        return new CodedError(error, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error.");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    public static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        for (Throwable current = thrown; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return Optional.empty();
    }
}

package org.tradetalks.error;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;

import org.hibernate.StaleStateException;

import io.quarkus.arc.InjectableContext;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.execution.AbortExecutionException;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import io.smallrye.graphql.validation.BeanValidationError;

/**
 * Gives every error in a response a stable {@code extensions.code} and a message fit for clients.
 * Errors the server did not foresee are logged with their stack trace and reach the client only as
 * "Internal server error": no exception name, stack trace or SQL ever leaves the service.
 */
public class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(ErrorCodeInstrumentation.class);
    /** Where Quarkus's GraphQL handler puts the state of the request's CDI context. */
    static final String REQUEST_STATE = "state";
    private static final Pattern UNKNOWN_SCALAR = Pattern.compile("argument '([^']*)' with value .* is not a valid 'Unknown Scalar Type",
            Pattern.DOTALL);

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        boolean abandoned = abandoned(parameters);
        List<GraphQLError> errors = result.getErrors().stream()
                .filter(error -> !isConsequence(error, result.getErrors()))
                .map(error -> coded(error, abandoned))
                .collect(Collectors.toList());
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    /**
     * A non-null field left null because its arguments were refused is reported twice: once for the
     * argument, once for the null. The client needs only the first.
     */
    private static boolean isConsequence(GraphQLError error, List<GraphQLError> all) {
        return error instanceof NonNullableFieldWasNullError && all.stream().anyMatch(other -> other != error
                && !(other instanceof NonNullableFieldWasNullError) && (other.getPath() == null
                        || error.getPath() == null || other.getPath().isEmpty()
                        || other.getPath().equals(error.getPath())));
    }

    /**
     * Whether the HTTP request ended before its answer: the client closed the connection, and Quarkus then ended the
     * request's CDI context (its {@code state} in the GraphQL context) and closed the Hibernate session with it. The
     * resolvers still running fail on the closed session; nobody reads those errors, and they are no fault of the
     * service.
     */
    static boolean abandoned(InstrumentationExecutionParameters parameters) {
        return parameters.getGraphQLContext().get(REQUEST_STATE) instanceof InjectableContext.ContextState state
                && !state.isValid();
    }

    private GraphQLError coded(GraphQLError error, boolean abandoned) {
        if (error instanceof CodedError) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(error, fetching.getException(), abandoned);
        }
        if (error instanceof InvalidSyntaxError) {
            return new CodedError(error, ErrorCode.GRAPHQL_PARSE_FAILED, error.getMessage());
        }
        if (error instanceof ValidationError) {
            return new CodedError(error, ErrorCode.GRAPHQL_VALIDATION_FAILED, withoutTypeNames(error.getMessage()));
        }
        if (error instanceof AbortExecutionException) {
            return new CodedError(error, ErrorCode.LIMIT_EXCEEDED, error.getMessage());
        }
        if (error instanceof BeanValidationError invalid) {
            return new CodedError(error, ErrorCode.BAD_USER_INPUT, describe(invalid));
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            return new CodedError(error, ErrorCode.BAD_USER_INPUT, withoutTypeNames(error.getMessage()));
        }
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return new CodedError(error, ErrorCode.GRAPHQL_PARSE_FAILED, error.getMessage());
        }
        LOG.errorf("Unmapped GraphQL error %s: %s", error.getClass().getName(), error.getMessage());
        return internal(error);
    }

    private GraphQLError fromException(GraphQLError error, Throwable thrown, boolean abandoned) {
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
        if (find(cause, UnauthorizedException.class).isPresent() || find(cause, AuthenticationFailedException.class).isPresent()) {
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
        if (cause instanceof AbstractDataFetcherException) {
            return new CodedError(error, ErrorCode.BAD_USER_INPUT, "Invalid argument value: " + error.getMessage());
        }
        if (abandoned) {
            LOG.debugf("The client left before the answer; while resolving %s: %s", error.getPath(), cause);
        } else {
            LOG.error("Unexpected error while resolving " + error.getPath(), cause);
        }
        return internal(error);
    }

    /**
     * An input object whose scalar (a date, a number) could not be read is reported by the engine as
     * "argument 'input' with value '…' is not a valid 'Unknown Scalar Type [org.tradetalks.….MeetingInput]'":
     * say which argument is wrong, without the Java class name.
     */
    static String withoutTypeNames(String message) {
        Matcher unreadable = UNKNOWN_SCALAR.matcher(message);
        if (unreadable.find()) {
            return "argument '" + unreadable.group(1) + "' has an invalid value: a date, number or other value inside it "
                    + "could not be read (dates are YYYY-MM-DD, numbers are plain decimals).";
        }
        return message;
    }

    /** "input.ratePercent: must be a percentage between 0 and 1000", one clause per violation. */
    @SuppressWarnings("unchecked")
    private static String describe(BeanValidationError invalid) {
        Object violations = invalid.getExtensions().get("violations");
        if (!(violations instanceof List<?> list)) {
            return invalid.getMessage();
        }
        return list.stream().map(item -> (java.util.Map<String, Object>) item).map(violation -> {
            List<String> path = (List<String>) violation.get("propertyPath");
            String field = path == null || path.size() < 2 ? "input" : field(path.subList(1, path.size()));
            return field + ": " + violation.get("message");
        }).sorted().collect(Collectors.joining("; "));
    }

    /** "input.topics[0]" for the path [input, topics, 0, &lt;list element&gt;]: indexes in brackets, no node-kind names. */
    private static String field(List<String> path) {
        StringBuilder field = new StringBuilder();
        for (String segment : path) {
            if (segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
                field.append('[').append(segment).append(']');
            } else if (!(segment.startsWith("<") && segment.endsWith(">"))) {
                field.append(field.length() == 0 ? "" : ".").append(segment);
            }
        }
        return field.length() == 0 ? "input" : field.toString();
    }

    private static GraphQLError internal(GraphQLError error) {
        return new CodedError(error, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error.");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
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

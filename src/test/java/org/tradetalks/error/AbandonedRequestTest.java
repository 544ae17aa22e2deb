package org.tradetalks.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradetalks.support.LogCapture;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.arc.InjectableContext;

/**
 * A client that closes the connection before its answer ends the request, and Quarkus closes the request's
 * Hibernate session while resolvers still run. Their failures are logged, but not as errors of the service: an
 * operator paged for them could do nothing.
 */
class AbandonedRequestTest {

    /** The instrumentation's log, kept off the console: the ERROR provoked here is no fault of the build. */
    private LogCapture log;

    @BeforeEach
    void captureTheLog() {
        log = LogCapture.of(ErrorCodeInstrumentation.class.getName());
    }

    @AfterEach
    void releaseTheLog() {
        log.close();
    }

    @Test
    void aResolverFailingAfterTheClientLeftIsLoggedAtDebugLevel() {
        GraphQLError coded = onlyError(resultOfRequestWhoseContextIs(false));

        assertEquals("INTERNAL_SERVER_ERROR", coded.getExtensions().get("code"));
        assertEquals(List.of(), log.at(Level.SEVERE), "no ERROR for a request nobody waits for");
        assertEquals(1, log.at(Level.FINE).size(), "the failure is still there at DEBUG level");
        assertTrue(log.contains(Level.FINE, "Session/EntityManager is closed"), "DEBUG line: " + messages());
    }

    @Test
    void theSameFailureWhileTheClientWaitsIsAnError() {
        GraphQLError coded = onlyError(resultOfRequestWhoseContextIs(true));

        assertEquals("INTERNAL_SERVER_ERROR", coded.getExtensions().get("code"));
        assertEquals("Internal server error.", coded.getMessage());
        List<LogRecord> errors = log.at(Level.SEVERE);
        assertEquals(1, errors.size());
        assertEquals("Unexpected error while resolving [meetings]", LogCapture.message(errors.get(0)));
        assertEquals("Session/EntityManager is closed", errors.get(0).getThrown().getMessage(),
                "the stack trace of the cause goes to the log");
    }

    @Test
    void anOperationWithoutRequestContextStateIsNotAbandoned() {
        InstrumentationExecutionParameters parameters = new InstrumentationExecutionParameters(
                ExecutionInput.newExecutionInput("{ meetings { totalCount } }").build(), null);
        assertEquals(false, ErrorCodeInstrumentation.abandoned(parameters));
    }

    private GraphQLError onlyError(InstrumentationExecutionParameters parameters) {
        ExecutionResult failed = ExecutionResultImpl.newExecutionResult()
                .addError(new ExceptionWhileDataFetching(ResultPath.rootPath().segment("meetings"),
                        new IllegalStateException("Session/EntityManager is closed"), null))
                .build();
        ExecutionResult coded = new ErrorCodeInstrumentation().instrumentExecutionResult(failed, parameters, null).join();
        assertEquals(1, coded.getErrors().size());
        return coded.getErrors().get(0);
    }

    private static InstrumentationExecutionParameters resultOfRequestWhoseContextIs(boolean valid) {
        InjectableContext.ContextState state = new InjectableContext.ContextState() {
            @Override
            public Map<io.quarkus.arc.InjectableBean<?>, Object> getContextualInstances() {
                return Map.of();
            }

            @Override
            public boolean isValid() {
                return valid;
            }
        };
        ExecutionInput input = ExecutionInput.newExecutionInput("{ meetings { totalCount } }")
                .graphQLContext(Map.of(ErrorCodeInstrumentation.REQUEST_STATE, state))
                .build();
        return new InstrumentationExecutionParameters(input, null);
    }

    private List<String> messages() {
        return log.records().stream().map(LogCapture::message).toList();
    }
}

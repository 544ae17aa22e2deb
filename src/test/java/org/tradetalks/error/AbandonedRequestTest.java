package org.tradetalks.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(ErrorCodeInstrumentation.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level levelBefore;

    @BeforeEach
    void captureTheLog() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        logger.removeHandler(capture);
        logger.setLevel(levelBefore);
    }

    @Test
    void aResolverFailingAfterTheClientLeftIsLoggedAtDebugLevel() {
        GraphQLError coded = onlyError(resultOfRequestWhoseContextIs(false));

        assertEquals("INTERNAL_SERVER_ERROR", coded.getExtensions().get("code"));
        assertEquals(List.of(), levels(Level.SEVERE), "no ERROR for a request nobody waits for");
        assertEquals(1, levels(Level.FINE).size(), "the failure is still there at DEBUG level");
    }

    @Test
    void theSameFailureWhileTheClientWaitsIsAnError() {
        GraphQLError coded = onlyError(resultOfRequestWhoseContextIs(true));

        assertEquals("INTERNAL_SERVER_ERROR", coded.getExtensions().get("code"));
        assertEquals("Internal server error.", coded.getMessage());
        assertEquals(1, levels(Level.SEVERE).size());
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

    private List<Level> levels(Level level) {
        return logged.stream().map(LogRecord::getLevel).filter(level::equals).toList();
    }
}

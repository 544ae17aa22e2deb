package org.tradetalks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.smallrye.graphql.execution.QueryCache;

/**
 * The engine's instrumentation chain (SmallRye's, then the service's) drops per-field events: only safe while nothing
 * in it listens to them.
 */
class EngineSetupTest {

    @Test
    void noChainedInstrumentationOverridesTheHooksTheChainDrops() {
        Instrumentation smallRyes = new ChainedInstrumentation(List.of(new QueryCache()));
        List<Instrumentation> chained = GraphQLEngineSetup.instrumentation(GraphQLEngineSetup.instrumentations(smallRyes),
                new DirectFetch()).getInstrumentations();
        assertEquals(List.of("QueryCache", "ErrorCodeInstrumentation"),
                chained.stream().map(i -> i.getClass().getSimpleName()).toList());
        assertEquals(List.of(), overridersOfDroppedHooks(chained));
    }

    @Test
    void anInstrumentationListeningToFieldsOrSwappingFetchersWouldBeCaught() {
        assertEquals(List.of("FieldWatcher.beginFieldFetching", "FetcherSwapper.instrumentDataFetcher"),
                overridersOfDroppedHooks(List.of(new FieldWatcher(), new SimplePerformantInstrumentation(),
                        new FetcherSwapper())));
    }

    private static List<String> overridersOfDroppedHooks(List<Instrumentation> instrumentations) {
        List<String> listening = new ArrayList<>();
        for (Instrumentation instrumentation : instrumentations) {
            for (Method method : instrumentation.getClass().getMethods()) {
                if (OperationInstrumentation.DROPPED_HOOKS.contains(method.getName())
                        && method.getDeclaringClass() != SimplePerformantInstrumentation.class
                        && method.getDeclaringClass() != SimpleInstrumentation.class
                        && method.getDeclaringClass() != Instrumentation.class) {
                    listening.add(instrumentation.getClass().getSimpleName() + "." + method.getName());
                }
            }
        }
        return listening;
    }

    static class FetcherSwapper extends SimplePerformantInstrumentation {
        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
                InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
            return environment -> "swapped";
        }
    }

    static class FieldWatcher extends SimplePerformantInstrumentation {
        @Override
        public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            return null;
        }
    }
}

package org.tradetalks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradetalks.limits.QueryLimits;

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

    private static final QueryLimits LIMITS = new QueryLimits() {
        public int maxDepth() { return 12; }
        public int maxComplexity() { return 20000; }
        public int maxPageSize() { return 100; }
        public int maxQueryLength() { return 20000; }
        public int maxAliases() { return 30; }
        public int maxOperations() { return 5; }
    };

    @Test
    void noChainedInstrumentationOverridesTheHooksTheChainDrops() {
        Instrumentation smallRyes = new ChainedInstrumentation(List.of(new QueryCache()));
        List<Instrumentation> chained = GraphQLEngineSetup.instrumentation(LIMITS, smallRyes).getInstrumentations();
        assertEquals(List.of("QueryCache", "IntRange", "DepthLimit", "ComplexityLimit", "ErrorCodeInstrumentation"),
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

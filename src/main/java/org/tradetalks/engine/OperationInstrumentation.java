package org.tradetalks.engine;

import java.util.List;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

/**
 * The service's instrumentations, chained, without the per-field hooks. None of them watches a single field's
 * execution: they check the operation and code the errors. graphql-java raises five events for every field of a
 * response and asks for its data fetcher, and a plain chain relays each to every instrumentation and allocates a
 * context for it, which was a tenth of the CPU time of a nested query (src/bench/run.sh). Data fetchers are chosen
 * by {@link DirectFetch} alone. {@code EngineSetupTest} fails when a chained instrumentation starts to override one of
 * the hooks this chain drops. Each execution gets the data loaders its fields use ({@link LoadersInUse}).
 */
final class OperationInstrumentation extends ChainedInstrumentation {

    /** The hooks graphql-java calls per object or field, which this chain does not relay. */
    static final List<String> DROPPED_HOOKS = List.of("beginExecuteObject", "beginFieldExecution", "beginFieldFetch",
            "beginFieldFetching", "beginFieldCompletion", "beginFieldListCompletion", "instrumentDataFetcher");

    private final DirectFetch fetchers;

    OperationInstrumentation(List<Instrumentation> instrumentations, DirectFetch fetchers) {
        super(instrumentations);
        this.fetchers = fetchers;
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return LoadersInUse.of(super.instrumentExecutionInput(input, parameters, state));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return fetchers.fetcherFor(dataFetcher, parameters);
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    @SuppressWarnings("deprecation")
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }
}

package org.tradetalks.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dataloader.DataLoader;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * Hands each parent of a batched field ({@code @Source List<Parent>} resolvers) straight to the field's data loader.
 * SmallRye's own fetcher does that too, but first, for every single parent, rebuilds its request context (cloning
 * it, formatting the path and serialising the field's whole sub-selection to JSON), starts a timer and wraps the
 * result in a context-propagating Mutiny pipeline. In a nested list response that was a third of the CPU time of
 * the request (measured with src/bench/run.sh); the batch itself, run once per level, still goes through SmallRye
 * (context, request scope, the resolver method), so nothing the resolvers see changes.
 *
 * <p>Only batched fields without arguments take this path: SmallRye passes the first parent's arguments to the
 * whole batch, which this keeps as it is by leaving such fields to SmallRye's fetcher.
 */
final class DirectBatchFetch extends SimplePerformantInstrumentation {

    /** The direct fetcher for each SmallRye batch fetcher, or the fetcher itself where it cannot be replaced. */
    private final Map<DataFetcher<?>, DataFetcher<?>> fetchers = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(dataFetcher instanceof BatchDataFetcher)) {
            return dataFetcher;
        }
        return fetchers.computeIfAbsent(dataFetcher, original -> directOrOriginal(original, parameters.getEnvironment()));
    }

    private static DataFetcher<?> directOrOriginal(DataFetcher<?> original, DataFetchingEnvironment environment) {
        if (!environment.getFieldDefinition().getArguments().isEmpty()) {
            return original;
        }
        // SmallRye registers one data loader per batched field, named "ParentType_field" (BatchLoaderHelper.getName).
        String loaderName = environment.getExecutionStepInfo().getObjectType().getName() + "_"
                + environment.getFieldDefinition().getName();
        if (environment.getDataLoader(loaderName) == null) {
            return original;
        }
        return new Direct(loaderName);
    }

    private record Direct(String loaderName) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) {
            DataLoader<Object, Object> loader = environment.getDataLoader(loaderName);
            // The key context SmallRye's batch loader reads: the (no) arguments and the environment it builds its
            // context from.
            return loader.load(environment.getSource(), Map.of(BatchLoaderHelper.ARGUMENTS, List.of(),
                    BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment));
        }
    }
}

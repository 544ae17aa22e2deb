package org.tradetalks.engine;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.ResultPath;

/**
 * graphql-java's strategy for queries, except that the value a root resolver returned is completed, with everything
 * below it, by {@link TreeCompletion} where it can be: when every field under the root field reads a property of its
 * parent or calls a batched resolver without arguments, graphql-java's machinery per field (its execution step,
 * result path, future and instrumentation events for every single value, its data loaders' dispatch level by level)
 * does nothing such a tree needs, and it was most of the CPU time of a nested list query (src/bench/ab.sh). The root
 * resolvers themselves, every other tree, and any tree whose completion meets anything unexpected (an error, a null
 * where the schema promises a value) stay with graphql-java, which answers them exactly as before.
 *
 * <p>Only requests run on one worker thread ({@code runBlocking}, the HTTP edge's) take that path, as for
 * {@link DirectFetch}'s batches; subscriptions and mutations have strategies of their own.
 */
final class QueryStrategy extends AsyncExecutionStrategy {

    private final DirectFetch fetchers;
    private final EnumNames enumNames = new EnumNames();

    QueryStrategy(DataFetcherExceptionHandler exceptions, DirectFetch fetchers) {
        super(exceptions);
        this.fetchers = fetchers;
    }

    @Override
    protected FieldValueInfo completeValue(ExecutionContext execution, ExecutionStrategyParameters parameters) {
        ResultPath path = parameters.getPath();
        if (path.isNamedSegment() && path.getParent().isRootPath() && !execution.hasIncrementalSupport()
                && Boolean.TRUE.equals(execution.getGraphQLContext().get(RequestScope.RUN_BLOCKING))
                && !Boolean.TRUE.equals(execution.getGraphQLContext().get(RequestScope.FIELD_BY_FIELD))) {
            FieldValueInfo completed = new TreeCompletion(execution, fetchers, enumNames).complete(parameters);
            if (completed != null) {
                return completed;
            }
        }
        return super.completeValue(execution, parameters);
    }
}

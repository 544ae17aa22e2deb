package org.tradetalks.limits;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

/** Refuses a query nested deeper than the configured maximum, before any field is resolved. */
public class DepthLimit extends MaxQueryDepthInstrumentation {

    public DepthLimit(int maxDepth) {
        super(maxDepth);
    }

    @Override
    protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return new AbortExecutionException("Query depth " + depth + " exceeds the maximum depth of " + maxDepth
                + " (trade-talks.limits.max-depth).");
    }
}

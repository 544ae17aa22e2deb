package org.tradetalks.limits;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;

/**
 * Refuses a query whose estimated cost (see {@link ListAwareComplexity}) is over the configured maximum,
 * before any field is resolved.
 */
public class ComplexityLimit extends MaxQueryComplexityInstrumentation {

    public ComplexityLimit(int maxComplexity, int defaultPageSize) {
        super(maxComplexity, new ListAwareComplexity(defaultPageSize));
    }

    @Override
    protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
        return new AbortExecutionException("Query complexity " + complexity + " exceeds the maximum complexity of "
                + maxComplexity + " (trade-talks.limits.max-complexity).");
    }
}

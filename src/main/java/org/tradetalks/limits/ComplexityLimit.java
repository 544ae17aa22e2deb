package org.tradetalks.limits;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;

/** Refuses a query that selects more fields than the configured maximum, before any field is resolved. */
public class ComplexityLimit extends MaxQueryComplexityInstrumentation {

    public ComplexityLimit(int maxComplexity) {
        super(maxComplexity);
    }

    @Override
    protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
        return new AbortExecutionException("Query complexity " + complexity + " exceeds the maximum complexity of "
                + maxComplexity + " (trade-talks.limits.max-complexity).");
    }
}

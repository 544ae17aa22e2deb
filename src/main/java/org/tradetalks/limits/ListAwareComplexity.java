package org.tradetalks.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;

/**
 * Estimates how much work a field costs: one, plus its selections once per item it is expected to return.
 * Counting each field once would let a short query that walks a cycle (countries → meetings →
 * participants → meetings → …) fan out exponentially while staying "small"; weighting lists by their
 * expected length makes such a query expensive, as it is.
 */
final class ListAwareComplexity implements FieldComplexityCalculator {

    /** Expected items of a nested list that has no page size, e.g. a meeting's participants. */
    static final int NESTED_LIST_ITEMS = 5;

    private final int defaultPageSize;

    ListAwareComplexity(int defaultPageSize) {
        this.defaultPageSize = defaultPageSize;
    }

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        if (!isList(environment.getFieldDefinition().getType())) {
            return 1 + childComplexity;
        }
        long cost = 1 + (long) expectedItems(environment) * childComplexity;
        return (int) Math.min(Integer.MAX_VALUE / 2, cost);
    }

    /** A list's {@code first} argument, the {@code first} of the connection an {@code edges} list belongs to, or a default. */
    private int expectedItems(FieldComplexityEnvironment environment) {
        Object first = environment.getArguments().get("first");
        if (first == null && "edges".equals(environment.getField().getName()) && environment.getParentEnvironment() != null) {
            first = environment.getParentEnvironment().getArguments().get("first");
            if (first == null) {
                return defaultPageSize;
            }
        }
        return first instanceof Number number ? Math.max(1, number.intValue()) : NESTED_LIST_ITEMS;
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return unwrapped instanceof GraphQLList;
    }
}

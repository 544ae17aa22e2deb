package org.tradetalks.limits;

import java.util.ArrayList;
import java.util.List;

import org.tradetalks.error.CodedError;
import org.tradetalks.error.ErrorCode;

import graphql.GraphQLError;

/** Compares a document's {@link Pricing.Price} with the configured {@link QueryLimits}: one error per limit exceeded. */
public final class Limits {

    private final QueryLimits limits;

    public Limits(QueryLimits limits) {
        this.limits = limits;
    }

    public QueryLimits configured() {
        return limits;
    }

    /** Why the query text is refused before parsing, if it is. */
    public List<GraphQLError> refuseText(String query) {
        if (query.length() > limits.maxQueryLength()) {
            return List.of(exceeded("The query is " + query.length() + " characters long; the maximum query length is "
                    + limits.maxQueryLength() + " (trade-talks.limits.max-query-length)."));
        }
        return List.of();
    }

    /** The errors that refuse a document of this price, or none. */
    public List<GraphQLError> refusePrice(Pricing.Price price) {
        List<GraphQLError> errors = new ArrayList<>();
        if (price.duplicateFragment() != null) {
            errors.add(new CodedError(ErrorCode.GRAPHQL_VALIDATION_FAILED,
                    "There can be only one fragment named '" + price.duplicateFragment() + "'."));
            return errors;
        }
        if (!price.cycle().isEmpty()) {
            errors.add(exceeded("The fragments " + String.join(", ", price.cycle()) + " spread each other in a cycle, "
                    + "which would never end; a fragment may not spread itself, directly or through others."));
            return errors;
        }
        if (price.operations() > limits.maxOperations()) {
            errors.add(exceeded("The document holds " + price.operations() + " operations; the maximum is "
                    + limits.maxOperations() + " (trade-talks.limits.max-operations)."));
        }
        if (price.aliases() > limits.maxAliases()) {
            errors.add(exceeded("The document uses " + price.aliases() + " aliases; the maximum is " + limits.maxAliases()
                    + " (trade-talks.limits.max-aliases)."));
        }
        if (price.directives() > limits.maxDirectives()) {
            errors.add(exceeded("The document uses " + price.directives() + " directives; the maximum is "
                    + limits.maxDirectives() + " (trade-talks.limits.max-directives)."));
        }
        if (price.depth() > limits.maxDepth()) {
            errors.add(exceeded("Query depth " + price.depth() + " exceeds the maximum depth of " + limits.maxDepth()
                    + " (trade-talks.limits.max-depth)."));
        }
        if (price.cost() > limits.maxComplexity()) {
            errors.add(exceeded("Query complexity " + shown(price.cost()) + " exceeds the maximum complexity of "
                    + limits.maxComplexity() + " (trade-talks.limits.max-complexity): each field counts once for every "
                    + "item of the lists around it, fragments included; ask for smaller pages or fewer nested lists."));
        }
        if (price.introspectionDepth() > limits.maxIntrospectionDepth()) {
            errors.add(exceeded("Introspection depth " + price.introspectionDepth() + " exceeds the maximum introspection "
                    + "depth of " + limits.maxIntrospectionDepth() + " (trade-talks.limits.max-introspection-depth)."));
        }
        if (price.introspectionCost() > limits.maxIntrospectionComplexity()) {
            errors.add(exceeded("Introspection complexity " + shown(price.introspectionCost()) + " exceeds the maximum "
                    + "introspection complexity of " + limits.maxIntrospectionComplexity()
                    + " (trade-talks.limits.max-introspection-complexity)."));
        }
        for (String problem : price.literalProblems()) {
            errors.add(new CodedError(ErrorCode.BAD_USER_INPUT, problem));
        }
        return errors;
    }

    private static String shown(long cost) {
        return cost >= Pricing.CAP ? "over " + Pricing.CAP : Long.toString(cost);
    }

    private static CodedError exceeded(String message) {
        return new CodedError(ErrorCode.LIMIT_EXCEEDED, message);
    }
}

package org.tradetalks.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldArgumentValueEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;
import graphql.ExecutionResult;
import org.tradetalks.error.CodedError;
import org.tradetalks.error.ErrorCode;

/**
 * Refuses an {@code Int} outside the 32-bit range GraphQL defines, written in the query or sent as a
 * variable. SmallRye GraphQL narrows such a value silently (2147483648 arrives as -2147483648, 4294967296
 * as 0), which would turn {@code first: 4294967298} into 2 and let a wrong version pass an optimistic-lock
 * check.
 */
final class IntRange extends SimplePerformantInstrumentation {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        List<String> problems = new ArrayList<>();
        Map<String, Object> variables = execution.getExecutionInput().getRawVariables().toMap();
        for (VariableDefinition definition : execution.getOperationDefinition().getVariableDefinitions()) {
            if (isInt(definition.getType()) && !fits(variables.get(definition.getName()))) {
                problems.add("Variable '$" + definition.getName() + "'");
            }
        }
        QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public TraversalControl visitArgumentValue(QueryVisitorFieldArgumentValueEnvironment environment) {
                        var input = environment.getArgumentInputValue();
                        if (input.getValue() instanceof IntValue literal
                                && GraphQLTypeUtil.unwrapAll(input.getInputType()).getName().equals("Int")
                                && (literal.getValue().compareTo(MIN) < 0 || literal.getValue().compareTo(MAX) > 0)) {
                            problems.add("Argument '" + input.getName() + "'");
                        }
                        return TraversalControl.CONTINUE;
                    }
                });
        if (!problems.isEmpty()) {
            throw new AbortExecutionException(List.of(new CodedError(ErrorCode.BAD_USER_INPUT, String.join(", ", problems)
                    + " is not an Int: an Int lies between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ".")));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static boolean isInt(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return isInt(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return isInt(list.getType());
        }
        return type instanceof TypeName name && name.getName().equals("Int");
    }

    /** Whole numbers must lie in range; anything else is left to the engine's own coercion errors. */
    private static boolean fits(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().allMatch(IntRange::fits);
        }
        if (!(value instanceof Number number)) {
            return true;
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        return decimal.compareTo(new BigDecimal(MIN)) >= 0 && decimal.compareTo(new BigDecimal(MAX)) <= 0;
    }
}

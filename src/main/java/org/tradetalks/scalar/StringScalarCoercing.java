package org.tradetalks.scalar;

import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import io.smallrye.graphql.api.CustomStringScalar;

/**
 * Reads and writes a string-based scalar of the service. The value class's constructor checks the text and throws an
 * {@link IllegalArgumentException} whose message is meant for the client; this coercing passes that message on as
 * graphql-java's coercing exception, unchanged. (SmallRye's own coercing for custom scalars reports "Unable to parse
 * literal: StringValue{value='…'}" instead, which names engine internals and drops the reason.)
 */
final class StringScalarCoercing<T extends CustomStringScalar> implements Coercing<T, String> {

    private final Class<T> type;
    private final Function<String, T> parse;
    private final Function<Object, String> problem;

    StringScalarCoercing(Class<T> type, Function<String, T> parse, Function<Object, String> problem) {
        this.type = type;
        this.parse = parse;
        this.problem = problem;
    }

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (type.isInstance(value)) {
            return type.cast(value).stringValueForSerialization();
        }
        if (value instanceof String text) {
            try {
                return parse.apply(text).stringValueForSerialization();
            } catch (IllegalArgumentException stored) {
                throw new CoercingSerializeException(stored.getMessage());
            }
        }
        throw new CoercingSerializeException(problem.apply(value));
    }

    @Override
    public T parseValue(Object input, GraphQLContext context, Locale locale) {
        if (type.isInstance(input)) {
            return type.cast(input);
        }
        if (!(input instanceof String text)) {
            throw new CoercingParseValueException(problem.apply(input));
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException refused) {
            throw new CoercingParseValueException(refused.getMessage());
        }
    }

    @Override
    public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (!(input instanceof StringValue text)) {
            throw new CoercingParseLiteralException(problem.apply(AstPrinter.printAst(input)));
        }
        try {
            return parse.apply(text.getValue());
        } catch (IllegalArgumentException refused) {
            throw new CoercingParseLiteralException(refused.getMessage());
        }
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.newStringValue(serialize(input, context, locale)).build();
    }
}

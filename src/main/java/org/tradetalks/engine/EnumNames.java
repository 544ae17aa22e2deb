package org.tradetalks.engine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;

/**
 * The names of enum values, as {@link GraphQLEnumType#serialize} gives them, from a map per enum type. graphql-java
 * finds a value's name by comparing it with each of the type's values in turn, on every value of a response: 2% of the
 * CPU time of the benchmark's nested query (async-profiler, PostgreSQL). Only Java enum constants are looked up, for
 * which graphql-java's first match is the first definition whose value equals them; every other value, and a constant
 * the map does not hold, is serialised by graphql-java, with its own conversions and errors.
 */
final class EnumNames {

    private final Map<GraphQLEnumType, Map<Object, String>> names = new ConcurrentHashMap<>();

    Object serialize(GraphQLEnumType type, Object value, GraphQLContext context, Locale locale) {
        String name = value instanceof Enum<?> ? names.computeIfAbsent(type, EnumNames::byValue).get(value) : null;
        return name != null ? name : type.serialize(value, context, locale);
    }

    /** Each value's name; where two definitions hold equal values, the first's, as graphql-java's search finds it. */
    private static Map<Object, String> byValue(GraphQLEnumType type) {
        Map<Object, String> byValue = new HashMap<>();
        for (GraphQLEnumValueDefinition definition : type.getValues()) {
            if (definition.getValue() != null) {
                byValue.putIfAbsent(definition.getValue(), definition.getName());
            }
        }
        return byValue;
    }
}

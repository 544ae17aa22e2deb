package org.tradetalks.engine;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Reads plain fields (a public getter or field of the parent object: {@code title}, {@code cursor}, {@code node},
 * {@code startDate}) straight from the object. SmallRye's own fetcher for such a field rebuilds its request context
 * for every single value: it clones the context, formats the result path and serialises the field's whole
 * sub-selection to JSON, twice. In a nested list response that is most of the CPU time of the request (measured
 * with src/bench/run.sh), and none of it is used by a plain field.
 *
 * <p>Only values that need no conversion take this path: objects, lists of them, enums and the scalars whose Java
 * values graphql-java writes as they are (String, ID, Int, Float, Boolean, BigDecimal, BigInteger, Long). Every
 * other field (dates, for instance), every resolver method of a {@code @GraphQLApi} class (batched or not) and
 * every field whose parent has no such getter or field keeps SmallRye's fetcher, with its formatting and adapters.
 */
final class DirectPropertyFetch extends SimplePerformantInstrumentation {

    private static final Set<String> PLAIN_SCALARS = Set.of("String", "ID", "Int", "Float", "Boolean", "BigDecimal",
            "BigInteger", "Long");

    /** The plain reader for each SmallRye field fetcher, or the fetcher itself where the field is not plain. */
    private final Map<DataFetcher<?>, DataFetcher<?>> fetchers = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(dataFetcher instanceof FieldDataFetcher)) {
            return dataFetcher;
        }
        return fetchers.computeIfAbsent(dataFetcher, original -> plainOrOriginal(original, parameters.getField()));
    }

    private static DataFetcher<?> plainOrOriginal(DataFetcher<?> original, GraphQLFieldDefinition field) {
        GraphQLOutputType type = (GraphQLOutputType) GraphQLTypeUtil.unwrapAll(field.getType());
        if (type instanceof GraphQLScalarType scalar && !PLAIN_SCALARS.contains(scalar.getName())) {
            return original;
        }
        return new PlainProperty(original, field.getName(), type instanceof GraphQLEnumType);
    }

    /** Reads one property by name from whatever class the parent object is, falling back to SmallRye's fetcher. */
    private static final class PlainProperty implements DataFetcher<Object> {

        private final DataFetcher<?> original;
        private final String name;
        private final boolean isEnum;
        private final ClassValue<Reader> readers = new ClassValue<>() {
            @Override
            protected Reader computeValue(Class<?> type) {
                return reader(type, name);
            }
        };

        PlainProperty(DataFetcher<?> original, String name, boolean isEnum) {
            this.original = original;
            this.name = name;
            this.isEnum = isEnum;
        }

        @Override
        public Object get(graphql.schema.DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            Reader reader = readers.get(source.getClass());
            if (reader == null) {
                return original.get(environment);
            }
            Object value = reader.read(source);
            if (isEnum && value != null && !(value instanceof Enum<?>)) {
                return original.get(environment);
            }
            return value;
        }
    }

    @FunctionalInterface
    private interface Reader {
        Object read(Object source) throws Exception;
    }

    /** A public no-argument getter (getX or isX), else a public field, else null. */
    private static Reader reader(Class<?> type, String name) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] { "get" + capitalised, "is" + capitalised }) {
            try {
                Method method = type.getMethod(candidate);
                if (!Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class) {
                    return source -> {
                        try {
                            return method.invoke(source);
                        } catch (InvocationTargetException failure) {
                            throw failure.getCause() instanceof Exception e ? e : failure;
                        }
                    };
                }
            } catch (NoSuchMethodException notThisOne) {
                // try the next
            }
        }
        try {
            Field field = type.getField(name);
            if (!Modifier.isStatic(field.getModifiers())) {
                return field::get;
            }
        } catch (NoSuchFieldException none) {
            // not a plain property
        }
        return null;
    }
}

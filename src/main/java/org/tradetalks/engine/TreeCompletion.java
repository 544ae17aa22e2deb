package org.tradetalks.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.tradetalks.limits.Deadline;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ValueUnboxer;
import graphql.introspection.Introspection;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Completes the value of one root field of a query, with its whole tree, in the form graphql-java gives it (maps of
 * response keys in selection order, lists, serialised scalars and enums), for {@link QueryStrategy}. Plain fields are
 * read on the spot, depth first; the parents of a batched resolver are gathered over the whole tree (wherever the
 * field appears) and it is called once per round with all of them, each distinct parent once, the children's own
 * batches making the next round: one call per batched field and level, as graphql-java's data loaders make, or fewer.
 *
 * <p>The fields of each object are collected by graphql-java's own collector (fragments, aliases, {@code @skip} and
 * {@code @include} with the request's variables), once per selection and type. It completes only what it can
 * complete exactly as graphql-java would, and gives up on the first thing it cannot: a field with arguments, a resolver
 * that is not one of {@link DirectFetch}'s direct ones, an abstract type, a null where the schema says non-null, a
 * value that does not serialise, a failing resolver, the request's deadline. Nothing it did is then kept, and
 * graphql-java completes the field as it always did, with its errors and null handling. It only reads (a query runs
 * in a read-only session), so doing the work again is safe.
 */
final class TreeCompletion {

    private final ExecutionContext execution;
    private final DirectFetch fetchers;
    private final EnumNames enumNames;
    private final GraphQLSchema schema;
    private final GraphQLContext context;
    private final Locale locale;
    private final ValueUnboxer unboxer;
    private final FieldCollector collector = new FieldCollector();
    private final Map<MergedField, List<Planned>> selections = new IdentityHashMap<>();
    private Map<DirectFetch.DirectBatch, List<Waiting>> batches = new LinkedHashMap<>();

    TreeCompletion(ExecutionContext execution, DirectFetch fetchers, EnumNames enumNames) {
        this.execution = execution;
        this.fetchers = fetchers;
        this.enumNames = enumNames;
        this.schema = execution.getGraphQLSchema();
        this.context = execution.getGraphQLContext();
        this.locale = execution.getLocale();
        this.unboxer = execution.getValueUnboxer();
    }

    /** The completed value of the root field, or null where graphql-java is to complete it. */
    FieldValueInfo complete(ExecutionStrategyParameters parameters) {
        GraphQLOutputType type = parameters.getExecutionStepInfo().getType();
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        Object source = unboxer.unbox(parameters.getSource());
        if (!(named instanceof GraphQLObjectType) || source == null) {
            return null;
        }
        try {
            Object value = value(type, parameters.getField(), source);
            while (!batches.isEmpty()) {
                runBatches();
            }
            return new FieldValueInfo(value instanceof List<?> ? FieldValueInfo.CompleteValueType.LIST
                    : FieldValueInfo.CompleteValueType.OBJECT, value);
        } catch (Exception giveUp) { // NotCompleted, or a resolver's failure, which graphql-java reports
            return null;
        }
    }

    private Object value(GraphQLOutputType type, MergedField field, Object fetched) throws Exception {
        Object value = unboxer.unbox(fetched);
        if (value == null) {
            if (type instanceof GraphQLNonNull) {
                throw NotCompleted.INSTANCE;
            }
            return null;
        }
        if (value instanceof CompletionStage<?> || value instanceof DataFetcherResult<?>) {
            throw NotCompleted.INSTANCE;
        }
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            if (!(value instanceof Iterable<?> items)) {
                throw NotCompleted.INSTANCE;
            }
            GraphQLOutputType itemType = (GraphQLOutputType) list.getWrappedType();
            List<Object> completed = new ArrayList<>();
            for (Object item : items) {
                completed.add(value(itemType, field, item));
            }
            return completed;
        }
        if (bare instanceof GraphQLScalarType scalar) {
            return nonNull(type, scalar.getCoercing().serialize(value, context, locale));
        }
        if (bare instanceof GraphQLEnumType enumType) {
            return nonNull(type, enumNames.serialize(enumType, value, context, locale));
        }
        if (bare instanceof GraphQLObjectType object) {
            Map<String, Object> completed = new LinkedHashMap<>();
            for (Planned planned : selections.computeIfAbsent(field, ignored -> select(object, field))) {
                if (planned.plain != null) {
                    Object property = planned.plain.read(value);
                    if (property == DirectFetch.PlainProperty.UNREAD) {
                        throw NotCompleted.INSTANCE;
                    }
                    completed.put(planned.key, value(planned.type, planned.field, property));
                } else if (planned.batch != null) {
                    completed.put(planned.key, null); // keeps the key's place; its batch fills it in
                    batches.computeIfAbsent(planned.batch, ignored -> new ArrayList<>())
                            .add(new Waiting(value, planned, completed));
                } else {
                    completed.put(planned.key, object.getName()); // __typename
                }
            }
            return completed;
        }
        throw NotCompleted.INSTANCE; // an interface or a union: graphql-java resolves the type
    }

    private static Object nonNull(GraphQLOutputType type, Object serialised) {
        if (serialised == null && type instanceof GraphQLNonNull) {
            throw NotCompleted.INSTANCE;
        }
        return serialised;
    }

    /** One call per batched field of this round, with its distinct parents; their children may make the next round. */
    private void runBatches() throws Exception {
        Map<DirectFetch.DirectBatch, List<Waiting>> round = batches;
        batches = new LinkedHashMap<>();
        for (Map.Entry<DirectFetch.DirectBatch, List<Waiting>> batch : round.entrySet()) {
            Map<Object, Integer> indexOf = new IdentityHashMap<>();
            List<Object> parents = new ArrayList<>();
            for (Waiting waiting : batch.getValue()) {
                indexOf.computeIfAbsent(waiting.parent, parent -> {
                    parents.add(parent);
                    return parents.size() - 1;
                });
            }
            Deadline.check(context);
            List<Object> children = batch.getKey().load(context, parents);
            if (children.size() != parents.size()) {
                throw NotCompleted.INSTANCE;
            }
            for (Waiting waiting : batch.getValue()) {
                Object child = children.get(indexOf.get(waiting.parent));
                Planned planned = waiting.planned;
                waiting.completed.put(planned.key, value(planned.type, planned.field, child));
            }
        }
    }

    /** The fields graphql-java would execute for {@code field}'s value of type {@code type}, with how to get each. */
    private List<Planned> select(GraphQLObjectType type, MergedField field) {
        FieldCollectorParameters parameters = FieldCollectorParameters.newParameters()
                .schema(schema)
                .objectType(type)
                .fragments(execution.getFragmentsByName())
                .variables(execution.getCoercedVariables().toMap())
                .graphQLContext(context)
                .build();
        MergedSelectionSet collected = collector.collectFields(parameters, field, false);
        List<Planned> fields = new ArrayList<>(collected.size());
        for (Map.Entry<String, MergedField> each : collected.getSubFields().entrySet()) {
            MergedField subField = each.getValue();
            String name = subField.getName();
            if (Introspection.TypeNameMetaFieldDef.getName().equals(name)) {
                fields.add(new Planned(each.getKey(), subField, null, null, null));
                continue;
            }
            GraphQLFieldDefinition definition = type.getFieldDefinition(name);
            if (definition == null || !definition.getArguments().isEmpty()) {
                throw NotCompleted.INSTANCE;
            }
            DataFetcher<?> fetcher = fetchers.fetcherFor(schema.getCodeRegistry().getDataFetcher(type, definition), type,
                    definition, schema);
            if (fetcher instanceof DirectFetch.PlainProperty plain) {
                fields.add(new Planned(each.getKey(), subField, definition.getType(), plain, null));
            } else if (fetcher instanceof DirectFetch.DirectBatch batch) {
                fields.add(new Planned(each.getKey(), subField, definition.getType(), null, batch));
            } else {
                throw NotCompleted.INSTANCE;
            }
        }
        return fields;
    }

    /** A field of a selection: a plain property, a batched resolver, or (neither) {@code __typename}. */
    private record Planned(String key, MergedField field, GraphQLOutputType type, DirectFetch.PlainProperty plain,
            DirectFetch.DirectBatch batch) {
    }

    /** A parent waiting for a batched field's value, and the map the value goes into under the field's key. */
    private record Waiting(Object parent, Planned planned, Map<String, Object> completed) {
    }

    /** Thrown where graphql-java is to complete the field instead; without a stack trace, it costs nothing to throw. */
    private static final class NotCompleted extends RuntimeException {
        static final NotCompleted INSTANCE = new NotCompleted();

        private NotCompleted() {
            super("completed by graphql-java instead", null, false, false);
        }
    }
}

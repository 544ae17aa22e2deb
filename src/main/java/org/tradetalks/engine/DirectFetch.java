package org.tradetalks.engine;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.tradetalks.limits.Deadline;

import graphql.GraphQLContext;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.schema.SelectedField;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.OperationInvoker;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.ClassloadingService;

/**
 * Replaces SmallRye's per-value work on nested fields with direct calls, where nothing it does is needed. For every
 * single value of a field, SmallRye's fetchers rebuild its request context: they clone it, format the result path
 * and serialise the field's whole sub-selection to JSON; the batch fetcher also starts a timer and wraps the value in
 * a context-propagating Mutiny pipeline. In a nested list response that was most of the CPU time of the request
 * (measured with src/bench/run.sh).
 *
 * <ul>
 * <li><b>Plain fields</b> (a public getter or field of the parent object: {@code title}, {@code cursor},
 * {@code node}, {@code startDate}) are read straight from the object. Only values that need no conversion take this
 * path: objects, lists of them, enums and the scalars whose Java values graphql-java writes as they are (String, ID,
 * Int, Float, Boolean, BigDecimal, BigInteger, Long, and CountryCode, whose coercing writes the code as it is). Every
 * other field (dates, for instance) and every field whose
 * parent has no such getter or field keeps SmallRye's fetcher, with its formatting and adapters.</li>
 * <li><b>Batched fields</b> ({@code @Source List<Parent>} resolvers) hand each parent straight to a data loader of
 * the request that calls the resolver method, once per level with all the parents ({@link DirectBatch}). Only batched
 * fields without arguments take this path: SmallRye passes the first parent's arguments to the whole batch, which
 * stays as it is for such fields.</li>
 * </ul>
 * Resolver methods of {@code @GraphQLApi} classes that are not batched keep SmallRye's fetcher, and every resolver, batched
 * or not, first checks its request's {@link Deadline}: work for a request that ran out of time, or whose client left,
 * stops at the next resolver. Root fields of a mutation run through their {@link MutationDocument}.
 */
final class DirectFetch {

    private static final Set<String> PLAIN_SCALARS = Set.of("String", "ID", "Int", "Float", "Boolean", "BigDecimal",
            "BigInteger", "Long", "CountryCode");

    /** Prefix of the data loaders of DirectBatch, apart from SmallRye's ("ParentType_field"). */
    private static final String DIRECT_LOADER = "direct:";

    /** The direct fetcher for each SmallRye fetcher, or the fetcher itself where it is to stay. */
    private final Map<DataFetcher<?>, DataFetcher<?>> fetchers = new ConcurrentHashMap<>();

    private volatile Map<String, Operation> batchOperations;

    /** The fetcher graphql-java is to call for a field whose schema fetcher is {@code dataFetcher}. */
    DataFetcher<?> fetcherFor(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters) {
        if (!(dataFetcher instanceof FieldDataFetcher<?> || dataFetcher instanceof BatchDataFetcher<?>
                || dataFetcher instanceof AbstractDataFetcher<?, ?>)) {
            return dataFetcher; // not SmallRye's (introspection's, say): nothing to replace
        }
        DataFetcher<?> known = fetchers.get(dataFetcher);
        if (known != null) {
            return known; // without asking for the environment, which graphql-java builds only when asked
        }
        DataFetchingEnvironment environment = parameters.getEnvironment();
        return fetcherFor(dataFetcher, environment.getExecutionStepInfo().getObjectType(), parameters.getField(),
                environment.getGraphQLSchema());
    }

    /** The fetcher for {@code field} of {@code parent}, whose schema fetcher is {@code dataFetcher}. */
    DataFetcher<?> fetcherFor(DataFetcher<?> dataFetcher, GraphQLObjectType parent, GraphQLFieldDefinition field,
            GraphQLSchema schema) {
        if (dataFetcher instanceof FieldDataFetcher) {
            return fetchers.computeIfAbsent(dataFetcher, original -> plainOrOriginal(original, field));
        }
        if (dataFetcher instanceof BatchDataFetcher) {
            return fetchers.computeIfAbsent(dataFetcher, original -> batchOrOriginal(original, parent, field, schema));
        }
        if (dataFetcher instanceof AbstractDataFetcher) {
            return fetchers.computeIfAbsent(dataFetcher, original -> resolver(original, parent, schema));
        }
        return dataFetcher;
    }

    /**
     * A resolver method: it runs only while its request's {@link Deadline} holds, and a root field of a mutation runs
     * as part of its {@link MutationDocument}. SmallRye's fetcher gets the field's environment without its selection
     * set ({@link WithoutSelectedFields}).
     */
    private static DataFetcher<?> resolver(DataFetcher<?> original, GraphQLObjectType parent, GraphQLSchema schema) {
        GraphQLObjectType mutation = schema.getMutationType();
        boolean mutationRoot = mutation != null && parent == mutation;
        return (DataFetcher<Object>) env -> {
            Deadline.check(env.getGraphQlContext());
            DataFetchingEnvironment forSmallRye = new WithoutSelectedFields(env);
            MutationDocument document = mutationRoot ? env.getGraphQlContext().get(MutationDocument.KEY) : null;
            return document == null ? original.get(forSmallRye) : document.run(original, forSmallRye);
        };
    }

    /**
     * The environment of a resolver's field as SmallRye's fetcher is to see it: without the selection set. For every
     * resolver call SmallRye writes the field's whole sub-selection out as JSON, twice, into the request context it
     * copies for the call ({@code Context.getSelectedFields()}); for the root field of a nested list query that was
     * about a sixth of the service's CPU time per request (JFR, src/bench/nested.graphql on PostgreSQL), for a value
     * no resolver of this service reads. Resolvers that need to know what was selected ask
     * {@link org.tradetalks.pagination.Selection}, which reads the field's own selections.
     */
    static final class WithoutSelectedFields extends DelegatingDataFetchingEnvironment {

        WithoutSelectedFields(DataFetchingEnvironment environment) {
            super(environment);
        }

        @Override
        public DataFetchingFieldSelectionSet getSelectionSet() {
            return NoSelectedFields.INSTANCE;
        }
    }

    /** The selection set SmallRye's fetchers see: no fields. */
    private enum NoSelectedFields implements DataFetchingFieldSelectionSet {
        INSTANCE;

        @Override
        public boolean contains(String fieldGlobPattern) {
            return false;
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern,
                String... fieldGlobPatterns) {
            return Map.of();
        }
    }

    private static DataFetcher<?> plainOrOriginal(DataFetcher<?> original, GraphQLFieldDefinition field) {
        GraphQLOutputType type = (GraphQLOutputType) GraphQLTypeUtil.unwrapAll(field.getType());
        if (type instanceof GraphQLScalarType scalar && !PLAIN_SCALARS.contains(scalar.getName())) {
            return original;
        }
        return new PlainProperty(original, field.getName(), type instanceof GraphQLEnumType);
    }

    private DataFetcher<?> batchOrOriginal(DataFetcher<?> original, GraphQLObjectType parent, GraphQLFieldDefinition field,
            GraphQLSchema schema) {
        if (!field.getArguments().isEmpty()) {
            return resolver(original, parent, schema);
        }
        // SmallRye registers one data loader per batched field, named "ParentType_field" (BatchLoaderHelper.getName).
        String loaderName = parent.getName() + "_" + field.getName();
        Operation operation = batchOperations().get(loaderName);
        if (operation == null) {
            return resolver(original, parent, schema);
        }
        return new DirectBatch(resolver(original, parent, schema), DIRECT_LOADER + loaderName, operation);
    }

    /** SmallRye's batched operations by the name of their data loader, from its model of the schema. */
    private Map<String, Operation> batchOperations() {
        Map<String, Operation> known = batchOperations;
        if (known == null) {
            known = new HashMap<>();
            for (Operation operation : Arc.container().instance(Schema.class).get().getBatchOperations()) {
                known.put(operation.getSourceFieldOn().getName() + "_" + operation.getName(), operation);
            }
            batchOperations = known;
        }
        return known;
    }

    /**
     * A batched field whose parents go to a data loader of the request that calls the resolver method itself, once per
     * level with all the parents, as SmallRye's batch loader does, but without what SmallRye adds around each call: a
     * copy of its request context with the field's whole sub-selection written out as JSON (twice), the request
     * context deactivated after the call and activated again for the next, the list wrapped in a Mutiny pipeline.
     * The method is found and invoked as SmallRye's own invoker does (its method look-up, its unwrapping of what the
     * method throws), on a bean looked up once where the bean lives as long as the application; a failure fails the
     * field for every parent of the batch, as it did.
     *
     * <p>Only requests that run on one worker thread (the HTTP edge's, {@code runBlocking}) take this path. The events
     * of a subscription are executed by SmallRye's WebSocket transport, whose batches SmallRye moves to a worker
     * thread itself: they keep its fetcher.
     */
    static final class DirectBatch implements DataFetcher<Object> {

        private final DataFetcher<?> smallRyes;
        private final String loaderName;
        private final OperationInvoker resolver;
        /** The resolver's bean where it lives as long as the application, else null (looked up for every call). */
        private final Object applicationBean;

        DirectBatch(DataFetcher<?> smallRyes, String loaderName, Operation operation) {
            this.smallRyes = smallRyes;
            this.loaderName = loaderName;
            this.resolver = new OperationInvoker(operation);
            this.applicationBean = applicationBean(operation, resolver.getMethod());
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            if (!Boolean.TRUE.equals(environment.getGraphQlContext().get(RequestScope.RUN_BLOCKING))) {
                return smallRyes.get(environment);
            }
            Deadline.check(environment.getGraphQlContext());
            GraphQLContext context = environment.getGraphQlContext();
            DataLoader<Object, Object> loader = environment.getDataLoaderRegistry().computeIfAbsent(loaderName,
                    name -> DataLoaderFactory.newDataLoader(parents -> CompletableFuture.completedFuture(
                            load(context, parents))));
            return loader.load(environment.getSource());
        }

        /** The field's value for each parent, in the parents' order, from one call of the resolver method. */
        List<Object> load(GraphQLContext context, List<Object> parents) {
            return RequestScope.run(context, () -> call(parents));
        }

        private List<Object> call(List<Object> parents) {
            try {
                List<Object> children = applicationBean != null ? invokeOnApplicationBean(parents) : resolver.invoke(parents);
                return children == null ? List.of() : children;
            } catch (RuntimeException failure) {
                throw failure;
            } catch (Exception checked) {
                throw new IllegalStateException("Batched resolver failed: " + loaderName, checked);
            }
        }

        /** What SmallRye's invoker does, without looking the bean up: the method's own failure is thrown as it is. */
        @SuppressWarnings("unchecked")
        private List<Object> invokeOnApplicationBean(List<Object> parents) throws Exception {
            try {
                return (List<Object>) resolver.getMethod().invoke(applicationBean, parents);
            } catch (InvocationTargetException thrown) {
                if (thrown.getCause() instanceof Error error) {
                    throw error;
                }
                throw thrown.getCause() instanceof Exception exception ? exception : thrown;
            }
        }

        /**
         * The bean of a resolver method that takes the parents alone, if it is {@code @Singleton} or
         * {@code @ApplicationScoped} (Quarkus makes {@code @GraphQLApi} classes singletons unless they say otherwise).
         * SmallRye's invoker looks the bean up in CDI for every call (a new instance handle with its injection point,
         * destroyed again after the call: 2% of the CPU time of the benchmark's nested query, async-profiler); for
         * such a bean that gives the same object every time. Beans of other scopes are left to it.
         */
        private static Object applicationBean(Operation operation, Method method) {
            if (method.getParameterCount() != 1) {
                return null;
            }
            InjectableInstance<?> beans = Arc.container().select(ClassloadingService.get().loadClass(operation.getClassName()));
            if (!beans.isResolvable()) {
                return null;
            }
            InstanceHandle<?> bean = beans.getHandle();
            Class<?> scope = bean.getBean().getScope();
            return scope == Singleton.class || scope == ApplicationScoped.class ? bean.get() : null;
        }
    }

    /**
     * Reads one property by name from whatever class the parent object is, falling back to SmallRye's fetcher. As a
     * {@link LightDataFetcher} it gets the parent object itself: graphql-java then builds the field's
     * {@link DataFetchingEnvironment} (a copy of the variables, the selection set, the directives) only for the
     * fallback.
     */
    static final class PlainProperty implements LightDataFetcher<Object> {

        /** What {@link #read} gives for a parent it cannot read the property of: SmallRye's fetcher must. */
        static final Object UNREAD = new Object();

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
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            if (source == null) {
                return null;
            }
            Object value = read(source);
            return value == UNREAD ? original.get(environment.get()) : value;
        }

        /** The property of {@code source}, or {@link #UNREAD} where it takes SmallRye's fetcher. */
        Object read(Object source) throws Exception {
            Reader reader = readers.get(source.getClass());
            if (reader == null) {
                return UNREAD;
            }
            Object value = reader.read(source);
            if (isEnum && value != null && !(value instanceof Enum<?>)) {
                return UNREAD;
            }
            return value;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
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

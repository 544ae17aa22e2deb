package org.tradetalks.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * SmallRye's data fetchers for operations, made once per operation instead of once per request. For every request,
 * SmallRye's execution service asks its data fetcher services for a new batch loader for each of the schema's batched
 * fields (30 here), whether the request selects them or not, and Quarkus's service builds each from scratch: a
 * reflective look-up of the resolver method, loading the class of every parameter by name. That was 5% of the CPU
 * time of the benchmark's nested query on PostgreSQL (async-profiler), for objects that hold nothing of a request:
 * SmallRye shares the fetchers it builds for the schema between all requests in the same way.
 *
 * <p>A SmallRye {@link DataFetcherService} (listed in META-INF/services) that comes first (priority 0; Quarkus's has 1):
 * for each kind of fetcher and operation it keeps the first fetcher the services after it make, and gives it again.
 * Where none of them makes one, it makes none either, and SmallRye goes on as it would without it. In the native image
 * the services file is a resource ({@code quarkus.native.resources.includes}) and the class is registered here: Quarkus
 * registers the providers of this SmallRye service it knows of, not the application's.
 */
@RegisterForReflection
public class ReusedDataFetchers implements DataFetcherService {

    private final List<DataFetcherService> others = new ArrayList<>();
    private final Map<Made, PlugableBatchableDataFetcher> made = new ConcurrentHashMap<>();

    public ReusedDataFetchers() {
        ServiceLoader.load(DataFetcherService.class).stream()
                .filter(provider -> provider.type() != ReusedDataFetchers.class) // made by type: no recursion
                .forEach(provider -> others.add(provider.get()));
        others.sort(Comparator.comparing(DataFetcherService::getPriority));
    }

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher getCompletionStageDataFetcher(Operation operation, Type type) {
        return reused(Kind.COMPLETION_STAGE, operation, type);
    }

    @Override
    public PlugableBatchableDataFetcher getUniDataFetcher(Operation operation, Type type) {
        return reused(Kind.UNI, operation, type);
    }

    @Override
    public PlugableBatchableDataFetcher getOtherWrappedDataFetcher(Operation operation, Type type) {
        return reused(Kind.OTHER_WRAPPED, operation, type);
    }

    @Override
    public PlugableBatchableDataFetcher getOtherFieldDataFetcher(Operation operation, Type type) {
        return reused(Kind.OTHER_FIELD, operation, type);
    }

    @Override
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        return reused(Kind.DEFAULT, operation, type);
    }

    private PlugableBatchableDataFetcher reused(Kind kind, Operation operation, Type type) {
        Made key = new Made(kind, operation);
        PlugableBatchableDataFetcher known = made.get(key);
        if (known != null) {
            return known;
        }
        for (DataFetcherService service : others) {
            PlugableBatchableDataFetcher fetcher = kind.factory.make(service, operation, type);
            if (fetcher != null) {
                PlugableBatchableDataFetcher first = made.putIfAbsent(key, fetcher);
                return first == null ? fetcher : first;
            }
        }
        return null;
    }

    /** The {@link DataFetcherService} methods this service answers, each with the call that asks another service. */
    private enum Kind {
        COMPLETION_STAGE(DataFetcherService::getCompletionStageDataFetcher),
        UNI(DataFetcherService::getUniDataFetcher),
        OTHER_WRAPPED(DataFetcherService::getOtherWrappedDataFetcher),
        OTHER_FIELD(DataFetcherService::getOtherFieldDataFetcher),
        DEFAULT(DataFetcherService::getDefaultDataFetcher);

        private final Factory factory;

        Kind(Factory factory) {
            this.factory = factory;
        }
    }

    @FunctionalInterface
    private interface Factory {
        PlugableBatchableDataFetcher make(DataFetcherService service, Operation operation, Type type);
    }

    /**
     * The kind of fetcher made for an operation. Operations are told apart by identity (SmallRye's model keeps one
     * object per operation): their own equality leaves out the class that declares them, so {@code sources} of meetings
     * and {@code sources} of tariffs are equal.
     */
    private record Made(Kind kind, Operation operation) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Made made && made.kind == kind && made.operation == operation;
        }

        @Override
        public int hashCode() {
            return 31 * kind.hashCode() + System.identityHashCode(operation);
        }
    }
}

package org.tradetalks.engine;

import java.util.Map;
import java.util.function.Function;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import graphql.ExecutionInput;

/**
 * The data loaders a request's fields have asked for. SmallRye registers a loader for every batched field of the schema
 * with every request, and graphql-java dispatches every registered loader each time a level of the response is
 * complete: 30 loaders here, of which a request uses a few (none when {@link TreeCompletion} completes its trees).
 * The engine gets this registry instead of SmallRye's: a loader joins it when a field first asks for it by name, and
 * only those are dispatched.
 */
final class LoadersInUse extends DataLoaderRegistry {

    private final DataLoaderRegistry registered;

    private LoadersInUse(DataLoaderRegistry registered) {
        super(Map.of(), registered.getInstrumentation());
        this.registered = registered;
    }

    /** The input with this registry in place of the one it carries. */
    static ExecutionInput of(ExecutionInput input) {
        DataLoaderRegistry registered = input.getDataLoaderRegistry();
        if (registered instanceof LoadersInUse || registered.getKeys().isEmpty()) {
            return input; // nothing registered (graphql-java then dispatches nothing), or already in use
        }
        return input.transform(builder -> builder.dataLoaderRegistry(new LoadersInUse(registered)));
    }

    @Override
    public <K, V> DataLoader<K, V> getDataLoader(String key) {
        DataLoader<K, V> inUse = super.getDataLoader(key);
        if (inUse != null) {
            return inUse;
        }
        DataLoader<?, ?> waiting = registered.getDataLoader(key);
        if (waiting == null) {
            return null;
        }
        dataLoaders.putIfAbsent(key, waiting); // as registered: named and instrumented there already
        return super.getDataLoader(key);
    }

    @Override
    public <K, V> DataLoader<K, V> computeIfAbsent(String key, Function<String, DataLoader<?, ?>> mappingFunction) {
        DataLoader<K, V> known = getDataLoader(key);
        return known != null ? known : super.computeIfAbsent(key, mappingFunction);
    }
}

package org.tradetalks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;

/**
 * An execution's registry holds the loaders its fields asked for, which are all graphql-java dispatches; each is the
 * loader SmallRye registered under that name.
 */
class LoadersInUseTest {

    private final DataLoaderRegistry registered = registered();
    /** As registered: the registry names each loader after its key. */
    private final DataLoader<Object, Object> meetings = registered.getDataLoader("Official_meetings");
    private final DataLoader<Object, Object> sources = registered.getDataLoader("Meeting_sources");

    @Test
    void aLoaderJoinsWhenAFieldAsksForIt() {
        DataLoaderRegistry inUse = inUse();
        assertEquals(List.of(), inUse.getDataLoaders(), "nothing asked for yet: nothing to dispatch");
        assertSame(meetings, inUse.getDataLoader("Official_meetings"));
        assertSame(meetings, inUse.getDataLoader("Official_meetings"));
        assertEquals(List.of(meetings), inUse.getDataLoaders());
        assertEquals(Set.of("Official_meetings"), inUse.getKeys());
    }

    @Test
    void aNameNobodyRegisteredHasNoLoader() {
        DataLoaderRegistry inUse = inUse();
        assertNull(inUse.getDataLoader("Official_nothing"));
        assertEquals(List.of(), inUse.getDataLoaders());
    }

    @Test
    void computeIfAbsentGivesTheRegisteredLoaderOrMakesOne() {
        DataLoaderRegistry inUse = inUse();
        assertSame(sources, inUse.computeIfAbsent("Meeting_sources", name -> loader()));
        DataLoader<Object, Object> made = inUse.computeIfAbsent("direct:Meeting_sources", name -> loader());
        assertEquals("direct:Meeting_sources", made.getName());
        assertSame(made, inUse.computeIfAbsent("direct:Meeting_sources", name -> loader()));
        assertEquals(Set.of("Meeting_sources", "direct:Meeting_sources"), inUse.getKeys());
    }

    @Test
    void aLoadIsDispatchedOnlyThroughTheLoadersInUse() {
        DataLoaderRegistry inUse = inUse();
        CompletableFuture<Object> loaded = inUse.getDataLoader("Official_meetings").load(7);
        inUse.dispatchAll();
        assertEquals("loaded 7", loaded.join());
    }

    @Test
    void anExecutionWithoutRegisteredLoadersKeepsItsRegistry() {
        ExecutionInput input = ExecutionInput.newExecutionInput("{ countries { code } }").build();
        assertSame(input, LoadersInUse.of(input), "graphql-java dispatches nothing for its empty registry");
        ExecutionInput withLoaders = input.transform(builder -> builder.dataLoaderRegistry(registered()));
        ExecutionInput swapped = LoadersInUse.of(withLoaders);
        assertEquals(LoadersInUse.class, swapped.getDataLoaderRegistry().getClass());
        assertSame(swapped, LoadersInUse.of(swapped));
    }

    private DataLoaderRegistry inUse() {
        ExecutionInput input = ExecutionInput.newExecutionInput("{ countries { code } }").dataLoaderRegistry(registered)
                .build();
        return LoadersInUse.of(input).getDataLoaderRegistry();
    }

    private static DataLoaderRegistry registered() {
        DataLoaderRegistry registry = new DataLoaderRegistry();
        registry.register("Official_meetings", loader());
        registry.register("Meeting_sources", loader());
        return registry;
    }

    private static DataLoader<Object, Object> loader() {
        return DataLoaderFactory.newDataLoader(keys -> CompletableFuture.completedFuture(
                keys.stream().map(key -> (Object) ("loaded " + key)).toList()));
    }
}

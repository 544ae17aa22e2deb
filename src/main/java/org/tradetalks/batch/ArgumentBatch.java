package org.tradetalks.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.tradetalks.engine.RequestScope;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.vertx.core.Vertx;

/**
 * Batches a nested field that takes arguments ({@code Official.meetings(status: [HELD])}, {@code meetingCount}), so
 * that it costs one query per level of the response whatever the number of parents, like the fields {@link Batch}
 * serves.
 *
 * <p>Why not SmallRye's {@code @Source List<Parent>} batching: it hands the whole batch the arguments of its first
 * parent. A query asking for the same field twice with different arguments ({@code held: meetingCount(status:
 * [HELD]) all: meetingCount}) would get the first answer for both. Here each field and each set of argument values
 * has a data loader of its own in the request's registry, which graphql-java dispatches level by level with
 * SmallRye's.
 */
public final class ArgumentBatch {

    private ArgumentBatch() {
    }

    /**
     * The value of {@code field} for the parent {@code key}, loaded together with every other parent of the request
     * that asks for this field with the same {@code arguments}. {@code loadAll} gets the distinct keys and returns the
     * values it found; a key it leaves out gets {@code missing}.
     *
     * @param arguments the argument values, in a form whose {@code toString} identifies them (a normalised list)
     */
    public static <K, V> CompletionStage<V> load(Context context, String field, Object arguments, K key,
            Function<Set<K>, Map<K, V>> loadAll, V missing) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        DataLoaderRegistry registry = environment.getDataLoaderRegistry();
        DataLoader<K, V> loader = registry.computeIfAbsent("tradetalks:" + field + ":" + arguments,
                name -> DataLoaderFactory.<K, V> newDataLoader(keys -> offEventLoop(() -> RequestScope.run(environment.getGraphQlContext(), () -> {
                    Map<K, V> found = loadAll.apply(new LinkedHashSet<>(keys));
                    List<V> values = new ArrayList<>(keys.size());
                    for (K each : keys) {
                        values.add(found.getOrDefault(each, missing));
                    }
                    return values;
                }))));
        return loader.load(key);
    }

    /**
     * The children of the parent {@code key}, from a query whose rows are {@code [parentKey, child]} and that takes the
     * parent keys as the array parameter {@code keys}, plus the argument {@code parameters}.
     */
    public static <K, C> CompletionStage<List<C>> children(Context context, String field, Object arguments, K key,
            String hql, Map<String, Object> parameters, Class<C> childType) {
        return load(context, field, arguments, key, keys -> {
            Map<K, List<C>> byKey = new HashMap<>();
            for (Object[] row : Batch.rows(hql, Object[].class, keys, parameters)) {
                @SuppressWarnings("unchecked")
                K parent = (K) row[0];
                byKey.computeIfAbsent(parent, ignored -> new ArrayList<>()).add(childType.cast(row[1]));
            }
            return byKey;
        }, List.of());
    }

    /** A count for the parent {@code key}, from a query whose rows are {@code [parentKey, count]} (see children). */
    public static <K> CompletionStage<Integer> count(Context context, String field, Object arguments, K key, String hql,
            Map<String, Object> parameters) {
        return load(context, field, arguments, key, keys -> {
            Map<K, Integer> byKey = new HashMap<>();
            for (Object[] row : Batch.rows(hql, Object[].class, keys, parameters)) {
                @SuppressWarnings("unchecked")
                K parent = (K) row[0];
                byKey.put(parent, ((Number) row[1]).intValue());
            }
            return byKey;
        }, 0);
    }

    /**
     * The distinct values of a list argument in their natural order, so equal sets of values share one batch; empty
     * when the argument was left out.
     */
    public static <E extends Comparable<E>> List<E> distinct(List<E> values) {
        return values == null ? List.of() : values.stream().distinct().sorted().toList();
    }

    /** The parameter map of an optional list argument: {@code name} bound to the values, or nothing when empty. */
    public static Map<String, Object> parameter(String name, List<?> values) {
        return values.isEmpty() ? Map.of() : Map.of(name, values);
    }

    /**
     * Runs a batch on a worker thread when graphql-java dispatches it on a Vert.x event loop (where the last field of a
     * level may complete), as SmallRye's own batch loaders do: the batch reads from the database, which blocks.
     */
    private static <R> CompletionStage<R> offEventLoop(Callable<R> work) {
        io.vertx.core.Context vertx = Vertx.currentContext();
        if (vertx != null && io.vertx.core.Context.isOnEventLoopThread()) {
            return vertx.executeBlocking(work).toCompletionStage();
        }
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Exception failed) {
            return CompletableFuture.failedFuture(failed);
        }
    }
}

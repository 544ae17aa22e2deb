package org.tradetalks.batch;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.persistence.TypedQuery;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.persister.entity.EntityPersister;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Resolves a nested field for a whole batch of parents with one query. SmallRye GraphQL hands a
 * {@code @Source List<Parent>} resolver every parent at one level of the response; these helpers load
 * the children of all of them at once and give each parent its own, in the parents' order.
 */
public final class Batch {

    /** The query that reads entities of a class by their ids (the array parameter {@code keys}), by class. */
    private static final Map<Class<?>, String> BY_ID = new ConcurrentHashMap<>();

    private Batch() {
    }

    /** The distinct non-null keys of the parents, in first-seen order. */
    public static <P, K> Set<K> keys(List<P> parents, Function<P, K> keyOf) {
        Set<K> keys = new LinkedHashSet<>();
        for (P parent : parents) {
            K key = keyOf.apply(parent);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * Children by parent key, from a query whose rows are {@code [parentKey, child]} and that takes the
     * parent keys as the array parameter {@code keys} ({@code where array_has(:keys, e.parentKey)}, see
     * {@link ArrayHasFunction}).
     */
    public static <P, K, C> List<List<C>> children(List<P> parents, Function<P, K> keyOf, String hql,
            Class<C> childType) {
        Set<K> keys = keys(parents, keyOf);
        Map<K, List<C>> byKey = new HashMap<>();
        if (!keys.isEmpty()) {
            for (Object[] row : load(hql, Object[].class, keys)) {
                @SuppressWarnings("unchecked")
                K key = (K) row[0];
                byKey.computeIfAbsent(key, ignored -> new ArrayList<>()).add(childType.cast(row[1]));
            }
        }
        List<List<C>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(byKey.getOrDefault(keyOf.apply(parent), List.of()));
        }
        return result;
    }

    /**
     * Children grouped by a key they carry themselves, from a query that takes the parent keys as the
     * array parameter {@code keys}.
     */
    public static <P, K, C> List<List<C>> childrenByKey(List<P> parents, Function<P, K> keyOf, String hql,
            Class<C> childType, Function<C, K> childKeyOf) {
        Set<K> keys = keys(parents, keyOf);
        Map<K, List<C>> byKey = new HashMap<>();
        if (!keys.isEmpty()) {
            for (C child : load(hql, childType, keys)) {
                byKey.computeIfAbsent(childKeyOf.apply(child), ignored -> new ArrayList<>()).add(child);
            }
        }
        List<List<C>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(byKey.getOrDefault(keyOf.apply(parent), List.of()));
        }
        return result;
    }

    /**
     * The one related entity of each parent (null where the parent has none), by its id. Those the request has read
     * already (its session holds them: the countries of a page's meetings, say, when the participants' countries are
     * asked for too) are taken from the session; the others are read with one statement, none when there are none.
     */
    public static <P, K, C> List<C> one(List<P> parents, Function<P, K> foreignKeyOf, Class<C> childType) {
        Set<K> keys = keys(parents, foreignKeyOf);
        Map<K, C> byKey = keys.isEmpty() ? Map.of() : inRequestOrOwnTransaction(() -> byId(childType, keys));
        List<C> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            K key = foreignKeyOf.apply(parent);
            result.add(key == null ? null : Objects.requireNonNull(byKey.get(key), "dangling reference " + key));
        }
        return result;
    }

    /**
     * The entities of these ids that exist: from the session where it holds them, the others with a query by id (one
     * whose plan Hibernate keeps; its own loader by ids, {@code findMultiple}, builds its SQL again on every call).
     */
    private static <K, C> Map<K, C> byId(Class<C> type, Set<K> ids) {
        SessionImplementor session = Panache.getEntityManager().unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        PersistenceContext held = session.getPersistenceContextInternal();
        Map<K, C> byId = new HashMap<>();
        Set<K> missing = new LinkedHashSet<>();
        for (K id : ids) {
            Object entity = held.getEntity(session.generateEntityKey(id, persister));
            EntityEntry entry = entity == null ? null : held.getEntry(entity);
            if (entry != null && (entry.getStatus() == Status.MANAGED || entry.getStatus() == Status.READ_ONLY)) {
                byId.put(id, type.cast(entity));
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            String byIdQuery = BY_ID.computeIfAbsent(type, ignored -> "select e." + persister.getIdentifierPropertyName()
                    + ", e from " + persister.getEntityName() + " e where array_has(:keys, e."
                    + persister.getIdentifierPropertyName() + ")");
            for (Object[] row : query(byIdQuery, Object[].class, missing, Map.of())) {
                @SuppressWarnings("unchecked")
                K id = (K) row[0];
                byId.put(id, type.cast(row[1]));
            }
        }
        return byId;
    }

    private static <R> List<R> load(String hql, Class<R> type, Set<?> keys) {
        return rows(hql, type, keys, Map.of());
    }

    /**
     * The rows of a query that takes the parent keys as the array parameter {@code keys} and the given other
     * parameters (for fields with arguments, see {@link ArgumentBatch}).
     */
    public static <R> List<R> rows(String hql, Class<R> type, Set<?> keys, Map<String, Object> parameters) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return inRequestOrOwnTransaction(() -> query(hql, type, keys, parameters));
    }

    /** A read with the request's session, or in a transaction of its own where there is no request. */
    private static <R> R inRequestOrOwnTransaction(Supplier<R> read) {
        try {
            return read.get();
        } catch (ContextNotActiveException outsideAnyRequest) {
            // Subscription events are resolved outside any request (ChangeFeed delivers them on its own thread):
            // they read in a short transaction, which brings a session of its own.
            return QuarkusTransaction.requiringNew().call(read::get);
        }
    }

    private static <R> List<R> query(String hql, Class<R> type, Set<?> keys, Map<String, Object> parameters) {
        TypedQuery<R> query = Panache.getEntityManager().createQuery(hql, type)
                .setParameter("keys", asArray(keys));
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The keys as an array of their own class (Long[], String[]), the parameter type of {@code array_has}. */
    static Object[] asArray(Set<?> keys) {
        Object[] array = (Object[]) Array.newInstance(keys.iterator().next().getClass(), keys.size());
        return keys.toArray(array);
    }
}

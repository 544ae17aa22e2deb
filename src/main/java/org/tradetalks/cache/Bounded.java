package org.tradetalks.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A map bounded by its number of entries and their total weight (characters), the least recently used dropped first.
 * One lock for all: every operation is a few map steps, far cheaper than what the entries save. (Caffeine would do
 * this lock-free, but the service does not otherwise depend on it, and the lock is not what limits throughput here.)
 */
final class Bounded<K, V> {

    private final Map<K, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final int maxEntries;
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private long weight;

    Bounded(int maxEntries, long maxWeight, ToLongFunction<V> weigher) {
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    /** Keeps the value unless it alone weighs more than the whole bound; drops the eldest to make room. */
    synchronized void put(K key, V value) {
        long added = weigher.applyAsLong(value);
        if (added > maxWeight || maxEntries <= 0) {
            return;
        }
        V replaced = entries.put(key, value);
        weight += added - (replaced == null ? 0 : weigher.applyAsLong(replaced));
        Iterator<V> eldest = entries.values().iterator();
        while ((entries.size() > maxEntries || weight > maxWeight) && eldest.hasNext()) {
            weight -= weigher.applyAsLong(eldest.next());
            eldest.remove();
        }
    }

    synchronized void remove(K key, V value) {
        if (entries.remove(key, value)) {
            weight -= weigher.applyAsLong(value);
        }
    }

    synchronized void clear() {
        entries.clear();
        weight = 0;
    }

    synchronized int size() {
        return entries.size();
    }
}

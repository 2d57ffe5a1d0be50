package dev.ccoin.core.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A cache of at most {@code capacity} entries in two generations: new entries go into the young one, and when it
 * holds half the capacity it becomes the old one and the previous old one is dropped. A hit in the old generation
 * moves the entry back into the young one, so what is in use survives every turn. This keeps roughly the most
 * recently used entries, like an LRU list, but a read never takes a lock or reorders anything: both generations
 * are {@link ConcurrentHashMap}s, which is what makes it cheap enough for lookups made tens of thousands of times
 * per block.
 *
 * <p>Only for values that can be recomputed from their key: an entry can be forgotten at any time, and two threads
 * may compute the same value at once. Thread-safe.
 */
public final class BoundedCache<K, V> {
    private final int generationSize;
    private final AtomicInteger youngSize = new AtomicInteger();
    private volatile Map<K, V> young;
    private volatile Map<K, V> old = new ConcurrentHashMap<>();

    /** @param capacity the most entries kept, at least 2 */
    public BoundedCache(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2, got " + capacity);
        }
        this.generationSize = capacity / 2;
        this.young = newGeneration();
    }

    /** The cached value for {@code key}, or null. */
    public V get(K key) {
        V value = young.get(key);
        if (value != null) {
            return value;
        }
        value = old.get(key);
        if (value != null) {
            put(key, value);
        }
        return value;
    }

    /** Caches {@code value} for {@code key}. */
    public void put(K key, V value) {
        if (young.put(key, value) == null && youngSize.incrementAndGet() >= generationSize) {
            turn();
        }
    }

    /** The cached value for {@code key}, computing and caching it first when absent. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V value = get(key);
        if (value == null) {
            value = compute.apply(key);
            put(key, value);
        }
        return value;
    }

    /** Roughly how many entries are cached; exact when no other thread is writing. */
    public int size() {
        return young.size() + old.size();
    }

    private synchronized void turn() {
        if (youngSize.get() < generationSize) {
            return; // another thread turned the generations first
        }
        old = young;
        young = newGeneration();
        youngSize.set(0);
    }

    /** A generation sized for all it will hold, so filling it never stops to grow its table. */
    private Map<K, V> newGeneration() {
        return new ConcurrentHashMap<>(generationSize);
    }
}

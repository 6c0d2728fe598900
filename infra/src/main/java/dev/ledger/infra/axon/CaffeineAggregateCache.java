package dev.ledger.infra.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * A strong, bounded aggregate cache: a command finds its aggregate in memory instead of re-reading its events.
 * Axon evicts an entry when a unit of work on it rolls back, so a stale entry (another instance appended meanwhile)
 * costs one conflict, then the aggregate is read again from the store. An entry is never ahead of the store: commands
 * inside a caller's transaction bypass the cache ({@link #committedOnly}).
 */
final class CaffeineAggregateCache implements Cache {

    /** Set while this thread runs a command whose transaction commits later, in its caller's hands. */
    private static final ThreadLocal<Boolean> COMMITTED_ONLY = ThreadLocal.withInitial(() -> false);

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;

    /**
     * Runs {@code work} (a command inside a caller's transaction) without the cache: it reads its aggregate from the
     * store, and its change, not committed yet, never enters the cache, where another thread would build on it.
     */
    static void committedOnly(Runnable work) {
        boolean outer = COMMITTED_ONLY.get();
        COMMITTED_ONLY.set(true);
        try {
            work.run();
        } finally {
            COMMITTED_ONLY.set(outer);
        }
    }

    CaffeineAggregateCache(long maximumSize) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return COMMITTED_ONLY.get() ? null : (V) entries.getIfPresent(key);
    }

    @Override
    public void put(Object key, Object value) {
        if (COMMITTED_ONLY.get()) {
            entries.invalidate(key); // what is cached is now behind the store; the next command reads the store
        } else {
            entries.put(key, value);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (COMMITTED_ONLY.get()) {
            entries.invalidate(key);
            return false;
        }
        return entries.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        if (COMMITTED_ONLY.get()) {
            entries.invalidate(key);
            return valueSupplier.get();
        }
        return (T) entries.get(key, missing -> valueSupplier.get());
    }

    @Override
    public boolean remove(Object key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.asMap().containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        if (COMMITTED_ONLY.get()) {
            entries.invalidate(key);
            return;
        }
        entries.asMap().computeIfPresent(key, (k, value) -> update.apply((V) value));
    }

    /** Nothing in the ledger listens to aggregate cache entries. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return () -> true;
    }
}

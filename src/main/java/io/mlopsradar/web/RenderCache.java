package io.mlopsradar.web;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Rendered pictures, pages and bodies, least recently used first out once their weight passes a byte budget. A value
 * asked for while it is being rendered is waited for, not rendered a second time: a burst of first requests for a
 * 1,700-blip radar costs one render and one copy of it in memory.
 */
final class RenderCache<V> {
    private final long budget;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<String, V> done = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, CompletableFuture<V>> rendering = new HashMap<>();
    private long weight;

    RenderCache(long budgetBytes, ToLongFunction<V> weigher) {
        this.budget = budgetBytes;
        this.weigher = weigher;
    }

    /** The value under key, rendered by {@code render} when neither held nor being rendered by another request. */
    V get(String key, Supplier<V> render) {
        CompletableFuture<V> mine;
        CompletableFuture<V> theirs;
        synchronized (this) {
            V held = done.get(key);
            if (held != null) return held;
            theirs = rendering.get(key);
            mine = theirs == null ? new CompletableFuture<>() : null;
            if (mine != null) rendering.put(key, mine);
        }
        if (theirs != null) return await(theirs);
        try {
            V value = render.get();
            synchronized (this) {
                rendering.remove(key);
                put(key, value);
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                rendering.remove(key);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The bytes held now (for tests and measurements). */
    synchronized long weight() {
        return weight;
    }

    private void put(String key, V value) {
        long w = weigher.applyAsLong(value);
        if (w > budget) return; // larger than the whole budget: served, not kept
        V old = done.put(key, value);
        weight += w - (old == null ? 0 : weigher.applyAsLong(old));
        for (Iterator<V> eldest = done.values().iterator(); weight > budget && eldest.hasNext(); ) {
            weight -= weigher.applyAsLong(eldest.next());
            eldest.remove();
        }
    }

    private static <V> V await(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}

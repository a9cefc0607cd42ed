package io.mlopsradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderCacheTest {

    @Test
    void keepsTheRecentlyUsedValuesWithinItsBudget() {
        var cache = new RenderCache<String>(10, String::length);
        cache.get("a", () -> "aaaa");
        cache.get("b", () -> "bbbb");
        cache.get("a", () -> "not rendered again");
        cache.get("c", () -> "cccc"); // 12 characters: the least recently used (b) goes
        assertEquals(8, cache.weight());
        assertEquals("aaaa", cache.get("a", () -> "again"));
        assertEquals("rendered anew", cache.get("b", () -> "rendered anew"));
    }

    @Test
    void servesButDoesNotKeepAValueLargerThanTheBudget() {
        var cache = new RenderCache<String>(3, String::length);
        assertEquals("large", cache.get("k", () -> "large"));
        assertEquals(0, cache.weight());
    }

    @Test
    void rendersOnceForRequestsThatArriveWhileItRenders() throws Exception {
        var cache = new RenderCache<String>(1000, String::length);
        var renders = new AtomicInteger();
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get("radar", () -> {
                renders.incrementAndGet();
                started.countDown();
                await(release);
                return "picture";
            })));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 7; i++) answers.add(pool.submit(() -> cache.get("radar", () -> "second render " + renders.incrementAndGet())));
            release.countDown();
            for (Future<String> a : answers) assertEquals("picture", a.get(10, TimeUnit.SECONDS));
            assertEquals(1, renders.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRenderIsNotKept() {
        var cache = new RenderCache<String>(1000, String::length);
        assertThrows(IllegalStateException.class, () -> cache.get("k", () -> {
            throw new IllegalStateException("no such edition");
        }));
        assertEquals("second try", cache.get("k", () -> "second try"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

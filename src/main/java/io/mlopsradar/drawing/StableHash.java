package io.mlopsradar.drawing;

import java.nio.charset.StandardCharsets;

/** A hash that is the same on every JVM and run (FNV-1a over UTF-8, then a 64-bit finaliser). */
final class StableHash {

    private StableHash() {
    }

    static long of(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A value in [0, 1) derived from a seed. */
    static double unit(long seed) {
        return (mix(seed) >>> 11) * 0x1.0p-53;
    }
}

package io.mlopsradar.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * Answers with an entity tag (the data's stamp, that is the database's change counter, and a hash of the body), or
 * 304 Not Modified when the client already holds this exact body.
 */
final class Etag {
    /** The request attribute holding {@link Site#stamp()}, set once per request before any route runs. */
    static final String STAMP = "radar.stamp";

    private Etag() {
    }

    static void send(Context ctx, String contentType, byte[] body) {
        if (tag(ctx, hash(body))) ctx.contentType(contentType).result(body);
    }

    /**
     * Answers a text body. A large one (a cached picture, page or list) is hashed and gzip-compressed once, not for
     * every request: at 2,000 tools {@code /api/v1/tools} is 3.4 MB, and compressing it again for each request cost
     * about a second of CPU on a loaded 2-core host.
     */
    static void send(Context ctx, String contentType, String body) {
        if (body.length() < LARGE) {
            send(ctx, contentType, body.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Encoded encoded;
        synchronized (ENCODED) {
            encoded = ENCODED.get(body);
        }
        if (encoded == null) {
            byte[] plain = body.getBytes(StandardCharsets.UTF_8);
            encoded = new Encoded(hash(plain), gzip(plain));
            synchronized (ENCODED) {
                ENCODED.put(body, encoded);
            }
        }
        if (!tag(ctx, encoded.hash())) return;
        String accepted = ctx.header("Accept-Encoding");
        ctx.header("Vary", "Accept-Encoding");
        if (accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
            ctx.header("Content-Encoding", "gzip"); // Javalin compresses no answer that already carries an encoding
            ctx.contentType(contentType).result(encoded.gzip());
        } else {
            ctx.contentType(contentType).result(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Bodies from this size (in characters) on are encoded once and the encoding kept while the body is cached. */
    static final int LARGE = 64 * 1024;

    private record Encoded(String hash, byte[] gzip) {
    }

    /** Weakly keyed: an encoding lives as long as its body is held by a cache, and no longer. */
    private static final Map<String, Encoded> ENCODED = new WeakHashMap<>();

    /** Sets the ETag; false (after answering 304) when the client already holds this body. */
    private static boolean tag(Context ctx, String hash) {
        Object stamp = ctx.attribute(STAMP);
        String tag = "\"" + (stamp == null ? "" : stamp + "-") + hash + "\"";
        ctx.header("ETag", tag);
        ctx.header("Cache-Control", "no-cache");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.equals(tag) || ifNoneMatch.equals("W/" + tag))) {
            ctx.status(304);
            return false;
        }
        return true;
    }

    private static byte[] gzip(byte[] plain) {
        var out = new ByteArrayOutputStream(plain.length / 8 + 64);
        try (var zip = new GZIPOutputStream(out, 64 * 1024)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void json(Context ctx, Object value) {
        send(ctx, "application/json", Json.write(value));
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

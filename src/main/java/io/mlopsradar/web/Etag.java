package io.mlopsradar.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        Object stamp = ctx.attribute(STAMP);
        String tag = "\"" + (stamp == null ? "" : stamp + "-") + hash(body) + "\"";
        ctx.header("ETag", tag);
        ctx.header("Cache-Control", "no-cache");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.equals(tag) || ifNoneMatch.equals("W/" + tag))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType).result(body);
    }

    static void send(Context ctx, String contentType, String body) {
        send(ctx, contentType, body.getBytes(StandardCharsets.UTF_8));
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

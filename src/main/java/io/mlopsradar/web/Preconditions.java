package io.mlopsradar.web;

import io.javalin.http.Context;
import io.mlopsradar.store.ConcurrentEditException;

/**
 * Optimistic locking over HTTP: a resource's version travels as a strong entity tag ("v3"); an API write names the
 * version it read in If-Match (a form, in its hidden "version" field) and a stale one is refused.
 */
final class Preconditions {
    private Preconditions() {
    }

    /** A write that named no version: answered 428 Precondition Required. */
    static final class Missing extends RuntimeException {
        Missing(String message) {
            super(message);
        }
    }

    static String etag(int version) {
        return "\"v" + version + "\"";
    }

    /** The version the writer read: from If-Match, else the form's "version" field. */
    static int expectedVersion(Context ctx, Input form) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch != null) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) throw new ConcurrentEditException("If-Match needs the strong entity tag, not " + tag);
            if (tag.matches("\"v\\d{1,9}\"")) return Integer.parseInt(tag.substring(2, tag.length() - 1));
            throw new ConcurrentEditException("If-Match " + tag + " names no version of this resource");
        }
        String field = form.get("version");
        if (field != null && field.strip().matches("\\d{1,9}")) return Integer.parseInt(field.strip());
        throw new Missing("send the version you read in If-Match (its ETag) so that a change made meanwhile is not overwritten");
    }
}

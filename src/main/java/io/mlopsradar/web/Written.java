package io.mlopsradar.web;

import io.javalin.http.Context;

/** Answers to API writes: the JSON of what was written, with its version as entity tag when it has one. */
final class Written {
    private Written() {
    }

    static void json(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json").result(Json.write(value));
    }

    static void json(Context ctx, int status, Object value, String etag) {
        ctx.header("ETag", etag);
        json(ctx, status, value);
    }
}

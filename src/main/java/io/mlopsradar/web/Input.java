package io.mlopsradar.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fields of a write, from an HTML form or a JSON object alike; a malformed JSON body is a 400. */
final class Input {
    private final Map<String, String> fields;

    private Input(Map<String, String> fields) {
        this.fields = fields;
    }

    static Input of(Context ctx) {
        String type = ctx.contentType();
        if (type != null && type.startsWith("application/json")) {
            try {
                Map<String, Object> json = Json.MAPPER.readValue(ctx.body().isBlank() ? "{}" : ctx.body(), new TypeReference<>() { });
                var fields = new HashMap<String, String>();
                json.forEach((k, v) -> fields.put(k, v == null ? null : String.valueOf(v)));
                return new Input(fields);
            } catch (JsonProcessingException e) {
                throw new BadRequest("body", "the body is not a JSON object: " + e.getOriginalMessage());
            }
        }
        var fields = new HashMap<String, String>();
        for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet()) {
            if (!e.getValue().isEmpty()) fields.put(e.getKey(), e.getValue().get(0));
        }
        return new Input(fields);
    }

    /** Runs a write whose refusal of bad values ({@link IllegalArgumentException}) is the client's to fix: a 400. */
    static <T> T checked(String field, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequest(field, e.getMessage());
        }
    }

    /** The field, blank as null. */
    String get(String name) {
        String v = fields.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    String required(String name) {
        String v = get(name);
        if (v == null) throw new BadRequest(name, "the field '" + name + "' is required");
        return v;
    }

    int integer(String name) {
        String v = required(name);
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(name, "the field '" + name + "' must be a whole number, not '" + v + "'");
        }
    }
}

package io.mlopsradar.web;

import io.mlopsradar.text.Urls;
import io.javalin.http.Context;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.ToolFilter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/** Reads the tool filters from a query string, rejecting unknown values with a 400 that names the parameter. */
final class Filters {
    static final List<String> DELIVERIES = List.of("open-source", "saas", "cloud-service", "licensed", "internal");
    static final int MAX_SEARCH = 200;

    private Filters() {
    }

    static ToolFilter read(Context ctx, Framework framework) {
        return read(ctx, framework, true);
    }

    /** The filters; quadrant and ring are read only when asked (a radar page resolves them against its own names). */
    static ToolFilter read(Context ctx, Framework framework, boolean quadrantAndRing) {
        String quadrant = quadrantAndRing ? check(ctx, "quadrant", v -> framework.quadrant(v)) : null;
        String category = check(ctx, "category", v -> framework.category(v));
        String ring = quadrantAndRing ? check(ctx, "ring", v -> framework.ring(v)) : null;
        String stage = check(ctx, "stage", v -> framework.stage(v));
        String capability = check(ctx, "capability", v -> framework.capability(v));
        String delivery = check(ctx, "delivery", v -> {
            if (!DELIVERIES.contains(v)) throw new NoSuchElementException("unknown delivery '" + v + "'; known: " + String.join(", ", DELIVERIES));
        });
        String q = blankToNull(ctx.queryParam("q"));
        if (q != null && q.length() > MAX_SEARCH) throw new BadRequest("q", "search text is longer than " + MAX_SEARCH + " characters");
        return new ToolFilter(quadrant, category, ring, stage, delivery, q, capability);
    }

    private static String check(Context ctx, String name, Consumer<String> validate) {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) return null;
        try {
            validate.accept(value);
        } catch (NoSuchElementException e) {
            throw new BadRequest(name, "query parameter '" + name + "': " + e.getMessage());
        }
        return value;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The filter as a query string (without '?'), for links that keep the current view. */
    static String query(ToolFilter f) {
        var sb = new StringBuilder();
        add(sb, "quadrant", f.quadrant());
        add(sb, "category", f.category());
        add(sb, "ring", f.ring());
        add(sb, "stage", f.stage());
        add(sb, "capability", f.capability());
        add(sb, "delivery", f.delivery());
        add(sb, "q", f.search());
        return sb.toString();
    }

    private static void add(StringBuilder sb, String key, String value) {
        if (value == null) return;
        if (!sb.isEmpty()) sb.append('&');
        sb.append(key).append('=').append(Urls.encode(value));
    }
}

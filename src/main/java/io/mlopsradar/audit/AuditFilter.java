package io.mlopsradar.audit;

import java.time.OffsetDateTime;

/** Which audit entries to list: each part null for "any"; newest first, at most {@code limit}. */
public record AuditFilter(String actor, String action, String target, OffsetDateTime from, OffsetDateTime to, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public AuditFilter {
        if (limit <= 0 || limit > MAX_LIMIT) limit = MAX_LIMIT;
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, MAX_LIMIT);
    }
}

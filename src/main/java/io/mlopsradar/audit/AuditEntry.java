package io.mlopsradar.audit;

import java.time.OffsetDateTime;

/** One write as the audit trail keeps it; before and after are JSON (null when there was nothing). */
public record AuditEntry(long id, OffsetDateTime at, String actor, String address, String action, String target,
                         String before, String after) {
}

package io.mlopsradar.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mlopsradar.audit.Actor;
import io.mlopsradar.audit.AuditEntry;
import io.mlopsradar.audit.AuditFilter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The append-only audit trail. Writes add their entry inside their own transaction, so an entry exists exactly when
 * its write happened; this class offers reading and appending, never changing or deleting.
 */
public final class AuditLog {
    private final Jdbi jdbi;

    public AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Appends one entry within the caller's transaction; before and after are turned into JSON. */
    static void append(Handle h, Clock clock, Actor actor, String action, String target, Object before, Object after) {
        h.createUpdate("INSERT INTO audit_entry (at, actor, address, action, target, before_state, after_state)"
                        + " VALUES (:at, :actor, :address, :action, :target, :before, :after)")
                .bind("at", OffsetDateTime.now(clock)).bind("actor", actor.name()).bind("address", actor.address())
                .bind("action", action).bind("target", target).bind("before", json(before)).bind("after", json(after))
                .execute();
    }

    /** Appends one entry in its own transaction. */
    public void append(Clock clock, Actor actor, String action, String target, Object before, Object after) {
        Changes.inWriteTransaction(jdbi, h -> {
            append(h, clock, actor, action, target, before, after);
            return null;
        });
    }

    public List<AuditEntry> find(AuditFilter f) {
        var where = new ArrayList<String>();
        if (f.actor() != null) where.add("LOWER(actor) = LOWER(:actor)");
        if (f.action() != null) where.add("action = :action");
        if (f.target() != null) where.add("target LIKE :target");
        if (f.from() != null) where.add("at >= :from");
        if (f.to() != null) where.add("at < :to");
        String sql = "SELECT id, at, actor, address, action, target, before_state, after_state FROM audit_entry"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY id DESC";
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql).setMaxRows(f.limit());
            if (f.actor() != null) q.bind("actor", f.actor());
            if (f.action() != null) q.bind("action", f.action());
            if (f.target() != null) q.bind("target", "%" + f.target() + "%");
            if (f.from() != null) q.bind("from", f.from());
            if (f.to() != null) q.bind("to", f.to());
            return q.map((rs, ctx) -> new AuditEntry(rs.getLong(1), Times.read(rs, 2, ctx), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))).list();
        });
    }

    private static String json(Object value) {
        if (value == null) return null;
        if (value instanceof String s) return s;
        try {
            return ToolRepository.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

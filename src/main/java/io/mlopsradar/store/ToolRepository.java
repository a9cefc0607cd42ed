package io.mlopsradar.store;

import io.mlopsradar.text.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Tool;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The catalogue in the database: each tool's facts as JSON, with a version for optimistic locking. */
public final class ToolRepository {
    static final ObjectMapper JSON = JsonMappers.compact();

    private final Jdbi jdbi;
    private final Clock clock;

    /** Stored rows are stamped with the time on {@code clock}. */
    public ToolRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * For reading, as most callers do; rows it writes are stamped by the system clock, so a caller that writes and
     * has a clock passes it.
     */
    public ToolRepository(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    /** A stored tool with the version a later update must name. */
    public record Stored(Tool tool, int version) {
    }

    public List<Tool> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT facts FROM tool ORDER BY id").mapTo(String.class).list())
                .stream().map(ToolRepository::fromJson).toList();
    }

    /** The stored tools with their stored signal snapshots. */
    public Catalog catalog() {
        return new Catalog(all(), new SignalRepository(jdbi, clock).all());
    }

    public Optional<Stored> find(String id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    static Optional<Stored> find(Handle h, String id) {
        return h.createQuery("SELECT facts, version FROM tool WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Stored(fromJson(rs.getString("facts")), rs.getInt("version"))).findOne();
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tool").mapTo(Integer.class).one());
    }

    /** Adds tools that are not stored yet, in one transaction; returns how many were added. */
    public int addMissing(Collection<Tool> tools) {
        return Changes.inWriteTransaction(jdbi, h -> addMissing(h, clock, tools));
    }

    static int addMissing(Handle h, Clock clock, Collection<Tool> tools) {
        int added = 0;
        for (Tool t : tools) {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM tool WHERE id = :id").bind("id", t.id())
                    .mapTo(Integer.class).one() > 0;
            if (exists) continue;
            h.createUpdate("INSERT INTO tool (id, name, facts, version, updated_at) VALUES (:id, :name, :facts, 1, :now)")
                    .bind("id", t.id()).bind("name", t.name()).bind("facts", toJson(t))
                    .bind("now", OffsetDateTime.now(clock)).execute();
            added++;
        }
        return added;
    }

    /** Replaces a tool's facts if nobody changed it since {@code expectedVersion}; returns the new version. */
    public int update(Tool tool, int expectedVersion) {
        return Changes.inWriteTransaction(jdbi, h -> update(h, clock, tool, expectedVersion));
    }

    static int update(Handle h, Clock clock, Tool tool, int expectedVersion) {
        int changed = h.createUpdate("UPDATE tool SET name = :name, facts = :facts, version = version + 1, updated_at = :now"
                        + " WHERE id = :id AND version = :version")
                .bind("id", tool.id()).bind("name", tool.name()).bind("facts", toJson(tool))
                .bind("now", OffsetDateTime.now(clock)).bind("version", expectedVersion).execute();
        if (changed == 0) {
            throw new ConcurrentEditException("tool '" + tool.id() + "' was changed by someone else (expected version "
                    + expectedVersion + "); reload it and apply your change again");
        }
        return expectedVersion + 1;
    }

    /** Replaces a tool's facts within a transaction, whatever its version (used by signal refreshes). */
    static void replace(Handle h, Clock clock, Tool tool) {
        h.createUpdate("UPDATE tool SET name = :name, facts = :facts, version = version + 1, updated_at = :now WHERE id = :id")
                .bind("id", tool.id()).bind("name", tool.name()).bind("facts", toJson(tool)).bind("now", OffsetDateTime.now(clock)).execute();
    }

    static String toJson(Tool tool) {
        try {
            return JSON.writeValueAsString(tool);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Tool fromJson(String json) {
        try {
            return JSON.readValue(json, Tool.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored tool facts cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}

package io.mlopsradar.store;

import io.mlopsradar.catalog.Signals;
import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.text.ColumnLengths;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/** The tools' dated signal snapshots: a history per tool, added to and never rewritten. */
public final class SignalRepository {
    static final String COLUMNS = "tool_id, as_of, source, stars, last_commit, latest_release, archived, created, license,"
            + " open_issues, contributors, latest_version, first_release, moved_to";

    private final Jdbi jdbi;
    private final Clock clock;

    /** Stored rows are stamped with the time on {@code clock}. */
    public SignalRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * For reading, as most callers do; rows it writes are stamped by the system clock, so a caller that writes and
     * has a clock passes it.
     */
    public SignalRepository(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    /** Every snapshot of every tool. */
    public Signals all() {
        return new Signals(jdbi.withHandle(SignalRepository::all));
    }

    static List<Snapshot> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM signal_snapshot ORDER BY tool_id, as_of, id")
                .map((rs, ctx) -> snapshot(rs)).list();
    }

    /** One tool's snapshots, oldest first. */
    public List<Snapshot> history(String toolId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM signal_snapshot WHERE tool_id = :t ORDER BY as_of, id")
                .bind("t", toolId).map((rs, ctx) -> snapshot(rs)).list());
    }

    /** Adds the snapshots not stored yet (same tool, day and source), in one transaction; returns how many. */
    public int addMissing(Collection<Snapshot> snapshots) {
        return Changes.inWriteTransaction(jdbi, h -> addMissing(h, clock, snapshots));
    }

    static int addMissing(Handle h, Clock clock, Collection<Snapshot> snapshots) {
        var known = new HashSet<>(h.createQuery("SELECT tool_id, as_of, source FROM signal_snapshot")
                .map((rs, ctx) -> rs.getString(1) + "|" + rs.getDate(2).toLocalDate() + "|" + rs.getString(3)).list());
        var tools = new HashSet<>(h.createQuery("SELECT id FROM tool").mapTo(String.class).list());
        int added = 0;
        for (Snapshot s : snapshots) {
            if (!tools.contains(s.tool()) || !known.add(s.tool() + "|" + s.asOf() + "|" + s.source())) continue;
            insert(h, clock, s);
            added++;
        }
        return added;
    }

    /**
     * Records a refresh in one transaction: the new snapshots, and for each tool whose star count changed, its new
     * count with where and when it was read. Nothing is written if any part fails.
     */
    public void record(Collection<Snapshot> snapshots, Collection<Tool> updatedTools) {
        Changes.inWriteTransaction(jdbi, h -> {
            addMissing(h, clock, snapshots);
            for (Tool t : updatedTools) ToolRepository.replace(h, clock, t);
            return null;
        });
    }

    private static void insert(Handle h, Clock clock, Snapshot s) {
        String tooLong = ColumnLengths.tooLong(s.source(), ColumnLengths.SNAPSHOT_SOURCE);
        if (tooLong != null) throw new IllegalArgumentException("the source of a snapshot of '" + s.tool() + "' " + tooLong);
        Update u = h.createUpdate("INSERT INTO signal_snapshot (" + COLUMNS + ", recorded_at) VALUES (:tool, :asOf, :source,"
                + " :stars, :lastCommit, :latestRelease, :archived, :created, :license, :openIssues, :contributors,"
                + " :latestVersion, :firstRelease, :movedTo, :now)");
        u.bind("tool", s.tool()).bind("asOf", Date.valueOf(s.asOf())).bind("source", s.source());
        integer(u, "stars", s.stars());
        date(u, "lastCommit", s.lastCommit());
        date(u, "latestRelease", s.latestRelease());
        if (s.archived() == null) u.bindNull("archived", Types.BOOLEAN); else u.bind("archived", s.archived());
        date(u, "created", s.created());
        text(u, "license", s.license());
        integer(u, "openIssues", s.openIssues());
        integer(u, "contributors", s.contributors());
        text(u, "latestVersion", s.latestVersion());
        date(u, "firstRelease", s.firstRelease());
        text(u, "movedTo", s.movedTo());
        u.bind("now", OffsetDateTime.now(clock)).execute();
    }

    private static void integer(Update u, String name, Integer v) {
        if (v == null) u.bindNull(name, Types.INTEGER); else u.bind(name, v.intValue());
    }

    private static void date(Update u, String name, LocalDate v) {
        if (v == null) u.bindNull(name, Types.DATE); else u.bind(name, Date.valueOf(v));
    }

    private static void text(Update u, String name, String v) {
        if (v == null) u.bindNull(name, Types.VARCHAR); else u.bind(name, v);
    }

    private static Snapshot snapshot(ResultSet rs) throws SQLException {
        return new Snapshot(rs.getString("tool_id"), day(rs, "as_of"), rs.getString("source"), number(rs, "stars"),
                day(rs, "last_commit"), day(rs, "latest_release"), flag(rs), day(rs, "created"), rs.getString("license"),
                number(rs, "open_issues"), number(rs, "contributors"), rs.getString("latest_version"),
                day(rs, "first_release"), rs.getString("moved_to"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Integer number(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Boolean flag(ResultSet rs) throws SQLException {
        boolean v = rs.getBoolean("archived");
        return rs.wasNull() ? null : v;
    }

    /** The ETag and body last seen for a URL, for conditional requests. */
    public Optional<Cached> cached(String url) {
        return jdbi.withHandle(h -> h.createQuery("SELECT etag, body FROM http_cache WHERE url = :u").bind("u", url)
                .map((rs, ctx) -> new Cached(rs.getString(1), rs.getString(2))).findOne());
    }

    /** Remembers a response's ETag and body. */
    public void remember(String url, Cached response) {
        Changes.inWriteTransaction(jdbi, h -> {
            h.createUpdate("DELETE FROM http_cache WHERE url = :u").bind("u", url).execute();
            h.createUpdate("INSERT INTO http_cache (url, etag, body, fetched_at) VALUES (:u, :e, :b, :now)")
                    .bind("u", url).bind("e", response.etag()).bind("b", response.body()).bind("now", OffsetDateTime.now(clock)).execute();
            return null;
        });
    }

    /** A response body with its ETag. */
    public record Cached(String etag, String body) {
    }
}

package io.mlopsradar.store;

import io.mlopsradar.audit.Actor;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Organisation profiles saved on the site, each with a version that a change must name (a stale change is refused),
 * and the advice every run gave; every write is audited in its own transaction.
 */
public final class ProfileRepository {
    private static final String COLUMNS = "SELECT name, profile, version, updated_by, updated_at FROM organisation_profile";
    private final Jdbi jdbi;
    private final Clock clock;

    public ProfileRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A saved profile: its name, its YAML, and the version a change must name. */
    public record Saved(String name, String profile, int version, String updatedBy, OffsetDateTime updatedAt) {
    }

    /** One run of the advice for a profile: which version of it, who ran it and when, and the advice's JSON. */
    public record AdviceRun(long id, int profileVersion, String advisedBy, OffsetDateTime advisedAt, String advice) {
    }

    public List<Saved> all() {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + " ORDER BY name").map((rs, ctx) -> new Saved(rs.getString(1),
                rs.getString(2), rs.getInt(3), rs.getString(4), Times.read(rs, 5, ctx))).list());
    }

    public Optional<Saved> find(String name) {
        return jdbi.withHandle(h -> find(h, name));
    }

    private static Optional<Saved> find(Handle h, String name) {
        return h.createQuery(COLUMNS + " WHERE name = :n").bind("n", name).map((rs, ctx) -> new Saved(rs.getString(1),
                rs.getString(2), rs.getInt(3), rs.getString(4), Times.read(rs, 5, ctx))).findOne();
    }

    /**
     * Saves a profile: a new one when {@code expectedVersion} is null (refused when the name is taken), else a change
     * to the version read ({@link ConcurrentEditException} when someone saved it meanwhile; nothing changes then).
     */
    public Saved save(Actor actor, String name, String profile, Integer expectedVersion) {
        String checked = checkName(name);
        return Changes.inWriteTransaction(jdbi, h -> {
            Optional<Saved> before = find(h, checked);
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (expectedVersion == null) {
                if (before.isPresent()) throw new ConcurrentEditException("a profile named '" + checked + "' exists; open it to change it");
                h.createUpdate("INSERT INTO organisation_profile (name, profile, version, updated_by, updated_at)"
                        + " VALUES (:n, :p, 1, :by, :now)").bind("n", checked).bind("p", profile).bind("by", actor.name())
                        .bind("now", now).execute();
            } else {
                int changed = h.createUpdate("UPDATE organisation_profile SET profile = :p, version = version + 1, updated_by = :by,"
                                + " updated_at = :now WHERE name = :n AND version = :v").bind("n", checked).bind("p", profile)
                        .bind("by", actor.name()).bind("now", now).bind("v", expectedVersion).execute();
                if (before.isEmpty()) throw new NoSuchElementException("no profile '" + checked + "'");
                if (changed == 0) {
                    throw new ConcurrentEditException("profile '" + checked + "' was saved by " + before.get().updatedBy()
                            + " meanwhile (version " + before.get().version() + ", you read " + expectedVersion + "); nothing was changed");
                }
            }
            Saved after = find(h, checked).orElseThrow();
            AuditLog.append(h, clock, actor, before.isEmpty() ? "profile.add" : "profile.change", "profile:" + checked,
                    before.map(ProfileRepository::view).orElse(null), view(after));
            return after;
        });
    }

    /** The profile's latest advice runs, newest first, at most {@code limit}. */
    public List<AdviceRun> recentAdvice(String name, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, profile_version, advised_by, advised_at, advice FROM profile_advice"
                        + " WHERE profile_name = :n ORDER BY id DESC").bind("n", name).setMaxRows(limit)
                .map((rs, ctx) -> new AdviceRun(rs.getLong(1), rs.getInt(2), rs.getString(3), Times.read(rs, 4, ctx), rs.getString(5)))
                .list());
    }

    /** Keeps one run's advice (JSON) for the profile's version, audited. */
    public void recordAdvice(Actor actor, Saved profile, String adviceJson) {
        Changes.inWriteTransaction(jdbi, h -> {
            h.createUpdate("INSERT INTO profile_advice (profile_name, profile_version, advised_by, advised_at, advice)"
                            + " VALUES (:n, :v, :by, :now, :a)").bind("n", profile.name()).bind("v", profile.version())
                    .bind("by", actor.name()).bind("now", OffsetDateTime.now(clock)).bind("a", adviceJson).execute();
            AuditLog.append(h, clock, actor, "profile.advice", "profile:" + profile.name(), null,
                    Map.of("profile_version", profile.version()));
            return null;
        });
    }

    /** A profile's name: 1 to 100 lower-case letters, digits and '-', starting with a letter or digit. */
    public static String checkName(String name) {
        if (name == null || !name.strip().matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw new IllegalArgumentException("a profile's name is 1 to 100 lower-case letters, digits or '-', starting with a letter or digit");
        }
        return name.strip();
    }

    private static Map<String, Object> view(Saved s) {
        return Map.of("name", s.name(), "version", s.version());
    }
}

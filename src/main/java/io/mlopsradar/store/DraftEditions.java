package io.mlopsradar.store;

import io.mlopsradar.audit.Actor;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.proposals.Draft;
import io.mlopsradar.proposals.Proposal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes to a radar's next draft edition (accepted proposals) and publishes it. Writers of one radar take turns: each
 * first locks the radar's row, so two decisions made at once both land.
 */
public final class DraftEditions {
    private final Jdbi jdbi;
    private final Clock clock;

    public DraftEditions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The version of one edition (grows with each change), for entity tags and optimistic locking. */
    public Optional<Integer> version(String radar, LocalDate date) {
        return jdbi.withHandle(h -> h.createQuery("SELECT version FROM edition WHERE LOWER(radar_name) = LOWER(:n) AND edition_date = :d")
                .bind("n", radar).bind("d", date).mapTo(Integer.class).findOne());
    }

    /** Publishes the draft if it is still at the version the curator saw; a published edition never changes again. */
    public void publish(Actor actor, String radar, LocalDate date, int expectedVersion) {
        Changes.inWriteTransaction(jdbi, h -> {
            History history = lock(h, radar);
            Edition e = history.edition(date);
            if (e.isPublished()) throw new ConcurrentEditException("edition " + date + " of radar '" + radar + "' is already published");
            int version = versionOf(h, history.radar().name(), date);
            if (version != expectedVersion) {
                throw new ConcurrentEditException("edition " + date + " changed since it was read (version " + version
                        + ", not " + expectedVersion + "); reload it and publish again");
            }
            RadarRepository.publish(h, clock, history.radar().name(), date);
            AuditLog.append(h, clock, actor, "edition.publish", "radar:" + history.radar().name() + "/edition:" + date,
                    Map.of("status", "draft", "version", version), Map.of("status", "published", "blips", e.blips().size()));
            return null;
        });
    }

    /** Applies an accepted proposal to the radar's next draft (created from the latest published edition if needed). */
    static LocalDate apply(Handle h, Clock clock, Proposal p) {
        History history = lock(h, p.radar());
        Optional<Edition> existing = Draft.existing(history);
        Edition draft = Draft.next(history, LocalDate.now(clock));
        Edition changed = p.applyTo(draft);
        String radar = history.radar().name();
        if (existing.isEmpty()) {
            RadarRepository.insertEdition(h, clock, radar, changed);
            return changed.date();
        }
        long id = h.createQuery("SELECT id FROM edition WHERE radar_name = :n AND edition_date = :d")
                .bind("n", radar).bind("d", draft.date()).mapTo(Long.class).one();
        h.createUpdate("DELETE FROM blip WHERE edition_id = :e AND blip_key = :k").bind("e", id).bind("k", p.blipKey()).execute();
        Optional<Blip> blip = changed.blip(p.blipKey());
        blip.ifPresent(b -> h.createUpdate("INSERT INTO blip (edition_id, blip_key, name, ring, segment, note)"
                        + " VALUES (:e, :k, :name, :ring, :segment, :note)")
                .bind("e", id).bind("k", b.key()).bind("name", b.name()).bind("ring", b.ring()).bind("segment", b.segment())
                .bind("note", b.note()).execute());
        h.createUpdate("UPDATE edition SET version = version + 1, updated_at = :now WHERE id = :e")
                .bind("now", OffsetDateTime.now(clock)).bind("e", id).execute();
        return changed.date();
    }

    /** Reads the radar after locking its row until the transaction ends. */
    static History lock(Handle h, String radar) {
        h.createUpdate("UPDATE radar SET title = title WHERE LOWER(name) = LOWER(:n)").bind("n", radar).execute();
        var r = RadarRepository.require(h, radar);
        return new History(r, RadarRepository.editions(h, r.name()));
    }

    private static int versionOf(Handle h, String radar, LocalDate date) {
        return h.createQuery("SELECT version FROM edition WHERE radar_name = :n AND edition_date = :d")
                .bind("n", radar).bind("d", date).mapTo(Integer.class).one();
    }
}

package io.mlopsradar.store;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.audit.Actor;
import io.mlopsradar.editions.History;
import io.mlopsradar.proposals.Comment;
import io.mlopsradar.proposals.NewProposal;
import io.mlopsradar.proposals.Proposal;
import io.mlopsradar.proposals.ProposalConflictException;
import io.mlopsradar.proposals.ProposalJson;
import io.mlopsradar.proposals.ProposalKind;
import io.mlopsradar.proposals.ProposalStatus;
import io.mlopsradar.proposals.Tally;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Proposals, their comments and votes; each write is one transaction with its audit entry. */
public final class ProposalRepository {
    private static final String COLUMNS = "SELECT id, radar_name, kind, blip_key, blip_name, ring, segment, rationale, author,"
            + " status, decision_note, decided_by, created_at, decided_at, version FROM proposal";
    private final Jdbi jdbi;
    private final Clock clock;

    public ProposalRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Stores a proposal after checking it against the radar's next draft. */
    public Proposal create(Actor actor, String radar, NewProposal raw) {
        return Changes.inWriteTransaction(jdbi, h -> {
            var r = RadarRepository.require(h, radar);
            NewProposal p = raw.checked(new History(r, RadarRepository.editions(h, r.name())), LocalDate.now(clock));
            long id = h.createUpdate("INSERT INTO proposal (radar_name, kind, blip_key, blip_name, ring, segment, rationale, author,"
                            + " status, version, created_at) VALUES (:radar, :kind, :key, :name, :ring, :segment, :rationale, :author,"
                            + " 'OPEN', 1, :now)")
                    .bind("radar", r.name()).bind("kind", p.kind().name()).bind("key", p.blipKey()).bind("name", p.blipName())
                    .bind("ring", p.ring()).bind("segment", p.segment()).bind("rationale", p.rationale())
                    .bind("author", actor.name()).bind("now", OffsetDateTime.now(clock))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Proposal stored = find(h, id).orElseThrow();
            AuditLog.append(h, clock, actor, "proposal.create", target(stored), null, ProposalJson.of(stored));
            return stored;
        });
    }

    public Optional<Proposal> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    /** A radar's proposals, newest first; status null for all. */
    public List<Proposal> of(String radar, ProposalStatus status) {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + " WHERE LOWER(radar_name) = LOWER(:r)"
                        + (status == null ? "" : " AND status = :s") + " ORDER BY id DESC")
                .bind("r", radar).bind("s", status == null ? "" : status.name()).map(ProposalRepository::row).list());
    }

    public Comment comment(Actor actor, long proposalId, String body) {
        if (body == null || body.isBlank()) throw new IllegalArgumentException("a comment needs some text");
        if (body.length() > Comment.MAX_BODY) throw new IllegalArgumentException("a comment is at most " + Comment.MAX_BODY + " characters");
        return Changes.inWriteTransaction(jdbi, h -> {
            Proposal p = require(h, proposalId);
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id = h.createUpdate("INSERT INTO proposal_comment (proposal_id, author, body, created_at) VALUES (:p, :a, :b, :now)")
                    .bind("p", proposalId).bind("a", actor.name()).bind("b", body.strip()).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditLog.append(h, clock, actor, "proposal.comment", target(p), null, new Commented(id, body.strip()));
            return new Comment(id, proposalId, actor.name(), body.strip(), now);
        });
    }

    public List<Comment> comments(long proposalId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, proposal_id, author, body, created_at FROM proposal_comment"
                        + " WHERE proposal_id = :p ORDER BY id")
                .bind("p", proposalId).map((rs, ctx) -> new Comment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), Times.read(rs, 5, ctx))).list());
    }

    /** Casts or changes the person's one vote (+1 for, -1 against) on an open proposal. */
    public Tally vote(Actor actor, long proposalId, int vote) {
        if (vote != 1 && vote != -1) throw new IllegalArgumentException("a vote is 1 (for) or -1 (against), not " + vote);
        try {
            return castVote(actor, proposalId, vote);
        } catch (UnableToExecuteStatementException e) {
            // the same person voted twice at once: the other request inserted first; this one now updates
            return castVote(actor, proposalId, vote);
        }
    }

    private Tally castVote(Actor actor, long proposalId, int vote) {
        return Changes.inWriteTransaction(jdbi, h -> {
            Proposal p = require(h, proposalId);
            if (!p.isOpen()) throw new ProposalConflictException("proposal " + proposalId + " is " + p.status().id() + "; votes are closed");
            Integer before = h.createQuery("SELECT vote FROM proposal_vote WHERE proposal_id = :p AND voter = :v")
                    .bind("p", proposalId).bind("v", actor.name()).mapTo(Integer.class).findOne().orElse(null);
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (before == null) {
                h.createUpdate("INSERT INTO proposal_vote (proposal_id, voter, vote, updated_at) VALUES (:p, :v, :vote, :now)")
                        .bind("p", proposalId).bind("v", actor.name()).bind("vote", vote).bind("now", now).execute();
            } else {
                h.createUpdate("UPDATE proposal_vote SET vote = :vote, updated_at = :now WHERE proposal_id = :p AND voter = :v")
                        .bind("p", proposalId).bind("v", actor.name()).bind("vote", vote).bind("now", now).execute();
            }
            AuditLog.append(h, clock, actor, "proposal.vote", target(p), before == null ? null : new Voted(before), new Voted(vote));
            return tally(h, proposalId, actor.name());
        });
    }

    public Tally tally(long proposalId, String voter) {
        return jdbi.withHandle(h -> tally(h, proposalId, voter));
    }

    /**
     * Accepts (into the radar's next draft edition) or rejects an open proposal, if it is still at the version the
     * curator read; returns the decided proposal.
     */
    public Proposal decide(Actor actor, long proposalId, boolean accept, String note, int expectedVersion) {
        return Changes.inWriteTransaction(jdbi, h -> {
            Proposal p = require(h, proposalId);
            if (p.version() != expectedVersion) {
                throw new ConcurrentEditException("proposal " + proposalId + " changed since it was read (version " + p.version()
                        + ", not " + expectedVersion + "); reload it and decide again");
            }
            if (!p.isOpen()) throw new ProposalConflictException("proposal " + proposalId + " is already " + p.status().id());
            LocalDate draft = accept ? DraftEditions.apply(h, clock, p) : null;
            int n = h.createUpdate("UPDATE proposal SET status = :s, decision_note = :note, decided_by = :by, decided_at = :now,"
                            + " version = version + 1 WHERE id = :id AND version = :v")
                    .bind("s", (accept ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED).name())
                    .bind("note", note == null || note.isBlank() ? null : note.strip()).bind("by", actor.name())
                    .bind("now", OffsetDateTime.now(clock)).bind("id", proposalId).bind("v", expectedVersion).execute();
            if (n == 0) throw new ConcurrentEditException("proposal " + proposalId + " was decided by someone else meanwhile");
            Proposal decided = find(h, proposalId).orElseThrow();
            Object after = draft == null ? ProposalJson.of(decided) : new Accepted(ProposalJson.of(decided), draft.toString());
            AuditLog.append(h, clock, actor, accept ? "proposal.accept" : "proposal.reject", target(p), ProposalJson.of(p), after);
            return decided;
        });
    }

    private static Tally tally(Handle h, long proposalId, String voter) {
        int[] counts = new int[3];
        h.createQuery("SELECT voter, vote FROM proposal_vote WHERE proposal_id = :p").bind("p", proposalId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2))).forEach(e -> {
                    if (e.getValue() > 0) counts[0]++;
                    else counts[1]++;
                    if (e.getKey().equals(voter)) counts[2] = e.getValue();
                });
        return new Tally(counts[0], counts[1], counts[2]);
    }

    private static Proposal require(Handle h, long id) {
        return find(h, id).orElseThrow(() -> new NoSuchElementException("no proposal " + id));
    }

    private static Optional<Proposal> find(Handle h, long id) {
        return h.createQuery(COLUMNS + " WHERE id = :id").bind("id", id).map(ProposalRepository::row).findOne();
    }

    private static Proposal row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Proposal(rs.getLong(1), rs.getString(2), ProposalKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), ProposalStatus.valueOf(rs.getString(10)),
                rs.getString(11), rs.getString(12), Times.read(rs, 13, ctx), Times.read(rs, 14, ctx),
                rs.getInt(15));
    }

    private static String target(Proposal p) {
        return "radar:" + p.radar() + "/proposal:" + p.id();
    }

    /** What the audit trail keeps of an accepted proposal: the proposal and the draft edition it changed. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Accepted(@JsonUnwrapped ProposalJson proposal, String draftEdition) {
    }

    /** What the audit trail keeps of a comment. */
    private record Commented(long comment, String body) {
    }

    /** What the audit trail keeps of a vote. */
    private record Voted(int vote) {
    }
}

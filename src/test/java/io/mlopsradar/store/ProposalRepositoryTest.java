package io.mlopsradar.store;

import io.mlopsradar.editions.Blip;

import static io.mlopsradar.editions.Histories.JUL;
import static io.mlopsradar.editions.Histories.RADAR;
import static io.mlopsradar.editions.Histories.dvc;
import static io.mlopsradar.editions.Histories.mlflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.audit.Actor;
import io.mlopsradar.audit.AuditEntry;
import io.mlopsradar.audit.AuditFilter;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.proposals.NewProposal;
import io.mlopsradar.proposals.Proposal;
import io.mlopsradar.proposals.ProposalConflictException;
import io.mlopsradar.proposals.ProposalKind;
import io.mlopsradar.proposals.ProposalStatus;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProposalRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(JUL.plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final Actor CARL = new Actor("carl", "10.0.0.1");
    private static final Actor CORA = new Actor("cora", "10.0.0.2");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static ProposalRepository withRadar(Database db) {
        new RadarRepository(db.jdbi()).save(new History(RADAR, List.of(Edition.published(JUL, List.of(mlflow("Adopt"), dvc("Trial"))))));
        return new ProposalRepository(db.jdbi(), CLOCK);
    }

    private static NewProposal move(String key, String ring) {
        return new NewProposal(ProposalKind.MOVE, key, key, ring, null, "because");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void acceptedProposalsCollectInOneDraftAndEachWriteIsAudited(Database db) {
        try (db) {
            var repo = withRadar(db);
            Proposal a = repo.create(CARL, "mlops", move("mlflow", "hold"));
            Proposal b = repo.create(CARL, "mlops", new NewProposal(ProposalKind.REMOVE, "dvc", "DVC", null, null, "gone"));
            repo.decide(CORA, a.id(), true, "yes", 1);
            repo.decide(CORA, b.id(), true, null, 1);
            History h = new RadarRepository(db.jdbi()).history("mlops").orElseThrow();
            assertThat(h.editions()).hasSize(2);
            Edition draft = h.editions().get(1);
            assertThat(draft.isPublished()).isFalse();
            assertThat(draft.date()).isEqualTo(JUL.plusDays(10));
            assertThat(draft.blips()).extracting(Blip::ring).containsExactly("Hold");
            List<AuditEntry> audit = new AuditLog(db.jdbi()).find(AuditFilter.all());
            assertThat(audit).extracting(AuditEntry::action)
                    .containsExactly("proposal.accept", "proposal.accept", "proposal.create", "proposal.create");
            assertThat(audit.get(0).actor()).isEqualTo("cora");
            assertThat(audit.get(0).address()).isEqualTo("10.0.0.2");
            assertThat(audit.get(0).before()).contains("\"status\":\"open\"");
            assertThat(audit.get(0).after()).contains("\"status\":\"accepted\"").contains("draft_edition");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStaleDecisionChangesNothingAndLeavesNoAuditEntry(Database db) {
        try (db) {
            var repo = withRadar(db);
            Proposal a = repo.create(CARL, "mlops", move("mlflow", "hold"));
            repo.decide(CORA, a.id(), false, "no", 1);
            assertThatThrownBy(() -> repo.decide(CORA, a.id(), true, "yes", 1)).isInstanceOf(ConcurrentEditException.class);
            assertThatThrownBy(() -> repo.decide(CORA, a.id(), true, "yes", 2)).isInstanceOf(ProposalConflictException.class);
            assertThat(repo.find(a.id()).orElseThrow().status()).isEqualTo(ProposalStatus.REJECTED);
            assertThat(new RadarRepository(db.jdbi()).history("mlops").orElseThrow().editions()).hasSize(1);
            assertThat(new AuditLog(db.jdbi()).find(AuditFilter.all())).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aProposalThatNoLongerAppliesIsRefusedWholly(Database db) {
        try (db) {
            var repo = withRadar(db);
            Proposal remove = repo.create(CARL, "mlops", new NewProposal(ProposalKind.REMOVE, "dvc", "DVC", null, null, "gone"));
            Proposal moveIt = repo.create(CARL, "mlops", move("dvc", "hold"));
            repo.decide(CORA, remove.id(), true, null, 1);
            assertThatThrownBy(() -> repo.decide(CORA, moveIt.id(), true, null, 1)).isInstanceOf(ProposalConflictException.class);
            assertThat(repo.find(moveIt.id()).orElseThrow().isOpen()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrentVotesLoseNothing(Database db) throws Exception {
        try (db) {
            var repo = withRadar(db);
            Proposal a = repo.create(CARL, "mlops", move("mlflow", "hold"));
            int voters = 24;
            var tasks = new ArrayList<Callable<Object>>();
            for (int i = 0; i < voters; i++) {
                int n = i;
                tasks.add(() -> repo.vote(new Actor("voter" + n, "local"), a.id(), n % 3 == 0 ? -1 : 1));
                // every voter also changes their mind once, racing their own first vote
                tasks.add(() -> repo.vote(new Actor("voter" + n, "local"), a.id(), n % 3 == 0 ? -1 : 1));
            }
            var pool = Executors.newFixedThreadPool(6);
            try {
                for (var f : pool.invokeAll(tasks)) f.get();
            } finally {
                pool.shutdown();
            }
            var tally = repo.tally(a.id(), "voter0");
            assertThat(tally.inFavour() + tally.against()).isEqualTo(voters);
            assertThat(tally.against()).isEqualTo(8);
            assertThat(tally.mine()).isEqualTo(-1);
        }
    }
}

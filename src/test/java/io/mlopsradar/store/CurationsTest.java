package io.mlopsradar.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.audit.Actor;
import io.mlopsradar.audit.AuditEntry;
import io.mlopsradar.audit.AuditFilter;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurationsTest {
    static final Clock PINNED = Clock.fixed(Instant.parse("2026-11-28T10:15:00Z"), ZoneOffset.UTC);

    @Test
    void aDecisionAndItsClearingAreAuditedWithTheRingAndRationaleBeforeAndAfter() {
        try (Database db = TestDatabases.sqlite()) {
            new ToolRepository(db.jdbi()).addMissing(List.of(Catalog.bundled().get("feast")));
            var curations = new Curations(db, Framework.bundled(), PINNED);
            var actor = new Actor("cora", "127.0.0.1");
            var set = curations.decide(actor, "feast", curations.decision("hold", "Our \"own\" store wins.", false), 1);
            curations.decide(actor, "feast", curations.decision(null, null, true), set.version());
            List<AuditEntry> entries = new AuditLog(db.jdbi()).find(AuditFilter.all());
            assertThat(entries).extracting(AuditEntry::action).containsExactly("tool.curation-clear", "tool.curation");
            assertThat(entries.get(1).before()).isNull();
            assertThat(entries.get(1).after()).isEqualTo("{\"ring\":\"hold\",\"rationale\":\"Our \\\"own\\\" store wins.\"}");
            assertThat(entries.get(0).before()).isEqualTo(entries.get(1).after());
            assertThat(entries.get(0).after()).isNull();
            assertThat(entries.get(1).at().toInstant()).isEqualTo(PINNED.instant());
        }
    }
}

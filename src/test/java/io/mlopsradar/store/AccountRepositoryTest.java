package io.mlopsradar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.accounts.Role;
import io.mlopsradar.audit.Actor;
import io.mlopsradar.audit.AuditFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AccountRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Actor ADMIN = new Actor("cli:root", "local");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void accountsAuthenticateByPasswordAndCarryTheirRoles(Database db) {
        try (db) {
            var repo = new AccountRepository(db.jdbi(), CLOCK);
            repo.add(ADMIN, "carl", "a long enough password", false);
            repo.grant(ADMIN, "carl", "mlops", Role.CURATOR);
            assertThatThrownBy(() -> repo.add(ADMIN, "CARL", "another long password", false)).hasMessageContaining("exists");
            var carl = repo.authenticate("Carl", "a long enough password").orElseThrow();
            assertThat(carl.roleOn("mlops")).isEqualTo(Role.CURATOR);
            assertThat(carl.roleOn("other")).isEqualTo(Role.VIEWER);
            assertThat(repo.authenticate("carl", "wrong password")).isEmpty();
            assertThat(repo.authenticate("nobody", "a long enough password")).isEmpty();
            String hash = db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM account").mapTo(String.class).one());
            assertThat(hash).startsWith("$argon2id$").doesNotContain("a long enough password");
            repo.setDisabled(ADMIN, "carl", true);
            assertThat(repo.authenticate("carl", "a long enough password")).isEmpty();
            assertThat(new AuditLog(db.jdbi()).find(AuditFilter.all())).extracting(e -> e.action())
                    .containsExactly("account.disable", "account.grant", "account.add");
            assertThat(new AuditLog(db.jdbi()).find(AuditFilter.all())).allSatisfy(e -> {
                assertThat(e.after()).doesNotContain("argon2");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sessionsAndTokensExpireAndEndWithTheAccount(Database db) {
        try (db) {
            var accounts = new AccountRepository(db.jdbi(), CLOCK);
            var carl = accounts.add(ADMIN, "carl", "a long enough password", false);
            var sessions = new SessionRepository(db.jdbi(), CLOCK, Duration.ofHours(12));
            String session = sessions.start(carl, ADMIN);
            assertThat(sessions.account(session)).isPresent();
            var later = new SessionRepository(db.jdbi(), Clock.offset(CLOCK, Duration.ofHours(13)), Duration.ofHours(12));
            assertThat(later.account(session)).isEmpty();

            var tokens = new ApiTokenRepository(db.jdbi(), CLOCK);
            var token = tokens.create(ADMIN, carl, "ci", OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC).plusDays(30));
            assertThat(tokens.account(token.secret())).isPresent();
            assertThat(new ApiTokenRepository(db.jdbi(), Clock.offset(CLOCK, Duration.ofDays(31))).account(token.secret())).isEmpty();
            assertThat(tokens.account(token.secret() + "x")).isEmpty();

            accounts.setDisabled(ADMIN, "carl", true);
            assertThat(sessions.account(session)).isEmpty();
            assertThat(tokens.account(token.secret())).isEmpty();
            accounts.setDisabled(ADMIN, "carl", false);
            assertThat(tokens.account(token.secret())).isPresent();
            tokens.revoke(ADMIN, carl, token.id());
            assertThat(tokens.account(token.secret())).isEmpty();
        }
    }
}

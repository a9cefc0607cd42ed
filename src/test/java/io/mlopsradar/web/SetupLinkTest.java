package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.audit.Actor;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.AccountRepository;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.Seeder;
import io.mlopsradar.store.SetupLinks;
import io.mlopsradar.store.TestDatabases;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetupLinkTest {

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theFirstAdminIsCreatedOnceThroughTheLinkAndTheLinkIsThenGone(String engine) {
        try (Database db = TestDatabases.of(engine)) {
            new Seeder(db).seed(Framework.bundled(), Catalog.bundled(), TestSite.TODAY);
            String secret = new SetupLinks(db.jdbi(), Clock.systemUTC()).issue().orElseThrow();
            try (TeamSite team = TeamSite.startOn(db)) {
                WebUser first = team.anonymous();
                assertThat(first.get("/setup/" + secret).body()).contains("id=\"setup-form\"");
                assertThat(first.get("/setup/not-the-secret").code()).isEqualTo(404);

                var differ = first.form("/setup/" + secret, "name", "ada", "password", TeamSite.PASSWORD, "again", "something else");
                assertThat(differ.code()).isEqualTo(400);
                var tooShort = first.form("/setup/" + secret, "name", "ada", "password", "short", "again", "short");
                assertThat(tooShort.code()).isEqualTo(400);
                assertThat(tooShort.body()).contains("at least 10 characters");
                var noToken = first.formWithout("/setup/" + secret, java.util.Map.of("name", "eve", "password", TeamSite.PASSWORD,
                        "again", TeamSite.PASSWORD));
                assertThat(noToken.code()).isEqualTo(403);

                var created = first.form("/setup/" + secret, "name", "ada", "password", TeamSite.PASSWORD, "again", TeamSite.PASSWORD);
                assertThat(created.code()).as(created.body()).isEqualTo(303);
                assertThat(new AccountRepository(db.jdbi(), Clock.systemUTC()).find("ada").orElseThrow().siteAdmin()).isTrue();
                WebUser ada = team.as("ada");
                assertThat(ada.get("/api/v1/audit?action=account.setup").body()).contains("account:ada");

                assertThat(first.get("/setup/" + secret).code()).isEqualTo(404);
                assertThat(team.anonymous().form("/setup/" + secret, "name", "mallory", "password", TeamSite.PASSWORD,
                        "again", TeamSite.PASSWORD).code()).isEqualTo(404);
                assertThat(new AccountRepository(db.jdbi(), Clock.systemUTC()).find("mallory")).isEmpty();
                assertThat(new SetupLinks(db.jdbi(), Clock.systemUTC()).issue()).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aLinkExpiresAndIsKeptOnlyAsADigest(String engine) {
        try (Database db = TestDatabases.of(engine)) {
            Clock now = Clock.fixed(TestSite.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            String secret = new SetupLinks(db.jdbi(), now).issue().orElseThrow();
            String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM setup_token").mapTo(String.class).one());
            assertThat(stored).isNotEqualTo(secret).doesNotContain(secret);
            var later = new SetupLinks(db.jdbi(), Clock.offset(now, SetupLinks.LIFETIME.plusMinutes(1)));
            assertThat(later.valid(secret)).isFalse();
            assertThatThrownBy(() -> later.use(new Actor("x", "local"), secret, "ada", TeamSite.PASSWORD))
                    .isInstanceOf(NoSuchElementException.class);
            assertThat(new SetupLinks(db.jdbi(), now).valid(secret)).isTrue();
        }
    }
}

package io.mlopsradar.web;

import static io.mlopsradar.text.GoldenAnswers.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** The exact JSON of the account, token, user and settings answers, and of what the audit trail keeps about accounts. */
class AccountAnswersKeepTheirShapeTest {
    @Test
    void accountsTokensUsersAndSettingsAnswerTheDocumentedJson() {
        try (Database db = TestDatabases.sqlite(); TeamSite team = TeamSite.start(db)) {
            WebUser ada = team.as("ada");
            assertMatches("web/me.json", ada.get("/api/v1/me").body());
            assertMatches("web/me-curator.json", team.as("cora").get("/api/v1/me").body());

            var token = ada.json("POST", "/api/v1/tokens", "{\"label\":\"ci\",\"days\":30}");
            assertThat(token.code()).isEqualTo(201);
            assertMatches("web/token-created.json", token.body(), "token");
            assertMatches("web/tokens.json", ada.get("/api/v1/tokens").body());

            var added = ada.json("POST", "/api/v1/users", "{\"name\":\"nina\",\"password\":\"" + TeamSite.PASSWORD + "\"}");
            assertThat(added.code()).isEqualTo(201);
            assertMatches("web/user-added.json", added.body());
            assertMatches("web/user-granted.json", ada.json("PUT", "/api/v1/users/nina/roles",
                    "{\"role\":\"curator\",\"radar\":\"mlops\"}").body());
            assertMatches("web/user-disabled.json", ada.json("PUT", "/api/v1/users/nina/disabled", "{\"disabled\":true}").body());
            assertMatches("web/users.json", ada.get("/api/v1/users").body());

            assertMatches("web/settings.json", ada.get("/api/v1/settings").body());
            assertMatches("web/settings-changed.json", ada.json("PUT", "/api/v1/settings", "{\"anonymous_read\":false}").body());

            assertMatches("web/audit-accounts.json", ada.get("/api/v1/audit?target=account:nina").body());
        }
    }
}

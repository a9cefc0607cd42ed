package io.mlopsradar.web;

import static io.mlopsradar.text.GoldenJson.assertAnswer;
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
            assertAnswer(ada.get("/api/v1/me").body(), "web/answers/me.json");
            assertAnswer(team.as("cora").get("/api/v1/me").body(), "web/answers/me-curator.json");

            var token = ada.json("POST", "/api/v1/tokens", "{\"label\":\"ci\",\"days\":30}");
            assertThat(token.code()).isEqualTo(201);
            assertAnswer(token.body(), "web/answers/token-created.json", "token");
            assertAnswer(ada.get("/api/v1/tokens").body(), "web/answers/tokens.json");

            var added = ada.json("POST", "/api/v1/users", "{\"name\":\"nina\",\"password\":\"" + TeamSite.PASSWORD + "\"}");
            assertThat(added.code()).isEqualTo(201);
            assertAnswer(added.body(), "web/answers/user-added.json");
            assertAnswer(ada.json("PUT", "/api/v1/users/nina/roles",
                    "{\"role\":\"curator\",\"radar\":\"mlops\"}").body(), "web/answers/user-granted.json");
            assertAnswer(ada.json("PUT", "/api/v1/users/nina/disabled", "{\"disabled\":true}").body(), "web/answers/user-disabled.json");
            assertAnswer(ada.get("/api/v1/users").body(), "web/answers/users.json");

            assertAnswer(ada.get("/api/v1/settings").body(), "web/answers/settings.json");
            assertAnswer(ada.json("PUT", "/api/v1/settings", "{\"anonymous_read\":false}").body(), "web/answers/settings-changed.json");

            assertAnswer(ada.get("/api/v1/audit?target=account:nina").body(), "web/answers/audit-accounts.json");
        }
    }
}

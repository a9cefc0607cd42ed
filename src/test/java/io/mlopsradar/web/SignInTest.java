package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInTest {
    private Database db;
    private TeamSite team;

    @BeforeEach
    void start() {
        db = TestDatabases.sqlite();
        team = TeamSite.start(db);
    }

    @AfterEach
    void stop() {
        team.close();
        db.close();
    }

    @Test
    void signingInSetsAnHttpOnlyLaxSessionCookieAndShowsTheAccount() {
        WebUser carl = team.anonymous();
        var r = carl.form("/login", "name", "carl", "password", TeamSite.PASSWORD, "next", "/radars/mlops/proposals");
        assertThat(r.code()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo("/radars/mlops/proposals");
        String setCookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("radar_session=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
        assertThat(carl.get("/account").body()).contains("carl").contains("contributor");
        assertThat(carl.get("/api/v1/me").body()).contains("\"name\":\"carl\"");
    }

    @Test
    void secureCookiesWhenConfiguredForHttps() {
        var app = WebApp.create(team.site, TeamConfig.defaults().withSecureCookies(true)).start(0);
        try {
            var r = new WebUser(app.port()).get("/login");
            assertThat(r.header("Set-Cookie")).contains("Secure").contains("HttpOnly");
        } finally {
            app.stop();
        }
    }

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswer() {
        var unknown = team.anonymous().form("/login", "name", "nobody", "password", "whatever-it-is");
        var wrong = team.anonymous().form("/login", "name", "carl", "password", "not the password");
        assertThat(unknown.code()).isEqualTo(401).isEqualTo(wrong.code());
        assertThat(unknown.body()).contains(AuthRoutes.WRONG.replace("'", "&#39;").substring(0, 20));
        assertThat(stripTokens(unknown.body())).isEqualTo(stripTokens(wrong.body()));
    }

    @Test
    void repeatedFailuresBlockEvenTheRightPasswordForAWhile() {
        WebUser guesser = team.anonymous();
        for (int i = 0; i < 5; i++) assertThat(guesser.form("/login", "name", "cleo", "password", "guess " + i).code()).isEqualTo(401);
        var right = guesser.form("/login", "name", "cleo", "password", TeamSite.PASSWORD);
        assertThat(right.code()).isEqualTo(429);
        assertThat(right.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Access.SESSION_COOKIE));
        assertThat(team.anonymous().form("/login", "name", "carl", "password", TeamSite.PASSWORD).code()).isEqualTo(303);
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        WebUser carl = team.as("carl");
        String session = carl.cookie(Access.SESSION_COOKIE);
        assertThat(carl.form("/logout").code()).isEqualTo(303);
        WebUser thief = team.anonymous();
        var r = thief.get("/api/v1/me", "Cookie", Access.SESSION_COOKIE + "=" + session);
        assertThat(r.code()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        WebUser carl = team.as("carl");
        var r = carl.formWithout("/account/tokens", Map.of("label", "ci", "days", "30"));
        assertThat(r.code()).isEqualTo(403);
        assertThat(r.body()).contains("CSRF");
        var forged = carl.formWithout("/account/tokens", Map.of("label", "ci", "days", "30", "csrf", "not-the-token-at-all-forged"));
        assertThat(forged.code()).isEqualTo(403);
        assertThat(carl.get("/api/v1/tokens").body()).isEqualTo("[]");
    }

    @Test
    void apiTokensAreShownOnceWorkAsBearerAndStopWhenRevoked() throws Exception {
        WebUser carl = team.as("carl");
        var created = carl.json("POST", "/api/v1/tokens", "{\"label\":\"ci\",\"days\":30}");
        assertThat(created.code()).isEqualTo(201);
        var node = Json.MAPPER.readTree(created.body());
        String secret = node.get("token").asText();
        assertThat(secret).startsWith("rdr_");
        assertThat(carl.get("/api/v1/tokens").body()).doesNotContain(secret).contains("\"label\":\"ci\"");
        int stored = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM api_token WHERE token_hash = :s")
                .bind("s", secret).mapTo(Integer.class).one());
        assertThat(stored).isZero();

        WebUser ci = team.anonymous().withBearer(secret);
        assertThat(ci.get("/api/v1/me").body()).contains("\"name\":\"carl\"");
        var vote = ci.json("POST", "/api/v1/radars/mlops/proposals",
                "{\"kind\":\"move\",\"tool\":\"mlflow\",\"ring\":\"hold\",\"rationale\":\"from CI\"}");
        assertThat(vote.code()).as(vote.body()).isEqualTo(201);

        assertThat(carl.json("DELETE", "/api/v1/tokens/" + node.get("id").asLong(), null).code()).isEqualTo(204);
        var refused = ci.get("/api/v1/me");
        assertThat(refused.code()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aDisabledAccountsSessionStopsWorking() {
        WebUser vera = team.as("vera");
        WebUser ada = team.as("ada");
        assertThat(ada.json("PUT", "/api/v1/users/vera/disabled", "{\"disabled\":true}").code()).isEqualTo(200);
        assertThat(vera.get("/api/v1/me").code()).isEqualTo(401);
        assertThat(team.anonymous().form("/login", "name", "vera", "password", TeamSite.PASSWORD).code()).isEqualTo(401);
    }

    private static String stripTokens(String html) {
        return html.replaceAll("name=\"csrf\" value=\"[^\"]*\"", "");
    }
}

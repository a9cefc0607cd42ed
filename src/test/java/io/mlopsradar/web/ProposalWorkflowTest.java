package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProposalWorkflowTest {
    /** The database the app runs on: the embedded default here, PostgreSQL in the subclass. */
    Database database() {
        return TestDatabases.sqlite();
    }

    private Database db;
    private TeamSite team;
    private WebUser carl;
    private WebUser cleo;
    private WebUser cora;

    @BeforeEach
    void start() {
        db = database();
        team = TeamSite.start(db);
        carl = team.as("carl");
        cleo = team.as("cleo");
        cora = team.as("cora");
    }

    @AfterEach
    void stop() {
        team.close();
        db.close();
    }

    @Test
    void aProposalMadeInTheBrowserShowsTheToolsFactsAndComputedRingBesideTheProposedOne() {
        var r = carl.form("/radars/mlops/proposals", "kind", "move", "tool", "MLflow", "ring", "Hold",
                "rationale", "We **replace** it with the platform's tracking.");
        assertThat(r.code()).isEqualTo(303);
        var page = carl.get(r.header("Location")).body();
        assertThat(page).contains("move MLflow to Hold").contains("<strong>replace</strong>")
                .contains("id=\"current-ring\">Trial").contains("id=\"proposed-ring\">Hold").contains("id=\"computed-ring\"")
                .contains("class=\"reasons\"");
        assertThat(team.anonymous().get("/radars/mlops/proposals").body()).contains("move MLflow to Hold");
    }

    @Test
    void aProposalThatCannotApplyIsRefusedWithItsReason() {
        var same = carl.json("POST", "/api/v1/radars/mlops/proposals", "{\"kind\":\"move\",\"tool\":\"mlflow\",\"ring\":\"trial\",\"rationale\":\"x\"}");
        assertThat(same.code()).isEqualTo(400);
        assertThat(same.header("Content-Type")).startsWith("application/problem+json");
        assertThat(same.body()).contains("already in Trial");
        var unknown = carl.json("POST", "/api/v1/radars/mlops/proposals", "{\"kind\":\"add\",\"tool\":\"no such tool\",\"ring\":\"adopt\",\"rationale\":\"x\"}");
        assertThat(unknown.code()).isEqualTo(400);
        var page = carl.form("/radars/mlops/proposals", "kind", "move", "tool", "mlflow", "ring", "Trial", "rationale", "x");
        assertThat(page.code()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"error\"").contains("already in Trial");
    }

    @Test
    void commentsAreSanitisedAndEachPersonHasOneChangeableVote() throws Exception {
        long id = propose("mlflow", "hold");
        String path = "/api/v1/radars/mlops/proposals/" + id;
        assertThat(cleo.json("POST", path + "/comments", "{\"body\":\"Agreed <script>alert(1)</script> [x](javascript:alert(2))\"}").code()).isEqualTo(201);
        assertThat(carl.json("PUT", path + "/vote", "{\"vote\":1}").code()).isEqualTo(200);
        assertThat(cleo.json("PUT", path + "/vote", "{\"vote\":-1}").code()).isEqualTo(200);
        var changed = cleo.json("PUT", path + "/vote", "{\"vote\":1}");
        assertThat(json(changed).get("in_favour").asInt()).isEqualTo(2);
        assertThat(json(changed).get("against").asInt()).isZero();
        assertThat(cleo.json("PUT", path + "/vote", "{\"vote\":5}").code()).isEqualTo(400);
        String page = carl.get("/radars/mlops/proposals/" + id).body();
        assertThat(page).contains("Agreed").doesNotContain("<script>alert").doesNotContain("javascript:");
        assertThat(page).contains("2 for, 0 against");
    }

    @Test
    void anAcceptedProposalGoesIntoTheDraftWhichPublishingMakesImmutable() throws Exception {
        long id = propose("mlflow", "hold");
        var decided = cora.json("POST", "/api/v1/radars/mlops/proposals/" + id + "/decision",
                "{\"decision\":\"accept\",\"note\":\"Agreed at the board\"}", "If-Match", "\"v1\"");
        assertThat(decided.code()).as(decided.body()).isEqualTo(200);
        assertThat(decided.header("ETag")).isEqualTo("\"v2\"");
        var draft = cora.get("/api/v1/radars/mlops/draft");
        JsonNode d = json(draft);
        String date = d.get("date").asText();
        assertThat(date).isEqualTo(TestSite.TODAY.plusDays(1).toString());
        assertThat(draft.body()).contains("\"moved_out\"");
        assertThat(team.anonymous().get("/radars/mlops/draft").body()).contains("moved out").contains("MLflow").contains("Trial to Hold");

        var stale = cora.json("POST", "/api/v1/radars/mlops/editions/" + date + "/publish", null, "If-Match", "\"v0\"");
        assertThat(stale.code()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(json(cora.get("/api/v1/radars/mlops/draft")).get("status").asText()).isEqualTo("draft");

        var published = cora.json("POST", "/api/v1/radars/mlops/editions/" + date + "/publish", null, "If-Match", draft.header("ETag"));
        assertThat(published.code()).as(published.body()).isEqualTo(200);
        var again = cora.json("POST", "/api/v1/radars/mlops/editions/" + date + "/publish", null, "If-Match", published.header("ETag"));
        assertThat(again.code()).isEqualTo(412);
        assertThat(team.anonymous().get("/api/v1/radars/mlops/editions/" + date).body()).contains("\"published\"");

        long next = propose("kubeflow", "hold");
        cora.json("POST", "/api/v1/radars/mlops/proposals/" + next + "/decision", "{\"decision\":\"accept\"}", "If-Match", "\"v1\"");
        assertThat(json(cora.get("/api/v1/radars/mlops/draft")).get("date").asText()).isEqualTo(TestSite.TODAY.plusDays(2).toString());
    }

    @Test
    void aStaleOrMissingVersionChangesNothing() throws Exception {
        long id = propose("mlflow", "hold");
        String path = "/api/v1/radars/mlops/proposals/" + id + "/decision";
        var missing = cora.json("POST", path, "{\"decision\":\"reject\"}");
        assertThat(missing.code()).isEqualTo(428);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(cora.json("POST", path, "{\"decision\":\"reject\"}", "If-Match", "\"v1\"").code()).isEqualTo(200);
        var stale = cora.json("POST", path, "{\"decision\":\"accept\"}", "If-Match", "\"v1\"");
        assertThat(stale.code()).isEqualTo(412);
        assertThat(json(stale).get("status").asInt()).isEqualTo(412);
        var decided = cora.json("POST", path, "{\"decision\":\"accept\"}", "If-Match", "\"v2\"");
        assertThat(decided.code()).isEqualTo(409);
        var p = cora.get("/api/v1/radars/mlops/proposals/" + id);
        assertThat(json(p).get("status").asText()).isEqualTo("rejected");
        assertThat(p.header("ETag")).isEqualTo("\"v2\"");
        assertThat(cora.get("/api/v1/radars/mlops/draft").code()).isEqualTo(404);
    }

    @Test
    void aProposalIsOnlyReachedThroughItsOwnRadar() {
        long id = propose("mlflow", "hold");
        assertThat(carl.get("/api/v1/radars/other/proposals/" + id).code()).isEqualTo(404);
    }

    private long propose(String tool, String ring) {
        var r = carl.json("POST", "/api/v1/radars/mlops/proposals",
                "{\"kind\":\"move\",\"tool\":\"" + tool + "\",\"ring\":\"" + ring + "\",\"rationale\":\"because\"}");
        assertThat(r.code()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asLong();
    }

    private static JsonNode json(Http.Answer r) {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }
}

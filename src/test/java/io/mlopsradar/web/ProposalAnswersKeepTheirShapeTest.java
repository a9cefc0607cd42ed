package io.mlopsradar.web;

import static io.mlopsradar.text.GoldenJson.assertAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The exact JSON of the proposal workflow's answers (proposals, comments, votes, decisions, the draft, publishing),
 * of the webhook's events, and of what the audit trail keeps about proposals. Blips of the whole radar are masked:
 * they follow the catalogue, not these answers.
 */
class ProposalAnswersKeepTheirShapeTest {
    private static final String[] RADAR_CONTENT = {"entries", "removed_entries", "unchanged", "blips", "new"};

    @Test
    void theProposalWorkflowAnswersTheDocumentedJson() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch delivered = new CountDownLatch(4);
        Javalin receiver = Javalin.create(c -> c.routes.post("/hook", ctx -> {
            events.add(ctx.body());
            delivered.countDown();
        })).start(0);
        try (Database db = TestDatabases.sqlite(); TeamSite team = TeamSite.start(db)) {
            WebUser ada = team.as("ada");
            WebUser carl = team.as("carl");
            WebUser cleo = team.as("cleo");
            WebUser cora = team.as("cora");
            assertAnswer(ada.get("/api/v1/radars/mlops/webhook").body(), "web/answers/webhook-none.json");
            assertAnswer(ada.json("PUT", "/api/v1/radars/mlops/webhook",
                    "{\"url\":\"http://localhost:" + receiver.port() + "/hook\"}").body(), "web/answers/webhook-set.json", "url");

            String base = "/api/v1/radars/mlops/proposals";
            var moved = carl.json("POST", base,
                    "{\"kind\":\"move\",\"tool\":\"mlflow\",\"ring\":\"hold\",\"rationale\":\"We *replace* it.\"}");
            assertThat(moved.code()).isEqualTo(201);
            assertAnswer(moved.body(), "web/answers/proposal-created.json");
            var removed = cleo.json("POST", base, "{\"kind\":\"remove\",\"tool\":\"feast\",\"rationale\":\"unused\"}");
            assertThat(removed.code()).isEqualTo(201);
            assertAnswer(carl.json("POST", base + "/1/comments", "{\"body\":\"Agreed **twice**\"}").body(), "web/answers/comment.json");
            assertAnswer(cleo.json("PUT", base + "/1/vote", "{\"vote\":1}").body(), "web/answers/vote.json");
            assertAnswer(cleo.get(base + "/1").body(), "web/answers/proposal-full.json");
            assertAnswer(team.anonymous().get(base).body(), "web/answers/proposals.json");

            assertAnswer(cora.json("POST", base + "/1/decision",
                    "{\"decision\":\"accept\",\"note\":\"fine\"}", "If-Match", "\"v1\"").body(), "web/answers/proposal-accepted.json");
            assertAnswer(cora.json("POST", base + "/2/decision",
                    "{\"decision\":\"reject\"}", "If-Match", "\"v1\"").body(), "web/answers/proposal-rejected.json");
            var draft = cora.get("/api/v1/radars/mlops/draft");
            assertAnswer(draft.body(), "web/answers/draft.json", RADAR_CONTENT);
            String date = Json.MAPPER.readTree(draft.body()).get("date").asText();
            assertAnswer(cora.json("POST", "/api/v1/radars/mlops/editions/" + date + "/publish", null,
                    "If-Match", draft.header("ETag")).body(), "web/answers/published.json");
            assertAnswer(team.anonymous().get("/api/v1/radars/mlops").body(), "web/answers/radar.json", RADAR_CONTENT);
            assertAnswer(ada.get("/api/v1/audit?target=/proposal:").body(), "web/answers/audit-proposals.json");

            assertThat(delivered.await(30, TimeUnit.SECONDS)).as("four events delivered").isTrue();
            var sorted = new ArrayList<>(events);
            sorted.sort(Comparator.naturalOrder());
            assertAnswer("[" + String.join(",", sorted) + "]", "web/answers/webhook-events.json");
        } finally {
            receiver.stop();
        }
    }
}

package io.mlopsradar.web;

import io.mlopsradar.catalog.Relations;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.Seeder;
import io.mlopsradar.store.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookTest {
    @Test
    void eventsArePostedInTheBackgroundAndRetriedUntilTheReceiverAnswers() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch requestAnswered = new CountDownLatch(1);
        AtomicBoolean waitedInVain = new AtomicBoolean();
        CountDownLatch delivered = new CountDownLatch(3);
        Javalin receiver = Javalin.create(c -> c.routes.post("/hook", ctx -> {
            int n = calls.incrementAndGet();
            if (n == 1 && !requestAnswered.await(10, TimeUnit.SECONDS)) waitedInVain.set(true);
            if (n <= 2) {
                ctx.status(503);
                return;
            }
            received.add(ctx.body());
            delivered.countDown();
        })).start(0);
        Database db = TestDatabases.sqlite();
        new Seeder(db).seed(Framework.bundled(), Catalog.bundled(), TestSite.TODAY);
        TeamSite.addPeople(db);
        ServedData site = new ServedData(db, Framework.bundled(), Relations.bundled(), Clock.fixed(TestSite.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        Javalin app = WebApp.create(site, TeamConfig.defaults().withWebhookRetry(Duration.ofMillis(50), 5)).start(0);
        try {
            WebUser ada = new WebUser(app.port()).signIn("ada", TeamSite.PASSWORD);
            assertThat(ada.json("PUT", "/api/v1/radars/mlops/webhook", "{\"url\":\"ftp://nowhere\"}").code()).isEqualTo(400);
            assertThat(ada.json("PUT", "/api/v1/radars/mlops/webhook", "{\"url\":\"http://localhost:" + receiver.port() + "/hook\"}").code()).isEqualTo(200);
            WebUser carl = new WebUser(app.port()).signIn("carl", TeamSite.PASSWORD);
            var created = carl.json("POST", "/api/v1/radars/mlops/proposals", "{\"kind\":\"move\",\"tool\":\"mlflow\",\"ring\":\"hold\",\"rationale\":\"hooked\"}");
            requestAnswered.countDown();
            assertThat(created.code()).isEqualTo(201);
            long id = Json.MAPPER.readTree(created.body()).get("id").asLong();
            WebUser cora = new WebUser(app.port()).signIn("cora", TeamSite.PASSWORD);
            cora.json("POST", "/api/v1/radars/mlops/proposals/" + id + "/decision", "{\"decision\":\"accept\"}", "If-Match", "\"v1\"");
            String date = Json.MAPPER.readTree(cora.get("/api/v1/radars/mlops/draft").body()).get("date").asText();
            cora.json("POST", "/api/v1/radars/mlops/editions/" + date + "/publish", null, "If-Match", "\"v1\"");

            assertThat(delivered.await(30, TimeUnit.SECONDS)).as("three events delivered").isTrue();
            assertThat(waitedInVain).as("the proposal was answered while its webhook was still being delivered").isFalse();
            assertThat(calls.get()).isEqualTo(5);
            assertThat(String.join("\n", received)).contains("\"event\":\"proposal.created\"").contains("\"event\":\"proposal.accepted\"")
                    .contains("\"event\":\"edition.published\"").contains("\"radar\":\"mlops\"").contains("\"rationale\":\"hooked\"");
        } finally {
            app.stop();
            receiver.stop();
            db.close();
        }
    }
}

package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlopsradar.accounts.Account;
import io.mlopsradar.accounts.Role;
import io.mlopsradar.audit.Actor;
import io.mlopsradar.store.AccountRepository;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Two server instances on one PostgreSQL database, as behind a load balancer: nothing is kept per instance. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {
    private static final int VOTERS = 8;
    private Database db;
    private TeamSite a;
    private TeamSite b;

    @BeforeAll
    void start() {
        db = TestDatabases.postgres();
        a = TeamSite.start(db);
        b = TeamSite.startOn(db);
        var accounts = new AccountRepository(db.jdbi(), Clock.systemUTC());
        for (int i = 0; i < VOTERS; i++) {
            accounts.add(new Actor("test-setup", "local"), "voter" + i, TeamSite.PASSWORD, false);
            accounts.grant(new Actor("test-setup", "local"), "voter" + i, Account.EVERY_RADAR, Role.CONTRIBUTOR);
        }
    }

    @AfterAll
    void stop() {
        a.close();
        b.close();
        db.close();
    }

    @Test
    void aSessionStartedOnOneInstanceIsValidOnTheOther() {
        WebUser onA = a.as("carl");
        WebUser onB = onA.on(b.app.port());
        assertThat(onB.get("/api/v1/me").body()).contains("\"name\":\"carl\"");
        assertThat(onB.form("/logout").code()).isEqualTo(303);
        assertThat(onA.get("/api/v1/me").code()).isEqualTo(401);
    }

    @Test
    void failedSignInsOnEitherInstanceCountTowardsOneLimit() {
        new AccountRepository(db.jdbi(), Clock.systemUTC()).add(new Actor("test-setup", "local"), "dora", TeamSite.PASSWORD, false);
        for (int i = 0; i < 5; i++) {
            TeamSite instance = i % 2 == 0 ? a : b;
            assertThat(instance.anonymous().form("/login", "name", "Dora", "password", "guess " + i).code()).isEqualTo(401);
        }
        assertThat(b.anonymous().form("/login", "name", "dora", "password", TeamSite.PASSWORD).code()).isEqualTo(429);
        assertThat(a.anonymous().form("/login", "name", "dora", "password", TeamSite.PASSWORD).code()).isEqualTo(429);
        // an unknown name is counted the same way, so the answers cannot tell names apart
        for (int i = 0; i < 5; i++) (i % 2 == 0 ? a : b).anonymous().form("/login", "name", "nobody-here", "password", "x" + i);
        assertThat(a.anonymous().form("/login", "name", "nobody-here", "password", "y").code()).isEqualTo(429);
    }

    @Test
    void aProposalAcceptedOnOneInstanceShowsOnTheOthersRadarPicturesAndEtagsAtOnce() throws Exception {
        WebUser carlOnB = b.as("carl");
        long id = json(carlOnB.json("POST", "/api/v1/radars/mlops/proposals",
                "{\"kind\":\"move\",\"tool\":\"feast\",\"ring\":\"hold\",\"rationale\":\"two instances\"}")).get("id").asLong();
        var overviewBefore = b.anonymous().get("/api/v1/radars/mlops");
        WebUser coraOnA = a.as("cora");
        var decided = coraOnA.json("POST", "/api/v1/radars/mlops/proposals/" + id + "/decision", "{\"decision\":\"accept\"}", "If-Match", "\"v1\"");
        assertThat(decided.code()).as(decided.body()).isEqualTo(200);

        var draftOnB = b.anonymous().get("/api/v1/radars/mlops/draft");
        assertThat(draftOnB.code()).isEqualTo(200);
        assertThat(draftOnB.body()).contains("\"feast\"");
        String date = json(draftOnB).get("date").asText();
        var overviewAfter = b.anonymous().get("/api/v1/radars/mlops");
        assertThat(overviewAfter.header("ETag")).isNotEqualTo(overviewBefore.header("ETag"));
        String svgOnB = b.anonymous().get("/api/v1/radars/mlops/editions/" + date + "/radar.svg").body();
        assertThat(svgOnB).isEqualTo(a.anonymous().get("/api/v1/radars/mlops/editions/" + date + "/radar.svg").body());

        var published = b.as("cora").json("POST", "/api/v1/radars/mlops/editions/" + date + "/publish", null, "If-Match", draftOnB.header("ETag"));
        assertThat(published.code()).as(published.body()).isEqualTo(200);
        assertThat(json(a.anonymous().get("/api/v1/radars/mlops")).toString()).contains(date);
        assertThat(a.anonymous().get("/radars/mlops/compare").body()).contains("Feast");
    }

    @Test
    void concurrentVotesAndDecisionsOnBothInstancesLoseNothing() throws Exception {
        WebUser carl = a.as("carl");
        long first = json(carl.json("POST", "/api/v1/radars/mlops/proposals",
                "{\"kind\":\"move\",\"tool\":\"kubeflow\",\"ring\":\"hold\",\"rationale\":\"one\"}")).get("id").asLong();
        long second = json(carl.json("POST", "/api/v1/radars/mlops/proposals",
                "{\"kind\":\"move\",\"tool\":\"dvc\",\"ring\":\"hold\",\"rationale\":\"two\"}")).get("id").asLong();
        long voted = json(carl.json("POST", "/api/v1/radars/mlops/proposals",
                "{\"kind\":\"move\",\"tool\":\"mlflow\",\"ring\":\"hold\",\"rationale\":\"three\"}")).get("id").asLong();
        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < VOTERS; i++) {
            TeamSite instance = i % 2 == 0 ? a : b;
            WebUser voter = instance.as("voter" + i);
            int vote = i < 3 ? -1 : 1;
            tasks.add(() -> voter.json("PUT", "/api/v1/radars/mlops/proposals/" + voted + "/vote", "{\"vote\":" + vote + "}").code());
        }
        WebUser coraA = a.as("cora");
        WebUser coraB = b.as("cora");
        tasks.add(() -> coraA.json("POST", "/api/v1/radars/mlops/proposals/" + first + "/decision", "{\"decision\":\"accept\"}", "If-Match", "\"v1\"").code());
        tasks.add(() -> coraB.json("POST", "/api/v1/radars/mlops/proposals/" + second + "/decision", "{\"decision\":\"accept\"}", "If-Match", "\"v1\"").code());
        var pool = Executors.newFixedThreadPool(6);
        List<Integer> codes = new ArrayList<>();
        try {
            for (var f : pool.invokeAll(tasks)) codes.add(f.get());
        } finally {
            pool.shutdown();
        }
        assertThat(codes).containsOnly(200);
        JsonNode votes = json(a.anonymous().get("/api/v1/radars/mlops/proposals/" + voted)).get("votes");
        assertThat(votes.get("in_favour").asInt()).isEqualTo(VOTERS - 3);
        assertThat(votes.get("against").asInt()).isEqualTo(3);
        String draft = b.anonymous().get("/api/v1/radars/mlops/draft").body();
        assertThat(draft).contains("\"kubeflow\"").contains("\"dvc\"");
        JsonNode entries = json(b.anonymous().get("/api/v1/radars/mlops/draft")).get("entries");
        int held = 0;
        for (JsonNode blip : entries) {
            String key = blip.get("key").asText();
            if ((key.equals("kubeflow") || key.equals("dvc")) && blip.get("ring").asText().equals("Hold")) held++;
        }
        assertThat(held).isEqualTo(2);
    }

    private static JsonNode json(Http.Answer r) {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }
}

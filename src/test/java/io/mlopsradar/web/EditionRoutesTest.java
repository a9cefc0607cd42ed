package io.mlopsradar.web;

import io.mlopsradar.catalog.Relations;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.RadarRepository;
import io.mlopsradar.store.Seeder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EditionRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Database db;
    private ServedData site;

    @BeforeEach
    void seededDatabaseWithATeamRadar() {
        db = Database.open(Database.temporaryUrl("web" + UUID.randomUUID().toString().replace("-", "")), "sa", "");
        new Seeder(db).seed(Framework.bundled(), Catalog.bundled(), LocalDate.of(2026, 11, 26));
        History five = Histories.fiveEditions();
        new RadarRepository(db.jdbi()).save(new History(new Radar("team", "Team <Radar>", five.radar().segments(),
                five.radar().rings()), five.editions()));
        site = new ServedData(db, Framework.bundled(), Relations.bundled(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static JsonNode json(Response r) throws Exception {
        assertThat(r.code()).as(r.body().string()).isEqualTo(200);
        return JSON.readTree(r.body().string());
    }

    private static void assertProblem(Response r, int status) throws Exception {
        assertThat(r.code()).isEqualTo(status);
        assertThat(r.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body().string()).get("status").asInt()).isEqualTo(status);
    }

    @Test
    void listsRadarsAndARadarWithItsEditions() {
        JavalinTest.test(WebApp.create(site), (server, client) -> {
            JsonNode radars = json(client.get("/api/v1/radars"));
            assertThat(radars.findValuesAsText("name")).containsExactly("mlops", "team");
            JsonNode team = json(client.get("/api/v1/radars/team"));
            assertThat(team.get("editions").asInt()).isEqualTo(5);
            assertThat(team.get("editions_list").findValuesAsText("date")).contains("2024-01-01", "2025-01-01");
            assertThat(team.get("latest_published").asText()).isEqualTo("2025-01-01");
            assertProblem(client.get("/api/v1/radars/nope"), 404);
        });
    }

    @Test
    void anEditionListsBlipsWithMovementAndTheRemovedOnes() {
        JavalinTest.test(WebApp.create(site), (server, client) -> {
            JsonNode apr = json(client.get("/api/v1/radars/team/editions/2024-04-01"));
            assertThat(apr.get("entries").findValuesAsText("movement")).contains("moved-in", "new");
            assertThat(apr.get("removed_entries").findValuesAsText("key")).containsExactly("airflow");
            assertProblem(client.get("/api/v1/radars/team/editions/April"), 400);
            assertProblem(client.get("/api/v1/radars/team/editions/2024-02-02"), 404);
        });
    }

    @Test
    void picturesOfAnEditionAndOfATimeline() {
        JavalinTest.test(WebApp.create(site), (server, client) -> {
            Response svg = client.get("/api/v1/radars/team/editions/2024-04-01/radar.svg");
            assertThat(svg.code()).isEqualTo(200);
            assertThat(svg.body().string()).startsWith("<svg").contains("MLflow", "Team &lt;Radar&gt;");
            String tag = svg.headers().get("ETag").get(0);
            assertThat(client.get("/api/v1/radars/team/editions/2024-04-01/radar.svg", b -> b.header("If-None-Match", tag)).code())
                    .isEqualTo(304);
            Response png = client.get("/api/v1/radars/team/editions/2024-04-01/radar.png");
            assertThat(png.code()).isEqualTo(200);
            assertThat(png.headers().get("Content-Type").get(0)).startsWith("image/png");
            Response timeline = client.get("/api/v1/radars/team/timeline/airflow.svg");
            assertThat(timeline.code()).isEqualTo(200);
            assertThat(timeline.body().string()).contains("<svg", "not on radar");
            JsonNode entries = json(client.get("/api/v1/radars/team/timeline/airflow"));
            assertThat(entries.get("entries").findValuesAsText("movement")).contains("removed", "returned");
            assertProblem(client.get("/api/v1/radars/team/timeline/nothing-here"), 404);
        });
    }

    @Test
    void diffNeedsTwoValidDates() {
        JavalinTest.test(WebApp.create(site), (server, client) -> {
            JsonNode diff = json(client.get("/api/v1/radars/team/diff?from=2024-01-01&to=2024-04-01"));
            assertThat(diff.get("added").findValuesAsText("key")).containsExactly("optuna");
            assertThat(diff.get("removed").findValuesAsText("key")).containsExactly("airflow");
            assertProblem(client.get("/api/v1/radars/team/diff?from=2024-01-01"), 400);
            assertProblem(client.get("/api/v1/radars/team/diff?from=yesterday&to=2024-04-01"), 400);
        });
    }

    @Test
    void backstageGetsATechRadarLoaderResponse() {
        JavalinTest.test(WebApp.create(site), (server, client) -> {
            JsonNode radar = json(client.get("/api/backstage/tech-radar?radar=team"));
            assertThat(radar.get("quadrants")).hasSize(4);
            assertThat(radar.get("rings").findValuesAsText("name")).containsExactly("Adopt", "Trial", "Assess", "Hold");
            assertThat(radar.get("entries").findValuesAsText("title")).contains("MLflow");
            assertThat(radar.get("entries").get(0).get("timeline").get(0).has("ringId")).isTrue();
            assertThat(json(client.get("/api/backstage/tech-radar")).get("entries").size()).as("the MLOps radar by default").isPositive();
            assertProblem(client.get("/api/backstage/tech-radar?radar=nope"), 404);
        });
    }

    @Test
    void theEditionsAndComparePagesShowWhatChanged() {
        JavalinTest.test(WebApp.create(site), (server, client) -> {
            Response editions = client.get("/radars/team");
            assertThat(editions.code()).isEqualTo(200);
            assertThat(editions.body().string()).contains("/radar?radar=team&amp;edition=2024-04-01",
                    "/radars/team/compare?from=2024-01-01&amp;to=2024-04-01", "Team &lt;Radar&gt;");
            Response compare = client.get("/radars/team/compare?from=2024-01-01&to=2024-04-01");
            assertThat(compare.code()).isEqualTo(200);
            assertThat(compare.body().string()).contains("Came (1)", "Optuna", "Went (1)", "Apache Airflow", "Moved in (2)");
            assertThat(client.get("/radars/team/compare?from=nope&to=2024-04-01").code()).isEqualTo(400);
        });
    }
}

package io.mlopsradar.web;

import io.mlopsradar.catalog.Relations;
import static io.mlopsradar.editions.Histories.dvc;
import static io.mlopsradar.editions.Histories.mlflow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.HttpClient;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.RadarRepository;
import io.mlopsradar.store.Seeder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Caches and ETags follow the database's change counter: a replaced draft shows at once, whoever wrote it. */
class FreshAnswersTest {
    private static final LocalDate DRAFT = LocalDate.of(2025, 6, 1);
    private static final Radar TEAM = new Radar("team", "Team", Histories.RADAR.segments(), Histories.RADAR.rings());
    private static final String PAGE = "/radar?radar=team&edition=2025-06-01";
    private static final String SVG = "/api/v1/radars/team/editions/2025-06-01/radar.svg";
    private static final String API = "/api/v1/radars/team/editions/2025-06-01";

    private String url;
    private Database db;

    @BeforeEach
    void aServerDatabaseWithADraftThatHoldsMlflowInAdopt() {
        url = Database.temporaryUrl("fresh");
        db = Database.open(url);
        new Seeder(db).seed(Framework.bundled(), Catalog.bundled(), LocalDate.of(2026, 11, 26));
        draft(db, "Adopt");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDraftReplacedThroughTheServersOwnDatabaseShowsAtOnce() {
        JavalinTest.test(WebApp.create(site(db)), (server, client) -> {
            Map<String, String> before = answers(client, "Adopt");
            draft(db, "Hold");
            assertFresh(client, before);
        });
    }

    @Test
    void aDraftReplacedByAnotherDatabaseOnTheSameFileShowsAtOnce() {
        JavalinTest.test(WebApp.create(site(db)), (server, client) -> {
            Map<String, String> before = answers(client, "Adopt");
            try (Database other = Database.open(url)) { // another pool, as another process would hold
                draft(other, "Hold");
            }
            assertFresh(client, before);
        });
    }

    private static void draft(Database database, String mlflowRing) {
        new RadarRepository(database.jdbi()).save(new History(TEAM, List.of(Edition.draft(DRAFT, List.of(mlflow(mlflowRing), dvc("Trial"))))));
    }

    private static ServedData site(Database database) {
        return new ServedData(database, Framework.bundled(), Relations.bundled(), Clock.systemUTC());
    }

    /** Reads the page, the SVG and the API (filling every cache) and checks the API shows mlflow in this ring. */
    private static Map<String, String> answers(HttpClient client, String mlflowRing) throws Exception {
        var api = new ObjectMapper().readTree(body(client, API));
        var rings = new java.util.HashMap<String, String>();
        api.get("entries").forEach(e -> rings.put(e.get("key").asText(), e.get("ring").asText()));
        assertThat(rings).containsEntry("mlflow", mlflowRing);
        return Map.of(PAGE, body(client, PAGE), SVG, body(client, SVG), API, body(client, API),
                "etag", client.get(SVG).headers().get("ETag").get(0));
    }

    private void assertFresh(HttpClient client, Map<String, String> before) throws Exception {
        Map<String, String> after = answers(client, "Hold");
        Map<String, String> cold = new java.util.HashMap<>();
        JavalinTest.test(WebApp.create(site(db)), (s, fresh) -> cold.putAll(answers(fresh, "Hold")));
        for (String path : List.of(PAGE, SVG, API)) {
            assertThat(after.get(path)).as(path + " changed").isNotEqualTo(before.get(path));
            assertThat(after.get(path)).as(path + " as a server with empty caches answers").isEqualTo(cold.get(path));
        }
        assertThat(after.get("etag")).isNotEqualTo(before.get("etag"));
    }

    private static String body(HttpClient client, String path) throws Exception {
        var r = client.get(path);
        assertThat(r.code()).as(path).isEqualTo(200);
        return r.body().string();
    }
}

package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
    /** The database the app runs on: the embedded default here, PostgreSQL in the subclass. */
    Database database() {
        return TestDatabases.sqlite();
    }

    private Database db;
    private TeamSite team;

    @BeforeEach
    void start() {
        db = database();
        team = TeamSite.start(db);
    }

    @AfterEach
    void stop() {
        team.close();
        db.close();
    }

    @Test
    void everyWriteIsListedWithWhoWhenWhereAndBeforeAfterAndExportsAsCsv() throws Exception {
        WebUser carl = team.as("carl");
        var created = carl.json("POST", "/api/v1/radars/mlops/proposals", "{\"kind\":\"move\",\"tool\":\"mlflow\",\"ring\":\"hold\",\"rationale\":\"=cmd|' /C calc'!A0\"}");
        long id = Json.MAPPER.readTree(created.body()).get("id").asLong();
        carl.json("PUT", "/api/v1/radars/mlops/proposals/" + id + "/vote", "{\"vote\":1}");
        carl.json("PUT", "/api/v1/radars/mlops/proposals/" + id + "/vote", "{\"vote\":-1}");
        WebUser ada = team.as("ada");

        var json = Json.MAPPER.readTree(ada.get("/api/v1/audit?actor=carl").body());
        assertThat(json.get("count").asInt()).isEqualTo(4);
        var latest = json.get("entries").get(0);
        assertThat(latest.get("action").asText()).isEqualTo("proposal.vote");
        assertThat(latest.get("address").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "[0:0:0:0:0:0:0:1]");
        assertThat(latest.get("before").asText()).isEqualTo("{\"vote\":1}");
        assertThat(latest.get("after").asText()).isEqualTo("{\"vote\":-1}");
        assertThat(Json.MAPPER.readTree(ada.get("/api/v1/audit?action=proposal.create").body()).get("count").asInt()).isOne();
        assertThat(Json.MAPPER.readTree(ada.get("/api/v1/audit?from=2099-01-01").body()).get("count").asInt()).isZero();
        assertThat(ada.get("/api/v1/audit?from=yesterday").code()).isEqualTo(400);

        var csv = ada.get("/api/v1/audit?format=csv&actor=carl");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,at,actor,address,action,target,before,after");
        assertThat(lines).hasSize(5);

        assertThat(ada.get("/audit?actor=carl").body()).contains("proposal.vote").contains("account.sign-in");
    }

    @Test
    void theAppOffersNoWayToChangeOrDeleteTheTrail() {
        WebUser ada = team.as("ada");
        for (String method : new String[] {"PUT", "DELETE", "PATCH", "POST"}) {
            int code = ada.json(method, "/api/v1/audit", "{}").code();
            assertThat(code).as(method).isIn(404, 405);
        }
        for (var e : team.app.unsafe.internalRouter.allHttpHandlers()) {
            if (e.endpoint.path.contains("audit")) assertThat(e.endpoint.method.name()).isIn("GET", "HEAD");
        }
    }
}

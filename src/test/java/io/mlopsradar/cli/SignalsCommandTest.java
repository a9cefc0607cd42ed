package io.mlopsradar.cli;

import io.mlopsradar.signals.FakeApisAccess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlopsradar.store.Database;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class SignalsCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static String db() {
        return Database.temporaryUrl("signals" + System.nanoTime());
    }

    @Test
    void staleListsTheOldestFactsFirstWithTheirSource() throws Exception {
        var r = CliTest.run("signals", "stale", "--older-than", "2y", "--format", "json", "--db", db());
        assertThat(r.code()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("count").asInt()).isPositive();
        JsonNode first = json.get("facts").get(0);
        assertThat(first.get("as_of").asText()).isLessThanOrEqualTo(json.get("facts").get(json.get("count").asInt() - 1).get("as_of").asText());
        assertThat(first.get("source").asText()).isNotBlank();
        assertThat(json.get("unsourced").asInt()).isPositive();
        assertThat(CliTest.run("signals", "stale", "--older-than", "soon", "--db", db()).code()).isEqualTo(2);
    }

    @Test
    void backtestReportsBadCallsAndRefusesABadDate() throws Exception {
        var r = CliTest.run("backtest", "--as-of", "2021-05-15", "--format", "json", "--db", db());
        assertThat(r.code()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("as_of").asText()).isEqualTo("2021-05-15");
        assertThat(json.get("bad_calls").findValuesAsText("tool")).contains("nni");
        var bad = CliTest.run("backtest", "--as-of", "15/05/2021", "--db", db());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--as-of: '15/05/2021' is not a date");
    }

    @Test
    void refreshWritesNewSnapshotsFromTheGivenApiAndExplainShowsThem() throws Exception {
        try (var server = new MockWebServer()) {
            server.setDispatcher(FakeApisAccess.githubWithMlflow(30123, "2026-11-19T22:01:45Z"));
            server.start();
            String url = db();
            var r = CliTest.run("signals", "refresh", "--tool", "MLflow", "--tool", "nni", "--source", "github",
                    "--github-url", server.url("/").toString(), "--format", "json", "--db", url);
            JsonNode json = JSON.readTree(r.out());
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(json.get("written").asInt()).isEqualTo(1);
            assertThat(json.get("failed").asInt()).isEqualTo(1);
            assertThat(r.err()).contains("[1/2] mlflow: github", "[2/2] nni: github", "failed:");
            JsonNode explained = JSON.readTree(CliTest.run("explain", "mlflow", "--format", "json", "--db", url).out());
            assertThat(explained.get("github_stars").asInt()).isEqualTo(30123);
            assertThat(explained.get("facts").get("github_stars").get("source").asText()).startsWith(server.url("/").toString());
            assertThat(explained.get("facts").get("last_commit").get("value").asText()).isEqualTo("2026-11-19");
            assertThat(CliTest.run("signals", "refresh", "--source", "cvs", "--db", url).code()).isEqualTo(2);
        }
    }
}

package io.mlopsradar.signals;

import static io.mlopsradar.signals.FakeApis.json;
import static io.mlopsradar.signals.FakeApis.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Fact;
import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.text.GoldenJson;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignalRefreshTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC);
    static final PackageNames NO_NAMES = new PackageNames(Map.of());

    final MockWebServer server = new MockWebServer();
    final FakeApis api = new FakeApis();
    final List<Duration> waits = new ArrayList<>();
    final Map<String, ResponseCache.Cached> stored = new HashMap<>();
    final ResponseCache cache = new ResponseCache() {
        @Override
        public Optional<Cached> get(String url) {
            return Optional.ofNullable(stored.get(url));
        }

        @Override
        public void put(String url, Cached response) {
            stored.put(url, response);
        }
    };
    String base;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(api);
        server.start();
        base = server.url("/").toString();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    JsonHttp http(Duration timeout) {
        return new JsonHttp(new HttpSettings(timeout, 3, Duration.ofSeconds(1), Duration.ofMinutes(2)), cache,
                Clock.fixed(NOW, ZoneOffset.UTC), waits::add);
    }

    GitHubSource github() {
        return new GitHubSource(http(Duration.ofSeconds(5)), base, "ghp_test");
    }

    void mlflowAnswers(int stars) {
        api.on("/repos/mlflow/mlflow", ok(FakeApis.repo("mlflow/mlflow", stars, false)).addHeader("ETag", "W/\"abc\"")
                .addHeader("X-RateLimit-Remaining", "4990").addHeader("X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 3600)).build());
        api.on("/repos/mlflow/mlflow/commits/master", ok(FakeApis.commit("2026-11-19T22:01:45Z")).build());
        api.on("/repos/mlflow/mlflow/releases/latest", ok(FakeApis.release("v3.6.0", "2026-11-02T10:45:00Z")).build());
        api.on("/repos/mlflow/mlflow/contributors?per_page=1&anon=true", ok(FakeApis.CONTRIBUTORS)
                .addHeader("Link", FakeApis.contributorsLink(base, "mlflow/mlflow", 912)).build());
    }

    static Tool tool(String id) {
        return Catalog.bundled().get(id);
    }

    @Test
    void readsEveryGitHubSignalWithTheTokenAndApiVersion() throws Exception {
        mlflowAnswers(23000);
        Snapshot s = github().read(tool("mlflow"), TODAY).orElseThrow();
        assertThat(s.stars()).isEqualTo(23000);
        assertThat(s.archived()).isFalse();
        assertThat(s.lastCommit()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(s.latestRelease()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(s.created()).isEqualTo(LocalDate.of(2018, 6, 5));
        assertThat(s.license()).isEqualTo("Apache-2.0");
        assertThat(s.openIssues()).isEqualTo(1187);
        assertThat(s.contributors()).isEqualTo(912);
        assertThat(s.movedTo()).isNull();
        assertThat(s.source()).isEqualTo(base + "repos/mlflow/mlflow");
        var first = api.seen.get(0);
        assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer ghp_test");
        assertThat(first.getHeaders().get("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
        assertThat(waits).isEmpty();
    }

    @Test
    void aSecondReadAsksWithTheStoredEtagAndUsesTheCachedBodyOn304() throws Exception {
        mlflowAnswers(23000);
        github().read(tool("mlflow"), TODAY);
        assertThat(stored).containsKey(base + "repos/mlflow/mlflow");
        api.routes.remove("/repos/mlflow/mlflow");
        api.on("/repos/mlflow/mlflow", r -> "W/\"abc\"".equals(r.getHeaders().get("If-None-Match"))
                ? new MockResponse.Builder().code(304).addHeader("ETag", "W/\"abc\"").build()
                : json(200, FakeApis.repo("mlflow/mlflow", 1, false)));
        assertThat(github().read(tool("mlflow"), TODAY).orElseThrow().stars()).isEqualTo(23000);
    }

    @Test
    void anExhaustedRateLimitIsWaitedOutUntilItsReset() throws Exception {
        mlflowAnswers(23000);
        api.routes.remove("/repos/mlflow/mlflow/commits/master");
        api.on("/repos/mlflow/mlflow/commits/master",
                json(403, "{\"message\":\"API rate limit exceeded for user ID 1.\",\"documentation_url\":\"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\"}")
                        .newBuilder().addHeader("X-RateLimit-Remaining", "0").addHeader("X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 42)).build(),
                ok(FakeApis.commit("2026-11-19T22:01:45Z")).build());
        Snapshot s = github().read(tool("mlflow"), TODAY).orElseThrow();
        assertThat(s.lastCommit()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(waits).contains(Duration.ofSeconds(42));
    }

    @Test
    void retryAfterIsHonouredOn429() throws Exception {
        mlflowAnswers(23000);
        api.routes.remove("/repos/mlflow/mlflow/releases/latest");
        api.on("/repos/mlflow/mlflow/releases/latest",
                json(429, "{\"message\":\"You have exceeded a secondary rate limit.\"}").newBuilder().addHeader("Retry-After", "7").build(),
                ok(FakeApis.release("v3.6.0", "2026-11-02T10:45:00Z")).build());
        assertThat(github().read(tool("mlflow"), TODAY).orElseThrow().latestRelease()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aRateLimitResettingTooLateFailsThatSourceWithAClearMessage() {
        api.on("/repos/mlflow/mlflow", json(403, "{\"message\":\"API rate limit exceeded\"}").newBuilder()
                .addHeader("X-RateLimit-Remaining", "0").addHeader("X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 3600)).build());
        assertThatThrownBy(() -> github().read(tool("mlflow"), TODAY)).isInstanceOf(SourceException.class)
                .hasMessageContaining("rate limit exhausted until").hasMessageContaining("GITHUB_TOKEN");
    }

    @Test
    void serverErrorsAreRetriedWithDoublingBackoffThenReported() throws Exception {
        mlflowAnswers(23000);
        api.routes.remove("/repos/mlflow/mlflow");
        api.on("/repos/mlflow/mlflow", json(502, "{\"message\":\"Server Error\"}"), ok(FakeApis.repo("mlflow/mlflow", 23000, false)).build());
        assertThat(github().read(tool("mlflow"), TODAY)).isPresent();
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
        waits.clear();
        api.routes.remove("/repos/mlflow/mlflow");
        api.on("/repos/mlflow/mlflow", json(503, "{}"));
        assertThatThrownBy(() -> github().read(tool("mlflow"), TODAY)).hasMessageContaining("failed after 3 attempts (HTTP 503)");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aTimeoutIsRetriedThenReported() {
        api.on("/repos/mlflow/mlflow", ok(FakeApis.repo("mlflow/mlflow", 1, false)).headersDelay(3, TimeUnit.SECONDS).build());
        var slow = new GitHubSource(http(Duration.ofMillis(300)), base, null);
        assertThatThrownBy(() -> slow.read(tool("mlflow"), TODAY)).hasMessageContaining("failed after 3 attempts")
                .hasMessageContaining("Timeout");
        assertThat(waits).hasSize(2);
    }

    @Test
    void aMovedRepositoryIsFollowedAndRecorded() throws Exception {
        api.on("/repos/microsoft/nni", new MockResponse.Builder().code(301).addHeader("Location", base + "repositories/136202695")
                .body("{\"message\":\"Moved Permanently\",\"url\":\"" + base + "repositories/136202695\"}").build());
        api.on("/repositories/136202695", ok(FakeApis.repo("microsoft/nni-archive", 14300, true)).build());
        api.on("/repos/microsoft/nni-archive/commits/master", ok(FakeApis.commit("2023-10-26T08:00:00Z")).build());
        Snapshot s = github().read(tool("nni"), TODAY).orElseThrow();
        assertThat(s.movedTo()).isEqualTo("https://github.com/microsoft/nni-archive");
        assertThat(s.archived()).isTrue();
        assertThat(s.latestRelease()).as("no releases: 404 means none").isNull();
    }

    @Test
    void malformedJsonIsReported() {
        api.on("/repos/mlflow/mlflow", ok("{\"stargazers_count\": 12, ").build());
        assertThatThrownBy(() -> github().read(tool("mlflow"), TODAY)).hasMessageContaining("malformed JSON");
        api.routes.clear();
        api.on("/repos/mlflow/mlflow", ok("{\"message\": \"ok\"}").build());
        assertThatThrownBy(() -> github().read(tool("mlflow"), TODAY)).hasMessageContaining("malformed answer");
    }

    @Test
    void pypiGivesTheFirstAndLatestReleaseAndVersion() throws Exception {
        api.on("/pypi/mlflow/json", ok(FakeApis.PYPI).build());
        Snapshot s = new PyPiSource(http(Duration.ofSeconds(5)), base, NO_NAMES).read(tool("mlflow"), TODAY).orElseThrow();
        assertThat(s.latestVersion()).isEqualTo("3.6.0");
        assertThat(s.latestRelease()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(s.firstRelease()).isEqualTo(LocalDate.of(2018, 6, 5));
        assertThat(s.source()).isEqualTo(base + "pypi/mlflow/json");
        assertThat(new PyPiSource(http(Duration.ofSeconds(5)), base, NO_NAMES).read(tool("nni"), TODAY)).as("no such package").isEmpty();
    }

    @Test
    void aPackageNameGivenWinsOverTheRepositorysName() throws Exception {
        api.on("/pypi/pytorch/json", ok(FakeApis.PYPI.replace("3.6.0", "0.1.2")).build());
        api.on("/pypi/torch/json", ok(FakeApis.PYPI).build());
        var named = new PackageNames(Map.of("pytorch", Map.of("pypi", "torch")));
        Snapshot s = new PyPiSource(http(Duration.ofSeconds(5)), base, named).read(tool("pytorch"), TODAY).orElseThrow();
        assertThat(s.source()).isEqualTo(base + "pypi/torch/json");
        assertThat(s.latestVersion()).isEqualTo("3.6.0");
        Snapshot guessed = new PyPiSource(http(Duration.ofSeconds(5)), base, NO_NAMES).read(tool("pytorch"), TODAY).orElseThrow();
        assertThat(guessed.source()).as("without a name, the repository's").isEqualTo(base + "pypi/pytorch/json");
    }

    @Test
    void aToolWithNoPackageOnARegistryIsNotLookedUpThere() throws Exception {
        api.on("/pypi/kubernetes/json", ok(FakeApis.PYPI).build());
        var none = new PackageNames(Map.of("kubernetes", Map.of("pypi", PackageNames.NONE)));
        assertThat(new PyPiSource(http(Duration.ofSeconds(5)), base, none).read(tool("kubernetes"), TODAY)).isEmpty();
        assertThat(new NpmSource(http(Duration.ofSeconds(5)), base, NO_NAMES).read(tool("mlflow"), TODAY))
                .as("npm only for a name given").isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theBundledNamesCorrectTheGuessAndNameOnlyCatalogueTools() {
        var bundled = PackageNames.bundled();
        assertThat(bundled.pypi(tool("pytorch"))).contains("torch");
        assertThat(bundled.pypi(tool("airflow"))).contains("apache-airflow");
        assertThat(bundled.pypi(tool("kubernetes"))).isEmpty();
        assertThat(bundled.pypi(tool("mlflow"))).contains("mlflow");
        assertThat(bundled.npm(tool("mastra"))).contains("@mastra/core");
        var ids = Catalog.bundled().tools().stream().map(Tool::id).toList();
        assertThat(ids).containsAll(bundled.tools());
    }

    @Test
    void npmGivesTheLatestVersionAndItsDate() throws Exception {
        api.on("/@mastra%2fcore", ok(FakeApis.NPM).build());
        var named = new PackageNames(Map.of("mastra", Map.of("npm", "@mastra/core")));
        Snapshot s = new NpmSource(http(Duration.ofSeconds(5)), base, named).read(tool("mastra"), TODAY).orElseThrow();
        assertThat(s.source()).isEqualTo(base + "@mastra%2fcore");
        assertThat(s.latestVersion()).isEqualTo("1.4.0");
        assertThat(s.latestRelease()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(s.firstRelease()).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void oneToolsFailureNeverStopsTheOthersAndTheReportSaysWhatChanged() {
        mlflowAnswers(23000);
        api.on("/repos/microsoft/nni", json(404, "{\"message\":\"Not Found\"}"));
        var progress = new ArrayList<String>();
        var written = new ArrayList<List<Snapshot>>();
        var updated = new ArrayList<Tool>();
        var refresh = new SignalRefresh(List.of(github()), progress::add);
        var report = refresh.run(Catalog.bundled(), List.of(tool("nni"), tool("mlflow"), tool("aws")), TODAY, (snaps, tools) -> {
            written.add(snaps);
            updated.addAll(tools);
        });
        assertThat(report.rows()).extracting(SignalRefresh.Row::tool, SignalRefresh.Row::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nni", "failed"), org.assertj.core.groups.Tuple.tuple("mlflow", "read"),
                        org.assertj.core.groups.Tuple.tuple("aws", "skipped"));
        assertThat(report.rows().get(0).error()).contains("not found (404)");
        assertThat(report.rows().get(1).changes()).anyMatch(c -> c.startsWith("stars ") && c.endsWith("→ 23000"));
        assertThat(written).singleElement().satisfies(w -> assertThat(w).extracting(Snapshot::tool).containsExactly("mlflow"));
        assertThat(updated).singleElement().satisfies(t -> {
            assertThat(t.githubStars()).isEqualTo(23000);
            assertThat(t.provenance(Fact.GITHUB_STARS).orElseThrow().asOf()).isEqualTo(TODAY);
        });
        assertThat(progress).contains("[1/3] nni: github", "[2/3] mlflow: github").anyMatch(p -> p.startsWith("  failed:"));
        assertThat(report.failed()).isEqualTo(1);
    }

    @Test
    void theJsonReportCountsWrittenAndFailedAndListsEveryRowWithItsChangesAndError() {
        var report = new SignalRefresh.Report(List.of(
                new SignalRefresh.Row("mlflow", "github", "read", List.of("stars 22000 → 23000", "moved to https://github.com/x/y"), null),
                new SignalRefresh.Row("mlflow", "pypi", "skipped", List.of(), null),
                new SignalRefresh.Row("nni", "github", "failed", List.of(), "https://api.github.com/repos/microsoft/nni: 404")), 1);
        GoldenJson.assertMatches(SignalRefresh.toJson(report), "signals/refresh-report.json");
    }
}

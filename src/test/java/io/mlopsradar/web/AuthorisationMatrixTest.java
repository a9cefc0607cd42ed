package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.mlopsradar.accounts.oidc.OidcSettings;
import io.mlopsradar.accounts.oidc.RoleMapping;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every route the app has, for anonymous visitors and every role, and checks 401, 403 or an answer. The expected
 * permission of each route is written here, independently of where the app declares it, and a route missing from
 * this table fails the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {
    /** Routes that need more than reading; every other route must be readable by anyone (while anonymous reading is on). */
    private static final Map<String, String> NEEDS = new LinkedHashMap<>();

    static {
        for (String r : List.of("GET /login", "POST /logout")) NEEDS.put(r, "public");
        NEEDS.put("POST /login", "sign-in");
        // single sign-on: the start sends anyone to the provider; a callback without a pending sign-in is refused like a wrong password
        NEEDS.put("GET /login/sso", "to-provider");
        NEEDS.put("GET /login/sso/callback", "sign-in");
        for (String r : List.of("GET /account", "POST /account/tokens", "POST /account/tokens/{id}/revoke", "GET /api/v1/me",
                "GET /api/v1/tokens", "POST /api/v1/tokens", "DELETE /api/v1/tokens/{id}")) NEEDS.put(r, "signed-in");
        for (String r : List.of("GET /radars/{name}/proposals/new", "POST /radars/{name}/proposals",
                "POST /radars/{name}/proposals/{id}/comments", "POST /radars/{name}/proposals/{id}/votes",
                "POST /api/v1/radars/{name}/proposals", "POST /api/v1/radars/{name}/proposals/{id}/comments",
                "PUT /api/v1/radars/{name}/proposals/{id}/vote")) NEEDS.put(r, "contributor");
        for (String r : List.of("POST /radars/{name}/proposals/{id}/decision", "POST /radars/{name}/draft/publish",
                "POST /api/v1/radars/{name}/proposals/{id}/decision", "POST /api/v1/radars/{name}/editions/{date}/publish"))
            NEEDS.put(r, "curator");
        for (String r : List.of("GET /audit", "GET /api/v1/audit", "GET /api/v1/users", "POST /api/v1/users",
                "PUT /api/v1/users/{user}/roles", "PUT /api/v1/users/{user}/disabled", "GET /api/v1/settings",
                "PUT /api/v1/settings", "GET /api/v1/radars/{name}/webhook", "PUT /api/v1/radars/{name}/webhook",
                "DELETE /api/v1/radars/{name}/webhook")) NEEDS.put(r, "site-admin");
    }

    private static final List<String> PEOPLE = List.of("anonymous", "vera", "carl", "cora", "ada");
    private Database db;
    private TeamSite team;
    private LocalIssuer issuer;
    private final Map<String, WebUser> users = new LinkedHashMap<>();
    private long proposal;
    private String draftDate;

    @BeforeAll
    void start() throws Exception {
        db = TestDatabases.sqlite();
        int port = TeamSite.freePort();
        issuer = new LocalIssuer(TeamSite.CLOCK, "http://localhost:" + port + OidcSettings.CALLBACK_PATH);
        var sso = OidcSettings.of(issuer.issuer(), LocalIssuer.CLIENT_ID, LocalIssuer.CLIENT_SECRET, "http://localhost:" + port,
                "Test IdP", null, RoleMapping.NONE);
        team = TeamSite.start(db, TeamConfig.defaults().withSignIn(sso, true), port);
        for (String p : PEOPLE) users.put(p, p.equals("anonymous") ? team.anonymous() : team.as(p));
        var carl = users.get("carl");
        var created = carl.json("POST", "/api/v1/radars/mlops/proposals",
                "{\"kind\":\"move\",\"tool\":\"mlflow\",\"ring\":\"hold\",\"rationale\":\"matrix\"}");
        var open = carl.json("POST", "/api/v1/radars/mlops/proposals",
                "{\"kind\":\"move\",\"tool\":\"kubeflow\",\"ring\":\"hold\",\"rationale\":\"stays open\"}");
        long accepted = Json.MAPPER.readTree(created.body()).get("id").asLong();
        proposal = Json.MAPPER.readTree(open.body()).get("id").asLong();
        var decided = users.get("cora").json("POST", "/api/v1/radars/mlops/proposals/" + accepted + "/decision",
                "{\"decision\":\"accept\"}", "If-Match", "\"v1\"");
        assertThat(decided.code()).as(decided.body()).isEqualTo(200);
        draftDate = Json.MAPPER.readTree(users.get("cora").get("/api/v1/radars/mlops/draft").body()).get("date").asText();
    }

    @AfterAll
    void stop() {
        team.close();
        issuer.close();
        db.close();
    }

    record Route(HandlerType method, String path) {
        String key() {
            return method + " " + path;
        }
    }

    Stream<Arguments> routes() {
        var routes = new ArrayList<Route>();
        for (var e : team.app.unsafe.internalRouter.allHttpHandlers()) {
            var m = e.endpoint.method;
            if (m == HandlerType.GET || m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.DELETE || m == HandlerType.PATCH) {
                routes.add(new Route(m, e.endpoint.path));
            }
        }
        // signing out ends the session, so it comes last
        routes.sort(Comparator.comparing((Route r) -> r.path().equals("/logout")).thenComparing(Route::key));
        return routes.stream().flatMap(r -> PEOPLE.stream().map(p -> Arguments.of(r, p)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routes")
    void everyRouteAnswersEveryRoleAsTheTableSays(Route route, String person) {
        String needs = NEEDS.getOrDefault(route.key(), "read");
        String path = concrete(route.path());
        WebUser user = users.get(person);
        var r = route.method() == HandlerType.GET ? user.get(path) : user.json(route.method().name(), path, "{}");
        int expected = expected(needs, person);
        if (expected == 302) assertThat(r.header("Location")).startsWith(issuer.issuer() + "/authorize?");
        if (expected == 200) {
            assertThat(r.code()).as(route.key() + " as " + person + ": " + r.body()).isNotIn(401, 403);
            if (route.method() == HandlerType.GET) assertThat(r.code()).as(route.key() + " as " + person).isEqualTo(200);
        } else {
            assertThat(r.code()).as(route.key() + " as " + person + ": " + r.body()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readRoutes")
    void withAnonymousReadingOffReadingNeedsSigningIn(Route route) {
        var ada = users.get("ada");
        assertThat(ada.json("PUT", "/api/v1/settings", "{\"anonymous_read\":false}").code()).isEqualTo(200);
        try {
            String path = concrete(route.path());
            assertThat(team.anonymous().get(path).code()).as(route.key()).isEqualTo(401);
            assertThat(users.get("vera").get(path).code()).as(route.key()).isEqualTo(200);
            assertThat(team.anonymous().get("/login").code()).isEqualTo(200);
        } finally {
            ada.json("PUT", "/api/v1/settings", "{\"anonymous_read\":true}");
        }
    }

    Stream<Route> readRoutes() {
        return routes().map(a -> (Route) a.get()[0]).distinct()
                .filter(r -> r.method() == HandlerType.GET && NEEDS.getOrDefault(r.key(), "read").equals("read"));
    }

    private static int expected(String needs, String person) {
        int rank = PEOPLE.indexOf(person);
        return switch (needs) {
            case "public", "read" -> 200;
            // the walk sends no name and password: refused like a wrong password, whoever asks
            case "sign-in" -> 401;
            case "to-provider" -> 302;
            case "signed-in" -> rank == 0 ? 401 : 200;
            case "contributor" -> rank == 0 ? 401 : rank >= 2 ? 200 : 403;
            case "curator" -> rank == 0 ? 401 : rank >= 3 ? 200 : 403;
            case "site-admin" -> rank == 0 ? 401 : rank == 4 ? 200 : 403;
            default -> throw new AssertionError(needs);
        };
    }

    private String concrete(String path) {
        if (path.contains("/tools/")) path = path.replace("{id}", "mlflow");
        if (path.endsWith("/diff")) path += "?from=" + TestSite.TODAY + "&to=" + draftDate;
        if (path.endsWith("/backtest")) path += "?as_of=2021-05-15";
        return path.replace("{name}", "mlops").replace("{id}", Long.toString(proposal)).replace("{date}", draftDate)
                .replace("{key}", "mlflow").replace("{user}", "vera").replace("{quadrant}", "data-and-features")
                .replace("{ring}", "adopt").replace("{category}", "experiment-tracking").replace("{stage}", "train");
    }
}

package io.mlopsradar.reliability;

import io.mlopsradar.catalog.Relations;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.Seeder;
import io.mlopsradar.web.RawHttp;
import io.mlopsradar.web.ServedData;
import io.mlopsradar.web.WebApp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every route of the web app and API, each with hostile path values, hostile query strings and every method: no
 * answer is a 5xx, every answer carries the security headers, and errors under /api/ are problem+json.
 */
class HostileRequestsTest {
    static final List<String> PATH_VALUES = List.of("%00", "%ff", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%E2%80%AE", "1'%20OR%20'1'%3D'1", "2024-13-45", "9999-12-31", "-1", "%20", "%C0%AE", "CON", "a%2Fb", "x".repeat(3000),
            "%F0%9F%92%A9", "%u0000", "%", "mlflow%0d%0aSet-Cookie:%20x=1");
    static final List<String> QUERIES = List.of("?radar=%00", "?edition=not-a-date", "?edition=2024-02-30", "?quadrant=" + "q".repeat(2000),
            "?q=" + "s".repeat(300), "?ring=%ff", "?from=x&to=y", "?from=2030-01-01&to=1999-01-01", "?category=..%2F", "?radar=&edition=&quadrant=&ring=",
            "?q=%F0%9F%92%A9", "?stage=%3Csvg%20onload%3Dalert(1)%3E", "?delivery=%00", "?q=a&q=b&q=c", "?radar=mlops&radar=other", "?%ff=%ff");
    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW");

    @Test
    void everyRouteAnswersHostileRequestsWithoutAServerError() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        var db = Database.open(Database.temporaryUrl("hostile" + UUID.randomUUID().toString().replace("-", "")));
        new Seeder(db).seed(Framework.bundled(), Catalog.bundled(), today);
        Javalin app = WebApp.create(new ServedData(db, Framework.bundled(), Relations.bundled(), Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)))
                .start(0);
        var failures = new ArrayList<String>();
        int requests = 0;
        int routes = 0;
        try {
            var paths = new TreeSet<String>();
            for (var endpoint : app.unsafe.internalRouter.allHttpHandlers()) {
                if (endpoint.endpoint.method.isHttpMethod() && !endpoint.endpoint.path.contains("*")) paths.add(endpoint.endpoint.path);
            }
            assertThat(paths).hasSizeGreaterThan(25);
            routes = paths.size();
            for (String path : paths) {
                var targets = new ArrayList<String>();
                if (path.contains("{")) for (String value : PATH_VALUES) targets.add(path.replaceAll("\\{[^}]+}", value));
                String normal = path.replace("{name}", "mlops").replace("{id}", "mlflow").replace("{key}", "mlflow").replace("{date}", today.toString());
                boolean picture = path.endsWith(".png");
                for (String query : picture ? QUERIES.subList(0, 4) : QUERIES) targets.add(normal + query);
                for (String target : targets) {
                    requests++;
                    check(app, "GET", target, null, failures);
                }
                for (String method : METHODS) {
                    requests++;
                    byte[] body = method.equals("GET") || method.equals("HEAD") ? null : "\u0000\u00ff garbage".getBytes(StandardCharsets.UTF_8);
                    check(app, method, normal, body, failures);
                }
            }
        } finally {
            app.stop();
            db.close();
        }
        System.out.printf("hostile requests: %d over %d routes, %d failures%n", requests, routes, failures.size());
        assertThat(requests).isGreaterThan(900);
        assertThat(failures).as("of %d requests", requests).isEmpty();
    }

    private static void check(Javalin app, String method, String target, byte[] body, List<String> failures) {
        RawHttp.Answer a = RawHttp.send(app.port(), method, target, body == null ? Map.of() : Map.of("Content-Type", "application/octet-stream"), body);
        String where = method + " " + (target.length() > 120 ? target.substring(0, 120) + "…" : target) + " -> " + a.code();
        if (a.code() >= 500) failures.add(where + " " + (a.body().length() > 200 ? a.body().substring(0, 200) : a.body()));
        if (a.header("Content-Security-Policy") == null) failures.add(where + " without security headers");
        if (a.code() >= 400 && target.startsWith("/api/") && a.code() != 414 && a.code() != 431 && a.code() != 400
                && !String.valueOf(a.header("Content-Type")).startsWith("application/problem+json") && !method.equals("HEAD")) {
            failures.add(where + " answered " + a.header("Content-Type") + " instead of problem+json");
        }
    }
}

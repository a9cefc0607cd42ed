package io.mlopsradar.web;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.testtools.JavalinTest;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.store.RadarRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HEAD answers like GET, without the body, on every GET route the app registers. */
@ExtendWith(TestSite.ClosesDatabases.class)
class HeadRequestsTest {

    @Test
    void everyGetRouteAnswersHeadWithTheSameStatusContentTypeAndEtag() {
        ServedData site = TestSite.create();
        History five = Histories.fiveEditions();
        new RadarRepository(site.database().jdbi()).save(new History(new Radar("team", "Team", five.radar().segments(),
                five.radar().rings()), five.editions()));
        Javalin app = WebApp.create(site);
        List<String> paths = app.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> e.method == HandlerType.GET).map(e -> concrete(e.path)).distinct().toList();
        assertThat(paths).hasSizeGreaterThan(25).contains("/api/v1/pictures/radar.svg");
        var http = HttpClient.newHttpClient();
        JavalinTest.test(app, (server, client) -> {
            for (String path : paths) {
                URI uri = URI.create("http://localhost:" + server.port() + path);
                var get = http.send(HttpRequest.newBuilder(uri).GET().build(), BodyHandlers.ofByteArray());
                var head = http.send(HttpRequest.newBuilder(uri).method("HEAD", BodyPublishers.noBody()).build(),
                        BodyHandlers.ofByteArray());
                assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
                assertThat(head.headers().firstValue("Content-Type")).as(path).isEqualTo(get.headers().firstValue("Content-Type"));
                assertThat(head.headers().firstValue("ETag")).as(path).isEqualTo(get.headers().firstValue("ETag"));
                assertThat(head.body()).as(path).isEmpty();
                assertThat(get.body()).as(path + " has a body on GET").isNotEmpty();
            }
        });
        site.database().close();
    }

    private static String concrete(String path) {
        return path.replace("{name}", "team").replace("{date}", "2024-04-01").replace("{key}", "mlflow")
                .replace("{id}", "mlflow").replace("{token}", "no-such-link").replace("{profile}", "acme") + (path.endsWith("/diff") ? "?from=2024-01-01&to=2024-04-01" : "");
    }
}

package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;

/** The server's warm-up leaves the radar picture as PNG in the cache, and the first request gets exactly that picture. */
class WarmUpTest {

    @Test
    void warmUpRendersTheRadarPngTheFirstRequestIsServed() {
        ServedData site = TestSite.create();
        assertThat(site.cachedPngBytes()).isZero();
        WebApp.warmUp(site);
        long warmed = site.cachedPngBytes();
        assertThat(warmed).isPositive();
        var http = HttpClient.newHttpClient();
        JavalinTest.test(WebApp.create(site), (server, client) -> {
            URI uri = URI.create("http://localhost:" + server.port() + "/api/v1/pictures/radar.png");
            var png = http.send(HttpRequest.newBuilder(uri).GET().build(), BodyHandlers.ofByteArray());
            assertThat(png.statusCode()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
            // served from the warmed cache: no second picture was rendered
            assertThat(site.cachedPngBytes()).isEqualTo(warmed);
            assertThat((long) png.body().length).isEqualTo(warmed);
        });
        site.database().close();
    }
}
